import { goParser, nodeText, stringValue, walk } from '../../engine/parsers/go';
import type { Rule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { AZIDENTITY_PATH, entraEdits, keySites } from './azure-clients';
import { envReads, flowsInto, resolveValue, within } from './go-syntax';
import { isAzureKeyName, isTestFixtureKey } from '../../engine/azure-signals';

const OUTSIDE = `assign the "Cognitive Services OpenAI User" role to the app's identity, add ${AZIDENTITY_PATH} to go.mod (go get), then remove the API key setting`;

/** Go clients of Azure OpenAI that authenticate with an API key. */
export const rule: Rule = {
  meta: {
    code: 'AOAI821',
    name: 'go-azure-openai-key-credential',
    description: 'A Go Azure OpenAI client (`azopenai`, openai-go with an Azure endpoint) authenticates with an API key.',
    severity: 'warning',
    category: 'code',
    kinds: ['go'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags the Azure SDK for Go `azopenai.NewClientWithKeyCredential(endpoint, credential, options)` (the credential argument), and openai-go clients configured for Azure with a key: `azure.WithAPIKey(key)`, or `option.WithAPIKey(key)` beside `azure.WithEndpoint(...)` or an Azure `option.WithBaseURL(...)`. `option.WithAPIKey` for api.openai.com is not flagged. Imports are followed by path, so aliases work.',
      whyBad:
        'An API key is a long-lived shared secret with full data-plane access to every deployment of the account; its use is tied to no identity. With Microsoft Entra ID (`azidentity.NewDefaultAzureCredential`, managed identity in Azure) the app holds no secret and the account can turn keys off (`disableLocalAuth`).',
      example: [
        'import (',
        '\t"os"',
        '',
        '\t"github.com/openai/openai-go"',
        '\t"github.com/openai/openai-go/azure"',
        ')',
        '',
        'func newClient() openai.Client {',
        '\treturn openai.NewClient(',
        '\t\tazure.WithEndpoint("https://contoso.openai.azure.com", "2024-10-21"),',
        '\t\tazure.WithAPIKey(os.Getenv("AZURE_OPENAI_API_KEY")),',
        '\t)',
        '}',
      ].join('\n'),
      useInstead: [
        'import (',
        '\t"github.com/Azure/azure-sdk-for-go/sdk/azidentity"',
        '\t"github.com/openai/openai-go"',
        '\t"github.com/openai/openai-go/azure"',
        ')',
        '',
        'func newClient() (openai.Client, error) {',
        '\tcred, err := azidentity.NewDefaultAzureCredential(nil)',
        '\tif err != nil {',
        '\t\treturn openai.Client{}, err',
        '\t}',
        '\treturn openai.NewClient(',
        '\t\tazure.WithEndpoint("https://contoso.openai.azure.com", "2024-10-21"),',
        '\t\tazure.WithTokenCredential(cred),',
        '\t), nil',
        '}',
      ].join('\n'),
      exampleLanguage: 'go',
      fixSafety:
        'Unsafe: it switches the client to Microsoft Entra ID, which works only once the app\'s identity holds the "Cognitive Services OpenAI User" role on an account with a custom subdomain. The fix creates `cred, err := azidentity.NewDefaultAzureCredential(nil)` before the statement, handles `err` as the code already handles the client\'s own error (the `if err != nil { ... }` that follows), else by returning it when the function returns an error, else with `panic(err)`; it then passes `cred` (`azopenai.NewClient`, `azure.WithTokenCredential`), removes the key variables and imports only the key used (Go rejects unused ones), and adds the `azidentity` import; the module must be added to go.mod. A client built at package level, or in unfinished code, gets no fix.',
      references: [
        'https://github.com/openai/openai-go/blob/main/azure/azure.go',
        'https://pkg.go.dev/github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai',
        'https://pkg.go.dev/github.com/Azure/azure-sdk-for-go/sdk/azidentity#NewDefaultAzureCredential',
        'https://learn.microsoft.com/azure/ai-services/openai/how-to/managed-identity',
      ],
    },
  },
  prefilter: /NewClientWithKeyCredential|WithAPIKey/,
  parsers: [goParser],
  check(context) {
    const tree = context.parse(goParser);
    const reads = envReads(context, tree).filter((r) => isAzureKeyName(r.name));
    for (const site of keySites(tree)) {
      // `azure.WithAPIKey("test-key")` in a unit test against a fake server is a fixture, not key auth.
      if (isTestFixtureKey(context.file.path, literalKey(tree, site.key))) continue;
      const what = site.family === 'azopenai' ? '`azopenai.NewClientWithKeyCredential` authenticates with a key credential' : `the openai-go client authenticates to Azure OpenAI with \`${nodeText(tree.file, site.call).split('(')[0]}\``;
      const fixes: Fix[] = [];
      const edit = entraEdits(tree, site);
      if (edit) {
        fixes.push({
          title: `Use azidentity.NewDefaultAzureCredential (${OUTSIDE}${edit.keptKey ? '; the key variable has other uses and is kept' : ''})`,
          applicability: 'unsafe',
          edits: edit.edits,
        });
      }
      const sources = flowsInto(tree, site.key);
      const related = reads
        .filter((r) => within(r.call, sources))
        .map((r) => ({ start: r.call.start, end: r.call.end, message: `the key read from ${r.name}` }));
      context.report({
        start: site.reportOn.start,
        end: site.reportOn.end,
        message: `${what[0].toUpperCase()}${what.slice(1)}: an API key is a long-lived shared secret; use Microsoft Entra ID (azidentity.NewDefaultAzureCredential) instead.`,
        fixes,
        ...(related.length ? { related } : {}),
        data: { family: site.family },
      });
    }
  },
};

/** The string literal a key expression comes down to (`"k"`, `azcore.NewKeyCredential("k")`, a local bound to one). */
function literalKey(tree: ReturnType<typeof goParser.parse>, key: Parameters<typeof resolveValue>[1]): string | undefined {
  const v = resolveValue(tree, key);
  const direct = stringValue(tree.file, v);
  if (direct !== undefined) return direct;
  if (v.type !== 'call_expression') return undefined;
  const args = [...walk(v)].filter((n) => n.parent?.type === 'argument_list' && n.parent.parent === v);
  return args.length === 1 ? stringValue(tree.file, resolveValue(tree, args[0])) : undefined;
}

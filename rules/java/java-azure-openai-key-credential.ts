import { isAzureKeyName, isTestFixtureKey } from '../../engine/azure-signals';
import { argumentsOf, javaParser, methodName, stringValue, type JavaTree } from '../../engine/parsers/java';
import type { SyntaxNode } from '../../engine/parsers/tree-sitter';
import type { Rule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { entraEdits, keySites, resolveName, type JavaFamily } from './azure-clients';
import { envReads, flowsInto } from './java-syntax';

const OUTSIDE = 'assign the "Cognitive Services OpenAI User" role to the app\'s identity, add com.azure:azure-identity to the build, then remove the API key setting';

const CLIENT: Record<JavaFamily, string> = {
  'azure-sdk': 'The Azure OpenAI client builder',
  'azure-inference': 'The Azure AI Inference client builder',
  'openai-java': 'The OpenAI Java client for Azure OpenAI',
  langchain4j: 'The LangChain4j Azure OpenAI model',
};

/** Java clients of Azure OpenAI that authenticate with an API key. */
export const rule: Rule = {
  meta: {
    code: 'AOAI811',
    name: 'java-azure-openai-key-credential',
    description: 'A Java Azure OpenAI client (Azure SDK, OpenAI Java, LangChain4j) authenticates with an API key.',
    severity: 'warning',
    category: 'code',
    kinds: ['java'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags, on fluent builder chains (also a builder held in a variable): the Azure SDK `new OpenAIClientBuilder().credential(new AzureKeyCredential(key))` (a `KeyCredential` too when the chain\'s `endpoint(...)` is an Azure OpenAI host), Azure AI Inference builders (`ChatCompletionsClientBuilder`, `EmbeddingsClientBuilder`) given an `AzureKeyCredential`, the OpenAI Java SDK `OpenAIOkHttpClient.builder().credential(AzureApiKeyCredential.create(key))` or `.apiKey(key)` beside an Azure `baseUrl(...)` or `azureServiceVersion(...)`, and LangChain4j `AzureOpenAi*Model.builder().apiKey(key)`. `KeyCredential` and `apiKey` for api.openai.com, and LangChain4j `nonAzureApiKey`, are not flagged.',
      whyBad:
        'An API key is a long-lived shared secret with full data-plane access to every deployment of the account; its use is tied to no identity. With Microsoft Entra ID (`DefaultAzureCredential`, managed identity in Azure) the app holds no secret and the account can turn keys off (`disableLocalAuth`).',
      example: [
        'import com.azure.ai.openai.OpenAIClient;',
        'import com.azure.ai.openai.OpenAIClientBuilder;',
        'import com.azure.core.credential.AzureKeyCredential;',
        '',
        'OpenAIClient client = new OpenAIClientBuilder()',
        '    .endpoint("https://contoso.openai.azure.com")',
        '    .credential(new AzureKeyCredential(System.getenv("AZURE_OPENAI_API_KEY")))',
        '    .buildClient();',
      ].join('\n'),
      useInstead: [
        'import com.azure.ai.openai.OpenAIClient;',
        'import com.azure.ai.openai.OpenAIClientBuilder;',
        'import com.azure.identity.DefaultAzureCredentialBuilder;',
        '',
        'OpenAIClient client = new OpenAIClientBuilder()',
        '    .endpoint("https://contoso.openai.azure.com")',
        '    .credential(new DefaultAzureCredentialBuilder().build())',
        '    .buildClient();',
      ].join('\n'),
      exampleLanguage: 'java',
      fixSafety:
        'Unsafe: it switches the client to Microsoft Entra ID, which works only once the app\'s identity holds the "Cognitive Services OpenAI User" role on an account with a custom subdomain, and `com.azure:azure-identity` is a dependency. The Azure SDK builder gets `.credential(new DefaultAzureCredentialBuilder().build())`; LangChain4j `.apiKey(key)` becomes `.tokenCredential(...)`; the OpenAI Java SDK gets `.credential(BearerTokenCredential.create(AuthenticationUtil.getBearerTokenSupplier(new DefaultAzureCredentialBuilder().build(), scope)))` with the configured token scope. Imports are added, and the key credential import is removed when nothing else uses it. Azure AI Inference builders get no fix: their token audience depends on the SDK version. Unfinished code gets no fix.',
      references: [
        'https://learn.microsoft.com/java/api/overview/azure/ai-openai-readme',
        'https://github.com/openai/openai-java#microsoft-azure',
        'https://docs.langchain4j.dev/integrations/language-models/azure-open-ai',
        'https://learn.microsoft.com/azure/ai-services/openai/how-to/managed-identity',
      ],
    },
  },
  prefilter: /AzureKeyCredential|KeyCredential|AzureApiKeyCredential|\.apiKey\s*\(/,
  parsers: [javaParser],
  check(context) {
    const tree = context.parse(javaParser);
    const reads = envReads(tree).filter((r) => isAzureKeyName(r.name));
    for (const site of keySites(tree)) {
      // `.apiKey("test-key")` in a unit test against a mock transport is a fixture, not key auth.
      if (isTestFixtureKey(context.file.path, literalKey(tree, site.key))) continue;
      const fixes: Fix[] = [];
      const edits = entraEdits(tree, site, context.settings.tokenScope);
      if (edits) fixes.push({ title: `Use DefaultAzureCredential (${OUTSIDE})`, applicability: 'unsafe', edits });
      const sources = flowsInto(tree, site.key);
      const related = reads
        .filter((r) => sources.some((s) => r.node.start >= s.start && r.node.end <= s.end))
        .map((r) => ({ start: r.node.start, end: r.node.end, message: `the key read from ${r.name}` }));
      const via =
        site.family === 'azure-sdk' || site.family === 'azure-inference' ? 'a key credential' : methodName(tree, site.call) === 'credential' ? 'an `AzureApiKeyCredential`' : '`.apiKey(...)`';
      context.report({
        start: site.key.start,
        end: site.key.end,
        message: `${CLIENT[site.family]} (\`${site.root}\`) authenticates with ${via}: an API key is a long-lived shared secret; use Microsoft Entra ID (DefaultAzureCredential) instead.`,
        fixes,
        ...(related.length ? { related } : {}),
        data: { family: site.family },
      });
    }
  },
};

/** The string literal a key expression comes down to (`"k"`, `new AzureKeyCredential("k")`, a local bound to one). */
function literalKey(tree: JavaTree, key: SyntaxNode): string | undefined {
  const v = resolveName(tree, key);
  const direct = stringValue(tree.file, v);
  if (direct !== undefined) return direct;
  if (v.type !== 'object_creation_expression' && v.type !== 'method_invocation') return undefined;
  const args = argumentsOf(v);
  return args.length === 1 ? stringValue(tree.file, resolveName(tree, args[0])) : undefined;
}

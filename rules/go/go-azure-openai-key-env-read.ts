import { AMBIGUOUS_KEY_NAMES, isAzureKeyName } from '../../engine/azure-signals';
import { goParser } from '../../engine/parsers/go';
import type { Rule } from '../../engine/rule';
import { keySites } from './azure-clients';
import { envReads, flowsInto, within } from './go-syntax';

/** Reads of Azure OpenAI / AI Services keys from the environment in Go. */
export const rule: Rule = {
  meta: {
    code: 'AOAI822',
    name: 'go-azure-openai-key-env-read',
    description: 'Go code reads an Azure OpenAI or Azure AI Services API key from the environment.',
    severity: 'warning',
    category: 'code',
    kinds: ['go'],
    fix: 'none',
    docs: {
      whatItDoes:
        'Flags `os.Getenv("X")` and `os.LookupEnv("X")` when `X` (a literal or a constant of the package) names an Azure OpenAI / AI Services key (`AZURE_OPENAI_API_KEY`, `AZURE_OPENAI_KEY`, `AOAI_KEY`, ...). `OPENAI_API_KEY` counts only in a file that builds an Azure OpenAI client with a key. Each read is a finding of its own; when it feeds a flagged client directly, the two point at each other.',
      whyBad:
        'Reading the key means the app authenticates with a shared secret that has to be stored, distributed and rotated. With Microsoft Entra ID the app needs no secret at all.',
      example: 'key := os.Getenv("AZURE_OPENAI_API_KEY")',
      useInstead: 'cred, err := azidentity.NewDefaultAzureCredential(nil)',
      exampleLanguage: 'go',
      references: ['https://pkg.go.dev/github.com/Azure/azure-sdk-for-go/sdk/azidentity#NewDefaultAzureCredential', 'https://learn.microsoft.com/azure/ai-services/disable-local-auth'],
    },
  },
  prefilter: /(?:AZURE|AOAI|OPENAI)\w*KEY|AZURE\w*CREDENTIAL|Getenv|LookupEnv/i,
  parsers: [goParser],
  check(context) {
    const tree = context.parse(goParser);
    let sites: ReturnType<typeof keySites> | undefined;
    for (const read of envReads(context, tree)) {
      const upper = read.name.toUpperCase();
      sites ??= keySites(tree);
      if (!isAzureKeyName(read.name) && !(AMBIGUOUS_KEY_NAMES.has(upper) && sites.length > 0)) continue;
      const client = sites.find((s) => within(read.call, flowsInto(tree, s.key)));
      const service = /OPENAI|AOAI/.test(upper) ? 'Azure OpenAI' : 'Azure AI Services';
      context.report({
        start: read.call.start,
        end: read.call.end,
        message: `Reads the ${service} key ${read.name} from the environment, so the app authenticates with a shared API key; use Microsoft Entra ID (azidentity.NewDefaultAzureCredential) and drop the key.`,
        ...(client ? { related: [{ start: client.reportOn.start, end: client.reportOn.end, message: 'the client that uses this key' }] } : {}),
      });
    }
  },
};

import { AMBIGUOUS_KEY_NAMES, isAzureKeyName } from '../../engine/azure-signals';
import { javaParser } from '../../engine/parsers/java';
import type { Rule } from '../../engine/rule';
import { keySites } from './azure-clients';
import { envReads, flowsInto } from './java-syntax';

/** Reads of Azure OpenAI / AI Services keys from the environment in Java. */
export const rule: Rule = {
  meta: {
    code: 'AOAI812',
    name: 'java-azure-openai-key-env-read',
    description: 'Java code reads an Azure OpenAI or Azure AI Services API key from the environment.',
    severity: 'warning',
    category: 'code',
    kinds: ['java'],
    fix: 'none',
    docs: {
      whatItDoes:
        'Flags `System.getenv("X")` (also through `import static java.lang.System.getenv`) when `X` (a literal or a string constant of the file) names an Azure OpenAI / AI Services key (`AZURE_OPENAI_API_KEY`, `AZURE_OPENAI_KEY`, `SPRING_AI_AZURE_OPENAI_API_KEY`, ...). `OPENAI_API_KEY` counts only in a file that builds an Azure OpenAI client with a key. Each read is a finding of its own; when it feeds a flagged client, the two point at each other.',
      whyBad:
        'Reading the key means the app authenticates with a shared secret that has to be stored, distributed and rotated. With Microsoft Entra ID the app needs no secret at all.',
      example: 'String key = System.getenv("AZURE_OPENAI_API_KEY");',
      useInstead: 'TokenCredential credential = new DefaultAzureCredentialBuilder().build();',
      exampleLanguage: 'java',
      references: ['https://learn.microsoft.com/java/api/overview/azure/identity-readme', 'https://learn.microsoft.com/azure/ai-services/disable-local-auth'],
    },
  },
  prefilter: /getenv/,
  parsers: [javaParser],
  check(context) {
    const tree = context.parse(javaParser);
    let sites: ReturnType<typeof keySites> | undefined;
    for (const read of envReads(tree)) {
      const upper = read.name.toUpperCase();
      sites ??= keySites(tree);
      if (!isAzureKeyName(read.name) && !(AMBIGUOUS_KEY_NAMES.has(upper) && sites.length > 0)) continue;
      const client = sites.find((s) => flowsInto(tree, s.key).some((n) => read.node.start >= n.start && read.node.end <= n.end));
      const service = /OPENAI|AOAI/.test(upper) ? 'Azure OpenAI' : 'Azure AI Services';
      context.report({
        start: read.node.start,
        end: read.node.end,
        message: `Reads the ${service} key ${read.name} from the environment, so the app authenticates with a shared API key; use Microsoft Entra ID (DefaultAzureCredential) and drop the key.`,
        ...(client ? { related: [{ start: client.key.start, end: client.key.end, message: 'the client that uses this key' }] } : {}),
      });
    }
  },
};

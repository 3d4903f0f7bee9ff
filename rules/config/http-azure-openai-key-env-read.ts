import { isAzureKeyName } from '../../engine/azure-signals';
import { httpParser } from '../../engine/parsers/http';
import type { Rule } from '../../engine/rule';
import type { RelatedReport } from '../../engine/types';
import { definitionReads, keyHeaders, type EnvRead } from './http-key-sources';

/** REST Client `{{$dotenv ...}}` / `{{$processEnv ...}}` reads of the key an `api-key` header sends. */
export const rule: Rule = {
  meta: {
    code: 'AOAI410',
    name: 'http-azure-openai-key-env-read',
    description: 'Flags REST Client `.http` files that read an Azure OpenAI key from the environment for an `api-key` header.',
    severity: 'warning',
    category: 'config',
    kinds: ['http'],
    fix: 'none',
    docs: {
      whatItDoes:
        'Flags `{{$dotenv NAME}}` and `{{$processEnv NAME}}` (with or without `%`) whose value is sent in an `api-key` header of a request to Azure OpenAI or to an API Management gateway in front of it, whether written in the header itself or in a file variable the header uses (`@key = {{$dotenv AZURE_OPENAI_API_KEY}}`, then `api-key: {{key}}`; variables are followed two levels, the last definition wins). The read points at the header (AOAI403) and the header back at the read. A read of a variable named for an Azure OpenAI key (`AZURE_OPENAI_API_KEY`) is flagged even when no header of the file uses it. A key for an APIM gateway is info: it is the gateway\'s subscription key. Only the file is read; `.env` files are judged by AOAI401.',
      whyBad:
        'The read wires a shared key from the developer\'s environment into every request the file sends. With Microsoft Entra ID, REST Client fetches a token for the signed-in account (`{{$aadV2Token}}`) and no key needs to live in `.env` or the shell.',
      example: '@key = {{$dotenv AZURE_OPENAI_API_KEY}}\n\nPOST https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21\napi-key: {{key}}',
      useInstead:
        'POST https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21\nAuthorization: Bearer {{$aadV2Token scopes:https://cognitiveservices.azure.com/.default}}',
      exampleLanguage: 'http',
      references: ['https://github.com/Huachao/vscode-restclient#system-variables', 'https://learn.microsoft.com/azure/ai-services/openai/how-to/managed-identity'],
    },
  },
  prefilter: /\$(?:dotenv|processEnv)/,
  check(context) {
    const doc = context.parse(httpParser);
    const uses = new Map<number, { read: EnvRead; headers: RelatedReport[]; apimOnly: boolean }>();
    for (const h of keyHeaders(doc)) {
      for (const read of h.reads) {
        const entry = uses.get(read.start) ?? { read, headers: [], apimOnly: true };
        entry.headers.push({ start: h.header.nameStart, end: h.header.valueEnd, message: 'This request sends the key in an `api-key` header.' });
        entry.apimOnly &&= h.target === 'apim';
        uses.set(read.start, entry);
      }
    }
    for (const { reads } of definitionReads(doc)) {
      for (const read of reads) if (!uses.has(read.start) && isAzureKeyName(read.name)) uses.set(read.start, { read, headers: [], apimOnly: false });
    }
    for (const { read, headers, apimOnly } of [...uses.values()].sort((a, b) => a.read.start - b.read.start)) {
      const message = apimOnly
        ? `Reads ${read.name} from the environment (${read.source}) for an \`api-key\` header to an API Management gateway: the gateway's subscription key, key auth at the front door. Once the gateway validates Microsoft Entra tokens, send one instead.`
        : headers.length
          ? `Reads the Azure OpenAI key ${read.name} from the environment (${read.source}) for an \`api-key\` header: a shared key instead of your own Microsoft Entra identity. Send \`Authorization: Bearer {{$aadV2Token ...}}\` and remove the variable.`
          : `Reads the Azure OpenAI key ${read.name} from the environment (${read.source}): a shared key instead of your own Microsoft Entra identity (\`{{$aadV2Token ...}}\`).`;
      context.report({ start: read.start, end: read.end, message, severity: apimOnly ? 'info' : 'warning', ...(headers.length ? { related: headers } : {}) });
    }
  },
};

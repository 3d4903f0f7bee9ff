import { redactSecret } from '../../engine/redact';
import type { Rule } from '../../engine/rule';
import { typescriptParser } from '../../engine/parsers/typescript';
import { analyse, gatewayMessage, readsRelated } from './key-site-report';
import { reportedHeaderSites } from './api-key-headers';

/** fetch/axios/Headers requests that authenticate to Azure OpenAI with an `api-key` header. */
export const rule: Rule = {
  meta: {
    code: 'AOAI106',
    name: 'js-api-key-header-request',
    description: 'An HTTP request (`fetch`, `axios`, `Headers`) sends an `api-key` header to Azure OpenAI or an unknown host.',
    severity: 'warning',
    category: 'code',
    kinds: ['typescript', 'javascript'],
    fix: 'none',
    docs: {
      whatItDoes:
        'Flags an `api-key` header (any letter case) in the `headers` of a `fetch`, `axios`, `axios.create` or `new Request` call or the `defaultHeaders` of an SDK client (`new OpenAI({ baseURL, defaultHeaders })`), in `new Headers({...})`, in a `headers` constant, or set with `headers.set` / `append` / `setHeader`. A request to an Azure OpenAI / AI Services host (or a `/openai/deployments/` or `/openai/v1/` path, or an Azure OpenAI endpoint variable) is a warning; one whose URL the file does not reveal is a warning in a file that talks to Azure OpenAI and info otherwise. Requests to Azure AI Search (`*.search.windows.net`), which uses the same header name, and to other concrete hosts are not flagged; neither is an APIM `Ocp-Apim-Subscription-Key`, a request to a relative URL (the app\'s own server), or a header carrying a Microsoft Entra access token from `getToken()`. An `api-key` header whose value is named for APIM (`APIM_SUBSCRIPTION_KEY`) is info with gateway advice. A hard-coded key in the header is an error. There is no automatic fix: a bearer token needs an `await` and a provider created once, which only the author can place.',
      whyBad:
        'The `api-key` header is Azure OpenAI key authentication written by hand: a shared secret with full data-plane access, no per-caller identity and manual rotation. The REST API accepts `Authorization: Bearer <token>` with a Microsoft Entra token for the `https://cognitiveservices.azure.com/.default` scope.',
      example: [
        'const res = await fetch(`${endpoint}/openai/deployments/${deployment}/chat/completions?api-version=2024-10-21`, {',
        '  method: "POST",',
        '  headers: { "Content-Type": "application/json", "api-key": process.env.AZURE_OPENAI_API_KEY! },',
        '  body: JSON.stringify({ messages }),',
        '});',
      ].join('\n'),
      useInstead: [
        'import { DefaultAzureCredential, getBearerTokenProvider } from "@azure/identity";',
        '',
        'const getToken = getBearerTokenProvider(new DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default");',
        '',
        'const res = await fetch(`${endpoint}/openai/deployments/${deployment}/chat/completions?api-version=2024-10-21`, {',
        '  method: "POST",',
        '  headers: { "Content-Type": "application/json", Authorization: `Bearer ${await getToken()}` },',
        '  body: JSON.stringify({ messages }),',
        '});',
      ].join('\n'),
      exampleLanguage: 'ts',
      references: [
        'https://learn.microsoft.com/azure/developer/ai/how-to/switching-endpoints',
        'https://learn.microsoft.com/azure/ai-services/disable-local-auth',
      ],
    },
  },
  prefilter: /api-key/i,
  parsers: [typescriptParser],
  check(context) {
    const { parsed, facts } = analyse(context);
    for (const site of reportedHeaderSites(parsed, facts, context.file.text)) {
      const related = readsRelated(site.value ? facts.envReads(site.value) : []);
      if (site.gateway) {
        context.report({ start: site.start, end: site.end, message: gatewayMessage('The request', site.gateway, ' in an `api-key` header'), severity: 'info', related, data: { destination: site.destination, gateway: site.gateway.kind } });
        continue;
      }
      const where = site.destination === 'azure' ? 'to Azure OpenAI' : 'to a host the file does not name (Azure OpenAI or another service that takes `api-key`)';
      const what = site.literal ? `a hard-coded key (${redactSecret(site.literal)}) in an \`api-key\` header` : 'an `api-key` header';
      context.report({
        start: site.start,
        end: site.end,
        message: `The request sends ${what} ${where}: key authentication. Send \`Authorization: Bearer <token>\` from a Microsoft Entra token provider instead.`,
        severity: site.severity,
        related,
        data: { destination: site.destination },
      });
    }
  },
};

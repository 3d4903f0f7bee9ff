import { isApimKeyName, isPlaceholder } from '../../engine/azure-signals';
import { csharpParser, nodeText, walk } from '../../engine/parsers/csharp';
import { redactSecret } from '../../engine/redact';
import type { Rule } from '../../engine/rule';
import { literalsIn, stringValue, unwrap } from './cs-syntax';
import { flowsInto, settingReadsIn } from './key-reads';
import { apiKeyHeaderSites } from './api-key-header-sites';
import { readsInto } from './key-read-sinks';

export { apiKeyHeaderSites, type HeaderSite } from './api-key-header-sites';

/** The file talks to Azure OpenAI: a host, a REST path, the SDK or its settings. */
const AZURE_OPENAI_CONTEXT = /openai\.azure\.(?:com|us|cn)|cognitiveservices\.azure\.|services\.ai\.azure\.com|\/openai\/(?:deployments|v1)\b|Azure\.AI\.OpenAI|AzureOpenAI|AZURE_OPENAI/i;
/** Azure AI Search takes the same header name. */
const SEARCH_CONTEXT = /search\.windows\.net|Azure\.Search\.Documents|SEARCH_?(?:API_|ADMIN_|QUERY_)?KEY|Search:?(?:Api|Admin|Query)?Key/i;

export const rule: Rule = {
  meta: {
    code: 'AOAI305',
    name: 'cs-api-key-header-request',
    description: 'An HTTP request built in C# sends an `api-key` header to Azure OpenAI or an unknown host.',
    severity: 'warning',
    category: 'code',
    kinds: ['csharp'],
    fix: 'none',
    docs: {
      whatItDoes:
        'Flags an `api-key` request header (any letter case) set with `request.Headers.Add`, `client.DefaultRequestHeaders.Add` / `TryAddWithoutValidation`, `headers["api-key"] = key`, or built as a two-argument pair (`new("api-key", key)`, `new KeyValuePair<string, string>("api-key", key)`) for a header list. In a file that talks to Azure OpenAI (a host, an `/openai/deployments/` path, the SDK or an `AZURE_OPENAI_*` setting) it is a warning, elsewhere info; a hard-coded key is an error. Reading the header (`Request.Headers.TryGetValue("api-key", ...)`) is not flagged, nor is a value named for Azure AI Search (which uses the same header) or any header in a file about Search only. A value named for API Management (`APIM_SUBSCRIPTION_KEY`) is info with gateway advice, and so is a header in a file whose settings name a proxy endpoint (`AZURE_OPENAI_PROXY_URL`). The message names the environment variable or configuration key the value is read from, and AOAI303 does not report that read again. There is no automatic fix: a bearer token needs a credential and an `await` that only the author can place.',
      whyBad:
        'The `api-key` header is Azure OpenAI key authentication written by hand: a shared secret with full data-plane access, no per-caller identity and manual rotation. The REST API accepts `Authorization: Bearer <token>` with a Microsoft Entra token for the `https://cognitiveservices.azure.com/.default` scope, and key auth can then be disabled on the resource.',
      example: [
        'var request = new HttpRequestMessage(HttpMethod.Post, $"{endpoint}/openai/deployments/{deployment}/chat/completions?api-version=2024-10-21");',
        'request.Headers.Add("api-key", Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY"));',
      ].join('\n'),
      useInstead: [
        'var credential = new DefaultAzureCredential();',
        'var token = await credential.GetTokenAsync(new TokenRequestContext(new[] { "https://cognitiveservices.azure.com/.default" }));',
        'var request = new HttpRequestMessage(HttpMethod.Post, $"{endpoint}/openai/deployments/{deployment}/chat/completions?api-version=2024-10-21");',
        'request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);',
      ].join('\n'),
      exampleLanguage: 'csharp',
      references: [
        'https://learn.microsoft.com/azure/developer/ai/how-to/switching-endpoints',
        'https://learn.microsoft.com/azure/ai-services/openai/how-to/managed-identity',
        'https://learn.microsoft.com/azure/ai-services/disable-local-auth',
      ],
    },
  },
  prefilter: /"api-key"/i,
  parsers: [csharpParser],
  check(context) {
    const tree = context.parse(csharpParser);
    const { file } = tree;
    const azure = AZURE_OPENAI_CONTEXT.test(file.text);
    if (!azure && SEARCH_CONTEXT.test(file.text)) return;
    const sites = apiKeyHeaderSites(tree);
    // A setting that names a proxy endpoint (`AZURE_OPENAI_PROXY_URL`): the key is the proxy's.
    const proxy = sites.length ? literalsIn(file, tree.root).find((s) => /proxy/i.test(s) && /^[\w:.-]{1,100}$/.test(s)) : undefined;
    for (const site of sites) {
      const flow = flowsInto(tree, [site.value]);
      const reads = settingReadsIn(tree, flow);
      const names = [...reads.map((r) => r.name), ...flow.flatMap((n) => [...walk(n)].filter((x) => x.type === 'identifier').map((x) => nodeText(file, x)))];
      if (names.some((s) => /search/i.test(s))) continue;
      const from = reads.length ? ` (read from ${reads.map((r) => `${r.source === 'env' ? 'the environment variable' : 'configuration'} \`${r.name}\``).join(' or ')})` : '';
      const literal = stringValue(file, unwrap(site.value));
      const hardCoded = literal !== undefined && literal.length >= 16 && !isPlaceholder(literal);
      const apim = names.find((s) => isApimKeyName(s));
      let message: string;
      let severity: 'error' | 'warning' | 'info';
      if (apim && !hardCoded) {
        message = `The request sends an API Management subscription key (${apim}) in an \`api-key\` header: front-door key auth to the gateway, not the Azure OpenAI account key. Protect the gateway with a \`validate-azure-ad-token\` policy and call it with a Microsoft Entra token instead.`;
        severity = 'info';
      } else if (proxy && !hardCoded) {
        message = `The request sends an \`api-key\` header${from} to a proxy (${proxy}), so the key is the proxy's credential, not the Azure OpenAI account key. If the proxy accepts Microsoft Entra tokens, authenticate with one instead.`;
        severity = 'info';
      } else {
        const what = hardCoded ? `a hard-coded key (${redactSecret(literal!)}) in an \`api-key\` header` : `an \`api-key\` header${from}`;
        const where = azure ? 'in a file that calls Azure OpenAI' : 'to a host the file does not name (Azure OpenAI or another service that takes `api-key`)';
        message = `The request sends ${what} ${where}: key authentication. Send \`Authorization: Bearer <token>\` with a Microsoft Entra token (\`DefaultAzureCredential\`) instead.`;
        severity = hardCoded ? 'error' : azure ? 'warning' : 'info';
      }
      context.report({ start: site.name.start, end: site.value.end, message, severity, related: readsInto(tree, site.name.start, site.value.end), data: { azureContext: azure } });
    }
  },
};

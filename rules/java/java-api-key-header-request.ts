import { AZURE_OPENAI_CONTEXT, isApimKeyName, isPlaceholder } from '../../engine/azure-signals';
import { argumentsOf, javaParser, methodName, nodeText, stringValue } from '../../engine/parsers/java';
import { redactSecret } from '../../engine/redact';
import type { Rule } from '../../engine/rule';
import { constantString, resolveName } from './azure-clients';
import { gatewayKeyHeaderMessage } from '../gateway-key-header';

/** Methods that set a request header in java.net.http, HttpURLConnection, OkHttp, Apache HttpClient and Spring WebClient/RestClient. */
const HEADER_METHODS = new Set(['header', 'setHeader', 'addHeader', 'setRequestProperty', 'addRequestProperty']);

/** Sends an `api-key` header from Java. */
export const rule: Rule = {
  meta: {
    code: 'AOAI813',
    name: 'java-api-key-header-request',
    description: 'A Java HTTP request sends an `api-key` header to Azure OpenAI or an unknown host.',
    severity: 'warning',
    category: 'code',
    kinds: ['java'],
    fix: 'none',
    docs: {
      whatItDoes:
        'Flags `header("api-key", …)`, `setHeader` / `addHeader` (OkHttp, Apache HttpClient, java.net.http, Spring `WebClient`/`RestClient`) and `setRequestProperty` / `addRequestProperty` (`HttpURLConnection`) with the header name `api-key` (any letter case, a literal or a string constant of the file). Other services take the same header name (Azure AI Search, Pinecone, Qdrant), so only a file that shows Azure OpenAI (an Azure OpenAI host, an `/openai/deployments/` path or an Azure OpenAI name) is reported. An `Ocp-Apim-Subscription-Key` header, or an `api-key` whose value is named for API Management, is the gateway\'s subscription key: info, with gateway advice. A hard-coded key is an error. There is no automatic fix: the token must come from a credential created once.',
      whyBad:
        'The `api-key` header is Azure OpenAI key authentication written by hand: a shared secret with full data-plane access, no per-caller identity and manual rotation. The REST API accepts `Authorization: Bearer <token>` with a Microsoft Entra token for the `https://cognitiveservices.azure.com/.default` scope.',
      example: 'HttpRequest request = HttpRequest.newBuilder(uri).header("api-key", System.getenv("AZURE_OPENAI_API_KEY")).POST(body).build();',
      useInstead: [
        'TokenCredential credential = new DefaultAzureCredentialBuilder().build();',
        'AccessToken token = credential.getTokenSync(new TokenRequestContext().addScopes("https://cognitiveservices.azure.com/.default"));',
        'HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token.getToken()).POST(body).build();',
      ].join('\n'),
      exampleLanguage: 'java',
      references: ['https://learn.microsoft.com/azure/ai-services/openai/reference#authentication', 'https://learn.microsoft.com/azure/ai-services/disable-local-auth'],
    },
  },
  prefilter: /api-key|Ocp-Apim-Subscription-Key|(?:header|Header|RequestProperty)\s*\(\s*[A-Za-z_]/i,
  parsers: [javaParser],
  check(context) {
    const tree = context.parse(javaParser);
    const text = tree.file.text;
    // Azure AI Search, Pinecone and Qdrant take an `api-key` header too: only a file that shows
    // Azure OpenAI is reported (an APIM subscription key header always is).
    const azureOpenAI = AZURE_OPENAI_CONTEXT.test(text);
    for (const inv of tree.invocations) {
      if (!HEADER_METHODS.has(methodName(tree, inv))) continue;
      const [nameArg, valueArg] = argumentsOf(inv);
      const name = constantString(tree, nameArg)?.toLowerCase();
      const subscriptionKey = name === 'ocp-apim-subscription-key';
      if (name !== 'api-key' && !subscriptionKey) continue;
      if (!azureOpenAI && !subscriptionKey) continue;
      const value = valueArg ? resolveName(tree, valueArg) : undefined;
      const valueText = value ? nodeText(tree.file, value) : '';
      if (value && stringValue(tree.file, value) === '') continue;
      if (subscriptionKey || isApimKeyName(valueText)) {
        context.report({
          start: inv.start,
          end: inv.end,
          message: gatewayKeyHeaderMessage('request', subscriptionKey, valueText),
          severity: 'info',
          data: { gateway: 'apim' },
        });
        continue;
      }
      const literal = value ? stringValue(tree.file, value) : undefined;
      const hardCoded = literal !== undefined && literal.length >= 16 && !isPlaceholder(literal);
      context.report({
        start: inv.start,
        end: inv.end,
        message: `The request sends ${hardCoded ? `a hard-coded key (${redactSecret(literal!)}) in an \`api-key\` header` : 'an `api-key` header'}: key authentication to Azure OpenAI. Send \`Authorization: Bearer <token>\` with a Microsoft Entra token (azure-identity) instead.`,
        severity: hardCoded ? 'error' : 'warning',
      });
    }
  },
};

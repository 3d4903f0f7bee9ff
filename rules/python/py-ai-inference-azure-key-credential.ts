import type { SyntaxNode } from '@lezer/common';
import { GITHUB_MODELS_HOST } from '../../engine/azure-signals';
import { DEFAULT_TOKEN_SCOPE } from '../../engine/config';
import { callsNamed, constantString, keywordArg, preferredQuote, pythonParser, readCall, resolveName, type PyArg, type PyCall, type PyModule } from '../../engine/parsers/python';
import type { Rule } from '../../engine/rule';
import type { Fix, TextEdit } from '../../engine/types';
import { apimMessage, isApimEndpoint, isApimKey } from './apim';
import { envRead } from './env-reads';
import { appendKeywordsEdit, identityImports, mergeEdits } from './entra-fix';
import { keyLeftovers, leftoverNote } from './key-leftovers';
import { calleeName } from './known-names';
import { keyReadRelated } from './related';

const CLIENTS = new Set(['ChatCompletionsClient', 'EmbeddingsClient', 'ImageEmbeddingsClient', 'AzureAIChatCompletionClient']);
/** AutoGen's client over azure-ai-inference: the same credential, passed through. */
const AUTOGEN_INFERENCE = 'autogen_ext.models.azure.AzureAIChatCompletionClient';

/** The AzureKeyCredential(...) call a credential expression is (directly or through a same-scope name). */
function keyCredentialCall(mod: PyModule, value: SyntaxNode): { call: PyCall; inline: boolean } | undefined {
  const node = value.name === 'VariableName' ? resolveName(mod, value) : value;
  if (!node || node.name !== 'CallExpression') return undefined;
  const call = readCall(mod, node);
  if (!call || calleeName(mod, call.callee) !== 'azure.core.credentials.AzureKeyCredential') return undefined;
  return { call, inline: node.from === value.from && node.to === value.to };
}

/** Foundry serverless / managed online endpoints: some accept keys only (code-patterns.md §8). */
const SERVERLESS_HOST = /\.models\.ai\.azure\.com|\.inference\.ml\.azure\.com/i;

/** The client's endpoint as a constant, when the file says it. */
function endpointOf(mod: PyModule, client: PyCall): string | undefined {
  const endpoint = keywordArg(client, 'endpoint') ?? client.args.find((a) => a.kind === 'positional');
  return endpoint ? constantString(mod, endpoint.value) : undefined;
}

/** True when the client points at GitHub Models (a GitHub token, no Entra path): out of scope. */
function isGitHubModels(mod: PyModule, client: PyCall, keyCall: PyCall): boolean {
  const url = endpointOf(mod, client);
  if (url !== undefined) return GITHUB_MODELS_HOST.test(url);
  const token = keyCall.args[0];
  const read = token ? envRead(mod, token.value.name === 'VariableName' ? (resolveName(mod, token.value) ?? token.value) : token.value) : undefined;
  if (read && /GITHUB/i.test(read.name)) return true;
  // A whole-text scan: once per module, not once per client.
  return mod.memo('github-models-text', () => GITHUB_MODELS_HOST.test(mod.text) && !/openai\.azure\.com|services\.ai\.azure\.com|cognitiveservices\.azure\.com/i.test(mod.text));
}

/** A client whose credential is an AzureKeyCredential: the argument, and the credential call itself. */
export interface InferenceKeySite {
  client: PyCall;
  cls: string;
  isAsync: boolean;
  credArg: PyArg;
  keyCall: PyCall;
  inline: boolean;
  /** A Foundry serverless endpoint, which may not accept Entra tokens: info, no fix. */
  serverless: boolean;
  /** The key is an API Management subscription key or the endpoint an APIM gateway: info, no fix (apim.ts). */
  apim: boolean;
}

/** Every azure-ai-inference client built with an AzureKeyCredential (GitHub Models excluded). */
export function inferenceKeySites(mod: PyModule): InferenceKeySite[] {
  return mod.memo('inference-key-sites', () => findInferenceKeySites(mod));
}

function findInferenceKeySites(mod: PyModule): InferenceKeySite[] {
  const out: InferenceKeySite[] = [];
  for (const call of callsNamed(mod, CLIENTS)) {
    const qualified = calleeName(mod, call.callee);
    if (!qualified?.startsWith('azure.ai.inference.') && qualified !== AUTOGEN_INFERENCE) continue;
    const cls = qualified.slice(qualified.lastIndexOf('.') + 1);
    if (!CLIENTS.has(cls)) continue;
    const credArg = keywordArg(call, 'credential') ?? call.args.filter((a) => a.kind === 'positional')[1];
    if (!credArg) continue;
    const key = keyCredentialCall(mod, credArg.value);
    if (!key || isGitHubModels(mod, call, key.call)) continue;
    const endpoint = keywordArg(call, 'endpoint') ?? call.args.find((a) => a.kind === 'positional');
    const token = key.call.args[0];
    const apim = (!!token && isApimKey(mod, token.value)) || (!!endpoint && isApimEndpoint(mod, endpoint.value));
    out.push({ client: call, cls, isAsync: qualified.startsWith('azure.ai.inference.aio.'), credArg, keyCall: key.call, inline: key.inline && qualified !== AUTOGEN_INFERENCE, serverless: SERVERLESS_HOST.test(endpointOf(mod, call) ?? ''), apim });
  }
  return out;
}

/** azure-ai-inference clients authenticated with `AzureKeyCredential`. */
export const rule: Rule = {
  meta: {
    code: 'AOAI206',
    name: 'py-ai-inference-azure-key-credential',
    description: 'An azure-ai-inference client (`ChatCompletionsClient`, `EmbeddingsClient`) authenticates with an `AzureKeyCredential`.',
    severity: 'warning',
    category: 'code',
    kinds: ['python'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags `ChatCompletionsClient`, `EmbeddingsClient` and `ImageEmbeddingsClient` from `azure.ai.inference` (sync and `aio`) whose credential is an `AzureKeyCredential`, passed inline or through a variable, and AutoGen\'s `AzureAIChatCompletionClient` (`autogen_ext.models.azure`), which hands its credential to the same client (reported without a fix: it takes an async credential). GitHub Models endpoints (which take a GitHub token and have no Entra path) and Azure AI Search clients are not flagged; Foundry serverless endpoints (`*.models.ai.azure.com`, `*.inference.ml.azure.com`), some of which accept keys only, are reported as info without a fix. Every other finding is a warning. A key sent to an API Management gateway (an `*.azure-api.net` endpoint, an endpoint built from a name that says apim/gateway, or a key whose name says it is an APIM subscription key) is the gateway\'s own subscription key: it is reported as info, with the advice to protect the gateway with `validate-azure-ad-token`, and gets no fix.',
      whyBad:
        'An API key is a shared secret that grants full access to the resource and cannot be tied to a caller. `DefaultAzureCredential` gives short-lived tokens for an identity governed by Azure RBAC.',
      example: `from azure.ai.inference import ChatCompletionsClient
from azure.core.credentials import AzureKeyCredential

client = ChatCompletionsClient(
    endpoint=endpoint,
    credential=AzureKeyCredential(os.environ["AZURE_INFERENCE_CREDENTIAL"]),
)`,
      useInstead: `from azure.ai.inference import ChatCompletionsClient
from azure.identity import DefaultAzureCredential

client = ChatCompletionsClient(
    endpoint=endpoint,
    credential=DefaultAzureCredential(),
    credential_scopes=["${DEFAULT_TOKEN_SCOPE}"],
)`,
      exampleLanguage: 'python',
      fixSafety:
        'Unsafe: it replaces an inline `AzureKeyCredential(...)` with `DefaultAzureCredential()` (from `azure.identity.aio` for `azure.ai.inference.aio` clients) and adds `credential_scopes=[scope]`, because the SDK\'s default scope is not the Azure OpenAI one. Assign the "Cognitive Services OpenAI User" role (or "Cognitive Services User" for Foundry Models) and remove the key from the environment. A credential built elsewhere gets no fix.',
      references: [
        'https://github.com/MicrosoftDocs/azure-ai-docs/blob/main/articles/ai-foundry/model-inference/includes/code-create-chat-client-entra.md',
        'https://learn.microsoft.com/azure/developer/ai/how-to/switching-endpoints',
      ],
    },
  },
  prefilter: /AzureKeyCredential/,
  check(context) {
    const mod = context.parse(pythonParser);
    for (const { client: call, cls, isAsync, credArg, keyCall, inline, serverless, apim } of inferenceKeySites(mod)) {
      if (apim) {
        context.report({ start: credArg.from, end: credArg.to, message: apimMessage(`${cls} (AzureKeyCredential)`), severity: 'info', related: keyReadRelated(context, mod, keyCall.args[0]?.value) });
        continue;
      }
      if (serverless) {
        context.report({
          start: credArg.from,
          end: credArg.to,
          message: `${cls} authenticates with an AzureKeyCredential against a serverless model endpoint; some of these accept keys only, so check whether the deployment supports Microsoft Entra ID before switching.`,
          severity: 'info',
          related: keyReadRelated(context, mod, keyCall.args[0]?.value),
        });
        continue;
      }
      let fix: Fix | undefined;
      // A credential built elsewhere (`cred = AzureKeyCredential(key)`) is replaced at the argument;
      // the leftovers (the `cred` and `key` variables, the AzureKeyCredential import) go with it.
      const target = inline ? keyCall.node : credArg.value;
      const q = preferredQuote(mod);
      const leftovers = keyLeftovers(context.file, mod, [[target.from, target.to]]);
      const imports = identityImports(context.file, mod, isAsync ? 'azure.identity.aio' : 'azure.identity', ['DefaultAzureCredential'], call.node.from, leftovers.spans);
      // AutoGen's client takes an async credential through its own options: no automatic fix.
      const autogen = cls === 'AzureAIChatCompletionClient';
      if (!autogen && imports.ok && (inline || leftovers.removed.length > 0 || credArg.value.name !== 'VariableName')) {
        const edits: TextEdit[] = [{ start: target.from, end: target.to, newText: `${imports.local.get('DefaultAzureCredential')}()` }];
        if (!keywordArg(call, 'credential_scopes')) edits.push(...appendKeywordsEdit(context.file, call, [`credential_scopes=[${q}${context.settings.tokenScope}${q}]`]));
        if (imports.edit) edits.push(imports.edit);
        const note = leftoverNote(leftovers);
        fix = {
          title: `Use DefaultAzureCredential with the Azure OpenAI scope${note ? `; ${note}` : ''}; then assign the "Cognitive Services OpenAI User" role to the app's identity and remove the key from the environment/.env.`,
          applicability: 'unsafe',
          edits: mergeEdits(edits, leftovers.edits),
        };
      }
      context.report({
        start: credArg.from,
        end: credArg.to,
        message: `${cls} authenticates with an AzureKeyCredential (a shared API key); use DefaultAzureCredential with credential_scopes for Microsoft Entra ID.`,
        fixes: fix ? [fix] : [],
        related: keyReadRelated(context, mod, keyCall.args[0]?.value),
      });
    }
  },
};

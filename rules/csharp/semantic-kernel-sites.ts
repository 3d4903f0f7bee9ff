/**
 * Semantic Kernel .NET connector registrations given an API key (code-patterns.md §4.4). Shared
 * by the Semantic Kernel rule, which reports them, and the key-read rule, which stays quiet about
 * key reads inside them.
 */
import { childByField, nodeText, walk, type CsNode, type CsTree } from '../../engine/parsers/csharp';
import type { Severity } from '../../engine/types';
import { argumentsOf, findDeclaration, invokedName, isStringLiteral, simpleName, unwrap, type Arg } from './cs-syntax';

/**
 * Semantic Kernel .NET registrations that take `(deploymentName, endpoint, apiKey, ...)` with a
 * `TokenCredential` overload at the same position, and that overload's parameter name as read in
 * microsoft/semantic-kernel `AzureOpenAIKernelBuilderExtensions.cs` (it is not the same everywhere).
 * `undefined`: the overload's parameter name was not verified, so a named `apiKey:` gets no
 * automatic fix.
 */
export const SK_METHODS = new Map<string, string | undefined>([
  ['AddAzureOpenAIChatCompletion', 'credentials'],
  ['AddAzureOpenAIChatClient', 'credentials'],
  ['AddAzureOpenAITextToImage', 'credentials'],
  ['AddAzureOpenAIAudioToText', 'credentials'],
  ['AddAzureOpenAITextEmbeddingGeneration', 'credential'],
  ['AddAzureOpenAIEmbeddingGenerator', 'credential'],
  ['AddAzureOpenAITextToAudio', 'credential'],
  ['AddAzureOpenAIImageGenerator', undefined],
  // Pre-1.0 Semantic Kernel.
  ['WithAzureChatCompletionService', undefined],
  ['WithAzureTextCompletionService', undefined],
  ['WithAzureTextEmbeddingGenerationService', undefined],
]);

/**
 * Semantic Kernel connector classes constructed directly with `(deploymentName, endpoint, apiKey, ...)`:
 * the 1.x `AzureOpenAI…Service` classes (a `TokenCredential` overload at the same position) and
 * the pre-1.0 `AzureChatCompletion` / `AzureTextCompletion` / `AzureTextEmbeddingGeneration`.
 */
export const SK_CONSTRUCTORS = new Set([
  'AzureOpenAIChatCompletionService',
  'AzureOpenAITextEmbeddingGenerationService',
  'AzureOpenAITextToImageService',
  'AzureOpenAIAudioToTextService',
  'AzureOpenAITextToAudioService',
  // Pre-1.0 Semantic Kernel.
  'AzureChatCompletion',
  'AzureTextCompletion',
  'AzureTextEmbeddingGeneration',
]);

/** Pre-1.0 Semantic Kernel APIs: the key is reported, but no rewrite is offered automatically. */
export const LEGACY = /^With|^Azure(?:ChatCompletion|TextCompletion|TextEmbeddingGeneration)$/;
/** Named arguments that carry a token credential or a ready client: Entra (or not ours to judge). */
const ENTRA_NAMES = new Set(['credentials', 'credential', 'azureOpenAIClient', 'openAIClient']);

export type Verdict = { key: false } | { key: true; severity: Severity; why: string };

export interface SemanticKernelKeySite {
  method: string;
  call: CsNode;
  arg: Arg;
  severity: Severity;
  why: string;
}

/** Every Semantic Kernel registration in the file whose key argument is (judged to be) a string. */
export function semanticKernelKeySites(tree: CsTree): SemanticKernelKeySite[] {
  const { file } = tree;
  const out: SemanticKernelKeySite[] = [];
  for (const call of walk(tree.root)) {
    let method: string | undefined;
    if (call.type === 'invocation_expression') {
      method = invokedName(file, call);
      if (!method || !SK_METHODS.has(method)) continue;
    } else if (call.type === 'object_creation_expression') {
      method = simpleName(file, childByField(call, 'type'));
      if (!method || !SK_CONSTRUCTORS.has(method)) continue;
    } else {
      continue;
    }
    const args = argumentsOf(file, call);
    if (args.some((a) => a.name && ENTRA_NAMES.has(a.name))) continue;
    const arg = keyArgument(args);
    if (!arg || (!arg.name && isClientArgument(tree, args[1].value))) continue;
    const verdict = classify(tree, arg.value);
    if (verdict.key) out.push({ method, call, arg, severity: verdict.severity, why: verdict.why });
  }
  return out;
}

/** The third positional argument (after two positional ones), or the one named `apiKey`. */
function keyArgument(args: Arg[]): Arg | undefined {
  const named = args.find((a) => a.name === 'apiKey');
  if (named) return named;
  if (args.length < 3 || args[0].name || args[1].name || args[2].name) return undefined;
  return args[2];
}

/**
 * The `(deploymentName, AzureOpenAIClient, serviceId, ...)` overload: its third argument is a
 * service id, not a key. True when the second argument is a client (a `new`, or a name declared
 * or named as a client), not an endpoint.
 */
function isClientArgument(tree: CsTree, expr: CsNode): boolean {
  const { file } = tree;
  const e = unwrap(expr);
  const isClientType = (t: CsNode | undefined) => /Client$/.test(simpleName(file, t) ?? '');
  if (e.type === 'object_creation_expression') return isClientType(childByField(e, 'type'));
  // `client ?? sp.GetRequiredService<AzureOpenAIClient>()`: either side.
  if (e.type === 'binary_expression') return e.children.some((c) => c.field !== 'operator' && isClientArgument(tree, c));
  // `sp.GetRequiredService<AzureOpenAIClient>()`, `GetKeyedService<OpenAIClient>(key)`.
  if (e.type === 'invocation_expression') return /^Get(?:Required)?(?:Keyed)?Service\s*<\s*[\w.]*Client\s*>/.test(nodeText(file, childByField(e, 'function') ?? e).split('.').pop() ?? '');
  const id = e.type === 'identifier' ? e : e.type === 'member_access_expression' ? childByField(e, 'name') : undefined;
  if (id?.type !== 'identifier') return false;
  const decl = findDeclaration(tree, id);
  if (decl?.type) return isClientType(decl.type);
  const init = decl?.init ? unwrap(decl.init) : undefined;
  if (init?.type === 'object_creation_expression') return isClientType(childByField(init, 'type'));
  return /client/i.test(nodeText(file, id));
}

const STRING_CALLS = /^(?:GetEnvironmentVariable|GetValue|GetConnectionString|GetString|ToString|Format|Concat|Trim|GetSecret|ReadAllText)$/;

/** Is this expression a string (key), judged from its syntax and the declarations in the file? */
function classify(tree: CsTree, expr: CsNode, depth = 0): Verdict {
  const { file } = tree;
  const e = unwrap(expr);
  const text = nodeText(file, e);
  if (isStringLiteral(e)) return { key: true, severity: 'warning', why: 'a string API key' };
  switch (e.type) {
    case 'object_creation_expression': {
      const t = simpleName(file, childByField(e, 'type')) ?? '';
      return t === 'string' || t === 'String' ? { key: true, severity: 'warning', why: 'a string API key' } : { key: false };
    }
    case 'implicit_object_creation_expression':
    case 'null_literal':
    case 'lambda_expression':
      return { key: false };
    case 'element_access_expression':
      // `config["AzureOpenAI:ApiKey"]`, `settings["key"]`: configuration indexers return strings.
      return { key: true, severity: 'warning', why: `the string \`${clip(text)}\`` };
    case 'invocation_expression': {
      const name = invokedName(file, e) ?? '';
      if (STRING_CALLS.test(name)) return { key: true, severity: 'warning', why: `the string \`${clip(text)}\`` };
      return byName(name, text);
    }
    case 'binary_expression':
    case 'conditional_expression': {
      if (depth > 4) return { key: false };
      for (const c of e.children) {
        if (e.type === 'conditional_expression' && c.field === 'condition') continue;
        const v = classify(tree, c, depth + 1);
        if (v.key) return v.severity === 'warning' ? { ...v, why: `the string \`${clip(text)}\`` } : v;
      }
      return { key: false };
    }
    case 'identifier':
    case 'member_access_expression': {
      const id = e.type === 'identifier' ? e : childByField(e, 'name');
      if (id?.type === 'identifier') {
        const decl = findDeclaration(tree, id);
        if (decl) {
          const declared = simpleName(file, decl.type);
          if (declared === 'string' || declared === 'String') return { key: true, severity: 'warning', why: `\`${clip(text)}\`, a string` };
          if (declared) return { key: false };
          if (decl.init && depth < 4) {
            const v = classify(tree, decl.init, depth + 1);
            return v.key ? { ...v, why: `\`${clip(text)}\`, a string` } : v;
          }
        }
      }
      return byName(id ? nodeText(file, id) : text, text);
    }
    default:
      return { key: false };
  }
}

/** The documented fallback when the type is not visible: `*Credential*` is Entra, key/secret names are keys, the rest is weak. */
function byName(name: string, text: string): Verdict {
  if (/credential/i.test(name)) return { key: false };
  if (/key|secret|password/i.test(name)) return { key: true, severity: 'warning', why: `\`${clip(text)}\`` };
  return { key: true, severity: 'info', why: `\`${clip(text)}\`, which looks like a string (its declaration is not in this file)` };
}

function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 60 ? one.slice(0, 57) + '...' : one;
}


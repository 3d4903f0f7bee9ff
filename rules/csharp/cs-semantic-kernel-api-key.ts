import { childByField, csharpParser, nodeText, walk, type CsNode, type CsTree } from '../../engine/parsers/csharp';
import type { Rule } from '../../engine/rule';
import type { Fix, Severity } from '../../engine/types';
import { addUsings, argumentsOf, findDeclaration, invokedName, isStringLiteral, simpleName, unwrap, type Arg } from './cs-syntax';

/**
 * Semantic Kernel .NET registrations that take `(deploymentName, endpoint, apiKey, ...)` with a
 * `TokenCredential` overload at the same position, and that overload's parameter name as read in
 * microsoft/semantic-kernel `AzureOpenAIKernelBuilderExtensions.cs` (it is not the same everywhere).
 * `undefined`: the overload's parameter name was not verified, so a named `apiKey:` gets no
 * automatic fix.
 */
const SK_METHODS = new Map<string, string | undefined>([
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

const LEGACY = /^With/;
/** Named arguments that carry a token credential or a ready client: Entra (or not ours to judge). */
const ENTRA_NAMES = new Set(['credentials', 'credential', 'azureOpenAIClient', 'openAIClient']);

const ROLE_TITLE = 'assign the "Cognitive Services OpenAI User" role to the app\'s identity, then remove the API key setting';

type Verdict = { key: false } | { key: true; severity: Severity; why: string };

export const rule: Rule = {
  meta: {
    code: 'AOAI302',
    name: 'cs-semantic-kernel-api-key',
    description: 'Semantic Kernel Azure OpenAI connector registered with an API key instead of a `TokenCredential`.',
    severity: 'warning',
    category: 'code',
    kinds: ['csharp'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags Semantic Kernel registrations such as `AddAzureOpenAIChatCompletion(deploymentName, endpoint, apiKey)` (also `AddAzureOpenAIChatClient`, `AddAzureOpenAITextEmbeddingGeneration`, `AddAzureOpenAIEmbeddingGenerator`, `AddAzureOpenAITextToImage`, `AddAzureOpenAIAudioToText`, `AddAzureOpenAITextToAudio` and the pre-1.0 `WithAzureChatCompletionService`) whose third argument, or `apiKey:` argument, is a string. The argument\'s type decides: a string literal or string expression, or a name declared in the same file as `string`, is a key; `new XxxCredential()` or a name declared as a credential type is Entra. When the declaration is not in the file, a name containing `Credential` is taken as Entra and anything else as a key (reported as info unless the name says key or secret).',
      whyBad:
        'The connector then authenticates every call with a long-lived shared API key instead of a Microsoft Entra ID token. Each of these methods has an overload that takes a `TokenCredential` at the same position.',
      example: [
        'var builder = Kernel.CreateBuilder();',
        'builder.AddAzureOpenAIChatCompletion(',
        '    "gpt-4o",',
        '    config["AzureOpenAI:Endpoint"]!,',
        '    config["AzureOpenAI:ApiKey"]!);',
      ].join('\n'),
      useInstead: [
        'using Azure.Identity;',
        '',
        'var builder = Kernel.CreateBuilder();',
        'builder.AddAzureOpenAIChatCompletion(',
        '    "gpt-4o",',
        '    config["AzureOpenAI:Endpoint"]!,',
        '    credentials: new DefaultAzureCredential());',
      ].join('\n'),
      exampleLanguage: 'csharp',
      fixSafety:
        'Unsafe: it switches the connector to Microsoft Entra ID, which needs the "Cognitive Services OpenAI User" role for the app\'s identity and the `Azure.Identity` package. The fix replaces the key argument with the named `credentials: new DefaultAzureCredential()` (or `credential:`, as the overload names it) and adds `using Azure.Identity;` once. For methods whose credential parameter name was not verified, a positional key is replaced positionally and a named `apiKey:` gets a display-only suggestion; the pre-1.0 `With...Service` methods get a display-only suggestion.',
      references: [
        'https://github.com/microsoft/semantic-kernel/blob/main/dotnet/src/Connectors/Connectors.AzureOpenAI/Extensions/AzureOpenAIKernelBuilderExtensions.cs',
        'https://learn.microsoft.com/semantic-kernel/concepts/ai-services/chat-completion/',
        'https://learn.microsoft.com/azure/ai-services/openai/how-to/managed-identity',
      ],
    },
  },
  prefilter: /\b(?:AddAzureOpenAI|WithAzure\w*Service)/,
  parsers: [csharpParser],
  check(context) {
    const tree = context.parse(csharpParser);
    const { file } = tree;
    for (const call of walk(tree.root)) {
      if (call.type !== 'invocation_expression') continue;
      const method = invokedName(file, call);
      if (!method || !SK_METHODS.has(method)) continue;
      const args = argumentsOf(file, call);
      if (args.some((a) => a.name && ENTRA_NAMES.has(a.name))) continue;
      const arg = keyArgument(args);
      if (!arg) continue;
      const verdict = classify(tree, arg.value);
      if (!verdict.key) continue;
      context.report({
        start: arg.node.start,
        end: arg.node.end,
        message: `\`${method}\` is given ${verdict.why}, so the connector authenticates with an API key; pass a \`TokenCredential\` such as \`new DefaultAzureCredential()\` instead.`,
        severity: verdict.severity === 'info' ? 'info' : undefined,
        fixes: [fixFor(tree, method, arg)],
      });
    }
  },
};

/** The third positional argument (after two positional ones), or the one named `apiKey`. */
function keyArgument(args: Arg[]): Arg | undefined {
  const named = args.find((a) => a.name === 'apiKey');
  if (named) return named;
  if (args.length < 3 || args[0].name || args[1].name || args[2].name) return undefined;
  return args[2];
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

function fixFor(tree: CsTree, method: string, arg: Arg): Fix {
  const param = SK_METHODS.get(method);
  const usings = addUsings(tree, ['Azure.Identity']);
  const title = `Pass new DefaultAzureCredential() instead of the API key (${ROLE_TITLE})`;
  if (param && !LEGACY.test(method)) {
    return { title, applicability: 'unsafe', edits: [{ start: arg.node.start, end: arg.node.end, newText: `${param}: new DefaultAzureCredential()` }, ...usings] };
  }
  if (!arg.name && !LEGACY.test(method)) {
    return { title, applicability: 'unsafe', edits: [{ start: arg.node.start, end: arg.node.end, newText: 'new DefaultAzureCredential()' }, ...usings] };
  }
  return { title, applicability: 'display-only', edits: [{ start: arg.node.start, end: arg.node.end, newText: `${param ?? 'credentials'}: new DefaultAzureCredential()` }, ...usings] };
}

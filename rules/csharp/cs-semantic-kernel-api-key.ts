import { csharpParser } from '../../engine/parsers/csharp';
import type { Rule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { usingAdder, type Arg } from './cs-syntax';
import { LEGACY, semanticKernelKeySites, SK_METHODS } from './semantic-kernel-sites';
import { readsInto } from './key-read-sinks';

const ROLE_TITLE = 'assign the "Cognitive Services OpenAI User" role to the app\'s identity, then remove the API key setting';

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
        'Flags Semantic Kernel registrations such as `AddAzureOpenAIChatCompletion(deploymentName, endpoint, apiKey)` (also `AddAzureOpenAIChatClient`, `AddAzureOpenAITextEmbeddingGeneration`, `AddAzureOpenAIEmbeddingGenerator`, `AddAzureOpenAITextToImage`, `AddAzureOpenAIAudioToText`, `AddAzureOpenAITextToAudio` and the pre-1.0 `WithAzureChatCompletionService`), and connector classes constructed directly (the 1.x `AzureOpenAIChatCompletionService`, `AzureOpenAITextEmbeddingGenerationService`, `AzureOpenAITextToImageService`, `AzureOpenAIAudioToTextService`, `AzureOpenAITextToAudioService` and the pre-1.0 `AzureChatCompletion`, `AzureTextCompletion`, `AzureTextEmbeddingGeneration`, for which no rewrite is applied automatically), whose third argument, or `apiKey:` argument, is a string. The argument\'s type decides: a string literal or string expression, or a name declared in the same file as `string`, is a key; `new XxxCredential()` or a name declared as a credential type is Entra. When the declaration is not in the file, a name containing `Credential` is taken as Entra and anything else as a key (reported as info unless the name says key or secret). The `(deploymentName, azureOpenAIClient, serviceId)` overload is recognised by its second argument (a client, not an endpoint) and left alone. The finding points at the key reads (AOAI303) its value comes from, and they point back.',
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
  prefilter: /\b(?:AddAzureOpenAI|WithAzure\w*Service|AzureOpenAI\w*Service|Azure(?:ChatCompletion|TextCompletion|TextEmbeddingGeneration)\b)/,
  parsers: [csharpParser],
  check(context) {
    const tree = context.parse(csharpParser);
    const addUsings = usingAdder(tree, context.workspace);
    for (const site of semanticKernelKeySites(tree)) {
      context.report({
        start: site.arg.node.start,
        end: site.arg.node.end,
        message: `\`${site.method}\` is given ${site.why}, so the connector authenticates with an API key; pass a \`TokenCredential\` such as \`new DefaultAzureCredential()\` instead.`,
        severity: site.severity === 'info' ? 'info' : undefined,
        fixes: [fixFor(addUsings, site.method, site.arg)],
        related: readsInto(tree, site.arg.node.start, site.arg.node.end),
      });
    }
  },
};

function fixFor(addUsings: ReturnType<typeof usingAdder>, method: string, arg: Arg): Fix {
  const param = SK_METHODS.get(method);
  const usings = addUsings(['Azure.Identity']);
  const title = `Pass new DefaultAzureCredential() instead of the API key (${ROLE_TITLE})`;
  if (param && !LEGACY.test(method)) {
    return { title, applicability: 'unsafe', edits: [{ start: arg.node.start, end: arg.node.end, newText: `${param}: new DefaultAzureCredential()` }, ...usings] };
  }
  if (!arg.name && !LEGACY.test(method)) {
    return { title, applicability: 'unsafe', edits: [{ start: arg.node.start, end: arg.node.end, newText: 'new DefaultAzureCredential()' }, ...usings] };
  }
  return { title, applicability: 'display-only', edits: [{ start: arg.node.start, end: arg.node.end, newText: `${param ?? 'credentials'}: new DefaultAzureCredential()` }, ...usings] };
}

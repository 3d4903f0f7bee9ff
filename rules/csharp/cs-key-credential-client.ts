import { csharpParser } from '../../engine/parsers/csharp';
import type { Rule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { usingAdder } from './cs-syntax';
import { keyCredentialSites, type KeyCredentialSite } from './key-credential-sites';
import { flowsInto, settingReadsIn, type KeyRead } from './key-reads';
import { readsInto } from './key-read-sinks';

const ROLE_TITLE = 'assign the "Cognitive Services OpenAI User" role to the app\'s identity, then remove the API key setting';

export const rule: Rule = {
  meta: {
    code: 'AOAI301',
    name: 'cs-key-credential-client',
    description: 'Azure OpenAI or Azure AI Inference client constructed with an `AzureKeyCredential` or `ApiKeyCredential`.',
    severity: 'warning',
    category: 'code',
    kinds: ['csharp'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags `AzureOpenAIClient`, Azure.AI.OpenAI 1.x `OpenAIClient(Uri, ...)`, Azure.AI.Inference `ChatCompletionsClient`/`EmbeddingsClient`, OpenAI .NET clients pointed at an Azure `/openai/v1/` endpoint, and Microsoft.Extensions.Azure registrations (`clientBuilder.AddOpenAIClient(uri, key)`), when they are given an `AzureKeyCredential` or `ApiKeyCredential` — inline, target-typed (`new(key)`, also `_client = new(...)` into a field declared in the file), or through a variable or field declared in the same file. The message names the environment variable or configuration key the key is read from when same-method locals show it, and the finding points at those reads (AOAI303 reports each one on its own line and points back). A key that is an API Management subscription key (an `*.azure-api.net` endpoint, a key or endpoint setting named for APIM) or that goes to a proxy-named endpoint is the gateway\'s credential, not the account\'s: info with gateway advice (`validate-azure-ad-token`) and no fix.',
      whyBad:
        'An API key is a long-lived shared secret: anyone who holds it has full data-plane access, it cannot be scoped to one app, and its use is not tied to an identity in the logs. Microsoft Entra ID (`DefaultAzureCredential`, managed identity) gives short-lived tokens, per-identity RBAC, and lets you disable key auth on the resource (`disableLocalAuth`). Clients of Azure AI Search and GitHub Models (which has no Entra path) are not flagged.',
      example: [
        'using Azure;',
        'using Azure.AI.OpenAI;',
        '',
        'var client = new AzureOpenAIClient(',
        '    new Uri("https://contoso.openai.azure.com/"),',
        '    new AzureKeyCredential(Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!));',
      ].join('\n'),
      useInstead: [
        'using Azure.AI.OpenAI;',
        'using Azure.Identity;',
        '',
        'var client = new AzureOpenAIClient(',
        '    new Uri("https://contoso.openai.azure.com/"),',
        '    new DefaultAzureCredential());',
      ].join('\n'),
      exampleLanguage: 'csharp',
      fixSafety:
        'Unsafe: it switches the client to Microsoft Entra ID, which only works once the app\'s identity holds the "Cognitive Services OpenAI User" role and the resource has a custom subdomain. The fix replaces the credential argument with `new DefaultAzureCredential()` (for the OpenAI .NET library on the v1 endpoint, a `BearerTokenPolicy` with the configured token scope) and adds `using Azure.Identity;` once; the package `Azure.Identity` must be referenced. The key variable and setting are left for you to remove. A client-factory registration loses its key argument and gets `.WithCredential(new DefaultAzureCredential())` (automatic for `AddOpenAIClient` only). For Azure.AI.Inference clients the fix is display-only: their default token audience is `https://ml.azure.com`, so the client options must also set the Azure OpenAI audience, which depends on the SDK version.',
      references: [
        'https://learn.microsoft.com/dotnet/api/azure.ai.openai.azureopenaiclient.-ctor',
        'https://github.com/Azure/azure-sdk-for-net/blob/main/sdk/openai/Azure.AI.OpenAI/README.md',
        'https://github.com/Azure/azure-sdk-for-net/pull/46128',
        'https://learn.microsoft.com/azure/ai-services/openai/how-to/managed-identity',
        'https://learn.microsoft.com/azure/ai-services/disable-local-auth',
      ],
    },
  },
  prefilter: /(?:AzureOpenAIClient|OpenAIClient|ChatCompletionsClient|EmbeddingsClient|ImageEmbeddingsClient|ChatClient|EmbeddingClient|ResponsesClient|OpenAIResponseClient|ImageClient|AudioClient)\b/,
  parsers: [csharpParser],
  check(context) {
    const tree = context.parse(csharpParser);
    const addUsings = usingAdder(tree, context.workspace);
    for (const site of keyCredentialSites(tree)) {
      const verb = site.family === 'client-factory' ? 'registers the client with' : 'authenticates with';
      const what = site.kind === 'variable' || site.kind === 'parameter' ? `\`${context.file.text.slice(site.arg.value.start, site.arg.value.end)}\` (an \`${site.credentialType}\`)` : `an \`${site.credentialType}\``;
      const related = readsInto(tree, site.arg.value.start, site.arg.value.end);
      const from = describeSources(settingReadsIn(tree, flowsInto(tree, [site.arg.value, ...(site.keyCreation ? [site.keyCreation] : [])])));
      if (site.gateway) {
        context.report({
          start: site.arg.value.start,
          end: site.arg.value.end,
          message:
            site.gateway.kind === 'apim'
              ? `\`${site.client}\` ${verb} ${what}${from} that is an API Management subscription key (${site.gateway.evidence}): front-door key auth to the gateway, not the Azure OpenAI account key. Protect the gateway with a \`validate-azure-ad-token\` policy and call it with a Microsoft Entra token instead.`
              : `\`${site.client}\` ${verb} ${what}${from} for a proxy (${site.gateway.evidence}), so the key is the proxy's credential, not the Azure OpenAI account key. If the proxy accepts Microsoft Entra tokens, authenticate with one instead.`,
          severity: 'info',
          related,
          data: { client: site.client, family: site.family, gateway: site.gateway.kind },
        });
        continue;
      }
      const message =
        site.kind === 'parameter'
          ? `\`${site.client}\` is given ${what} by its caller: if that is an Azure OpenAI API key, the client uses key auth instead of Microsoft Entra ID.`
          : `\`${site.client}\` ${verb} ${what}${from}: an API key is a long-lived shared secret; use Microsoft Entra ID (\`DefaultAzureCredential\`) instead.`;
      context.report({
        start: site.arg.value.start,
        end: site.arg.value.end,
        message,
        severity: site.kind === 'parameter' ? 'info' : undefined,
        fixes: site.kind === 'parameter' ? [] : [fixFor(site, addUsings, context.settings.tokenScope)],
        related,
        data: { client: site.client, family: site.family },
      });
    }
  },
};

/** " holding the key from the environment variable `X`" / "... from configuration `A:B`", or "" when the file does not say. */
function describeSources(reads: KeyRead[]): string {
  if (reads.length === 0) return '';
  const env = reads.filter((r) => r.source === 'env').map((r) => `\`${r.name}\``);
  const config = reads.filter((r) => r.source === 'config').map((r) => `\`${r.name}\``);
  const parts = [
    ...(env.length ? [`the environment variable${env.length > 1 ? 's' : ''} ${env.join(' or ')}`] : []),
    ...(config.length ? [`configuration ${config.join(' or ')}`] : []),
  ];
  return ` holding the key from ${parts.join(' or ')}`;
}

/** End of the argument before the credential, so deleting from there removes `, credential`. */
function argsEndBefore(site: KeyCredentialSite): number | undefined {
  const list = site.arg.node.parent;
  const args = list ? list.children.filter((c) => c.type === 'argument') : [];
  const i = args.indexOf(site.arg.node);
  return i > 0 ? args[i - 1].end : undefined;
}

function fixFor(site: KeyCredentialSite, addUsings: ReturnType<typeof usingAdder>, scope: string): Fix {
  const { value } = site.arg;
  if (site.family === 'openai-v1') {
    const policy = `new BearerTokenPolicy(new DefaultAzureCredential(), "${scope}")`;
    return {
      title: `Authenticate with a BearerTokenPolicy over DefaultAzureCredential (${ROLE_TITLE})`,
      // Only `OpenAIClient(AuthenticationPolicy, OpenAIClientOptions)` is known to exist in every
      // OpenAI .NET release that has `BearerTokenPolicy`; other clients' overloads vary.
      applicability: site.client === 'OpenAIClient' ? 'unsafe' : 'display-only',
      edits: [{ start: value.start, end: value.end, newText: policy }, ...addUsings(['Azure.Identity', 'System.ClientModel.Primitives'])],
    };
  }
  if (site.family === 'client-factory') {
    // `b.AddOpenAIClient(uri, new AzureKeyCredential(k))` → `b.AddOpenAIClient(uri).WithCredential(new DefaultAzureCredential())`.
    const previous = site.arg.index > 0 ? argsEndBefore(site) : undefined;
    return {
      title: `Register the client without the key and with .WithCredential(new DefaultAzureCredential()) (${ROLE_TITLE})`,
      // Only the Azure.AI.OpenAI 1.x `AddOpenAIClient(Uri)` overload is known from its samples.
      applicability: site.client === 'AddOpenAIClient' && previous !== undefined && !site.arg.name ? 'unsafe' : 'display-only',
      edits: [
        { start: previous ?? value.start, end: site.arg.node.end, newText: '' },
        { start: site.creation.end, end: site.creation.end, newText: '.WithCredential(new DefaultAzureCredential())' },
        ...addUsings(['Azure.Identity']),
      ],
    };
  }
  if (site.family === 'inference') {
    // Without options the client would ask for an https://ml.azure.com token: add them.
    const options = site.argCount === 2 && site.arg.index === 1 && !site.arg.name ? `, new AzureAIInferenceClientOptions { Audience = new[] { "${scope}" } }` : '';
    return {
      title: `Use DefaultAzureCredential and set the client options' Audience to ${scope} (${ROLE_TITLE})`,
      applicability: 'display-only',
      edits: [{ start: value.start, end: value.end, newText: `new DefaultAzureCredential()${options}` }, ...addUsings(['Azure.Identity'])],
    };
  }
  return {
    title: `Use DefaultAzureCredential (${ROLE_TITLE})`,
    applicability: 'unsafe',
    edits: [{ start: value.start, end: value.end, newText: 'new DefaultAzureCredential()' }, ...addUsings(['Azure.Identity'])],
  };
}

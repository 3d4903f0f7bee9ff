import { csharpParser } from '../../engine/parsers/csharp';
import type { Rule } from '../../engine/rule';
import { reportedKeyReads } from './key-read-sinks';

export const rule: Rule = {
  meta: {
    code: 'AOAI303',
    name: 'cs-key-read-from-config',
    description: 'Azure OpenAI API key read from an environment variable or .NET configuration.',
    severity: 'warning',
    category: 'code',
    kinds: ['csharp'],
    fix: 'none',
    docs: {
      whatItDoes:
        'Flags reads of an Azure OpenAI / Azure AI Services key in C#: `Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")`, `config["AzureOpenAI:ApiKey"]`, `configuration.GetValue<string>("AzureOpenAI:ApiKey")`, `GetSection("AzureOpenAI")["ApiKey"]` and `GetSection("AzureOpenAI:ApiKey").Value`. A name counts as a key when it names Azure (or AOAI), OpenAI/AI/Cognitive Services, and a key, but not an endpoint, deployment, version or Key Vault. Each read is reported once, at the innermost access that names the key (the section call, not the `.Value` after it). Also flagged: `GetEnvironmentVariable(...)` without a receiver under `using static System.Environment;`; a read of any setting whose value reaches the key credential of an Azure client (`var key = config["OpenAI:Key"]; new AzureOpenAIClient(uri, new AzureKeyCredential(key))`); and a generic `ApiKey` / `Key` setting read beside a `…Deployment…` setting of the same section (`AIOptions:ApiKey` next to `AIOptions:ChatDeployment`, the Azure OpenAI settings shape that options classes are filled from), as info. Each read is a finding of its own, on its own line, also when it feeds a client: a read whose value reaches a key credential (AOAI301), a Semantic Kernel key argument (AOAI302) or an `api-key` header (AOAI305) points at that finding as a related location (SARIF `relatedLocations`, LSP related information), and the client points back. The value is followed inline and through local variables of the same method or top-level statements (`var apiKey = ...; var credential = new ApiKeyCredential(apiKey);`), four assignments deep; not through fields, properties, options classes bound with `Bind` / `Get<T>()` or other files, so a read kept in a field is reported where it is read, without a link. A read that feeds only an API Management or proxy client is info with gateway wording.',
      whyBad:
        'Reading the key means the app still authenticates with a long-lived shared secret that lives in environment variables, `appsettings.json` or user secrets, where it leaks into logs, images and source control. With Microsoft Entra ID the key setting is not needed at all, and key auth can be disabled on the resource.',
      example: [
        'var key = builder.Configuration["AzureOpenAI:ApiKey"];',
        'var client = new AzureOpenAIClient(endpoint, new AzureKeyCredential(key!));',
      ].join('\n'),
      useInstead: ['var client = new AzureOpenAIClient(endpoint, new DefaultAzureCredential());', '// and delete "AzureOpenAI:ApiKey" from appsettings.json / user secrets'].join('\n'),
      exampleLanguage: 'csharp',
      references: [
        'https://learn.microsoft.com/azure/ai-services/openai/how-to/managed-identity',
        'https://learn.microsoft.com/aspnet/core/security/app-secrets',
        'https://learn.microsoft.com/azure/ai-services/disable-local-auth',
      ],
    },
  },
  // Every key name isAzureKeyName accepts contains KEY and AZURE or AOAI; a generic key needs an
  // Azure client (Azure.AI.OpenAI, AzureKeyCredential) or a deployment setting. Anchored: one linear scan.
  prefilter: /^(?=[\s\S]*?key)(?=[\s\S]*?(?:azure|aoai|deployment))/i,
  parsers: [csharpParser],
  check(context) {
    const tree = context.parse(csharpParser);
    for (const r of reportedKeyReads(tree)) {
      const { read } = r;
      const related = r.sinks.map((s) => ({ start: s.start, end: s.end, message: s.label }));
      const gateway = r.sinks.length > 0 && r.sinks.every((s) => s.gateway);
      const client = r.sinks.find((s) => s.azure);
      const what = read.source === 'env' ? `from the environment variable \`${read.name}\`` : `\`${read.name}\` from configuration`;
      const cure = read.source === 'env' ? 'remove the variable' : 'remove the setting';
      let message: string;
      if (gateway) {
        message = `Reads the key ${what} that an API Management gateway or proxy in front of Azure OpenAI accepts: key auth at the front door. Once the gateway validates Microsoft Entra tokens, call it with a token and ${cure}.`;
      } else if (r.evidence === 'sibling') {
        message = `Reads the API key ${what} beside a deployment setting of the same section, the shape of Azure OpenAI settings: if it is the Azure OpenAI key, use Microsoft Entra ID (\`DefaultAzureCredential\`) and ${cure}.`;
      } else {
        message = `Reads the ${/openai|aoai/i.test(read.name) ? 'Azure OpenAI' : 'Azure AI'} API key ${what}${client ? ', which a client here authenticates with' : ''}: the app still authenticates with a shared key; use Microsoft Entra ID (\`DefaultAzureCredential\`) and ${cure}.`;
      }
      context.report({
        start: r.node.start,
        end: r.node.end,
        message,
        severity: gateway || r.evidence === 'sibling' ? 'info' : undefined,
        ...(related.length ? { related } : {}),
      });
    }
  },
};

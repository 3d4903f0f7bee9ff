import { csharpParser, walk, type CsNode } from '../../engine/parsers/csharp';
import type { Rule } from '../../engine/rule';
import { contains } from './cs-syntax';
import { keyCredentialSites } from './key-credential-sites';
import { apiKeyHeaderSites } from './cs-api-key-header-request';
import { flowsInto, keyRead } from './key-reads';
import { semanticKernelKeySites } from './semantic-kernel-sites';

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
        'Flags reads of an Azure OpenAI / Azure AI Services key in C#: `Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")`, `config["AzureOpenAI:ApiKey"]`, `configuration.GetValue<string>("AzureOpenAI:ApiKey")`, `GetSection("AzureOpenAI")["ApiKey"]` and `GetSection("AzureOpenAI:ApiKey").Value`. A name counts as a key when it names Azure (or AOAI), OpenAI/AI/Cognitive Services, and a key, but not an endpoint, deployment, version or Key Vault. Each read is reported once, at the innermost access that names the key (the section call, not the `.Value` after it). A read whose value reaches a key credential that AOAI301 reports a Semantic Kernel key argument that AOAI302 reports, or an `api-key` header that AOAI305 reports is not reported again here (one key, one finding: AOAI301 names the variable or setting): written inline (`new AzureKeyCredential(config["AzureOpenAI:ApiKey"])`), or stored in local variables of the same method or top-level statements first (`var apiKey = ...; var credential = new ApiKeyCredential(apiKey);`). A read kept in a field, or used by nothing this rule can see, is reported where it is read.',
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
  // Every key name isAzureKeyName accepts contains KEY and AZURE or AOAI; anchored, so one linear scan.
  prefilter: /^(?=[\s\S]*?key)(?=[\s\S]*?(?:azure|aoai))/i,
  parsers: [csharpParser],
  check(context) {
    const tree = context.parse(csharpParser);
    // Sites AOAI301/AOAI302 report (the credential argument, the `new AzureKeyCredential(...)` it
    // was built from, the Semantic Kernel key argument): a key read inside them is not reported twice.
    // Locals are followed back from them (`var apiKey = ...; new ApiKeyCredential(apiKey)`): one key, one finding.
    const sinks: CsNode[] = [];
    for (const s of keyCredentialSites(tree)) sinks.push(s.arg.value, ...(s.keyCreation ? [s.keyCreation] : []));
    for (const s of semanticKernelKeySites(tree)) sinks.push(s.arg.node);
    for (const s of apiKeyHeaderSites(tree)) sinks.push(s.value);
    const reported = flowsInto(tree, sinks);
    for (const n of walk(tree.root)) {
      const read = keyRead(tree, n);
      if (!read || reported.some((r) => contains(r, n))) continue;
      context.report({
        start: n.start,
        end: n.end,
        message:
          read.source === 'env'
            ? `Reads the Azure OpenAI API key from the environment variable \`${read.name}\`: the app still authenticates with a shared key; use Microsoft Entra ID (\`DefaultAzureCredential\`) and remove the variable.`
            : `Reads the Azure OpenAI API key \`${read.name}\` from configuration: the app still authenticates with a shared key; use Microsoft Entra ID (\`DefaultAzureCredential\`) and remove the setting.`,
      });
    }
  },
};

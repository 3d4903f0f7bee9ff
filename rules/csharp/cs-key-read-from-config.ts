import { isAzureKeyName } from '../../engine/azure-signals';
import { childByField, csharpParser, nodeText, walk, type CsNode, type CsTree } from '../../engine/parsers/csharp';
import type { Rule } from '../../engine/rule';
import { argumentsOf, contains, invokedName, invokedReceiver, stringValue, unwrap } from './cs-syntax';
import { keyCredentialSites } from './key-credential-sites';
import { semanticKernelKeySites } from './semantic-kernel-sites';

/** Configuration calls that take a key path (`GetValue<string>("AzureOpenAI:ApiKey")`). */
const SECTION_CALLS = new Set(['GetSection', 'GetRequiredSection']);
const VALUE_CALLS = new Set(['GetValue', 'GetRequiredValue']);

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
        'Flags reads of an Azure OpenAI / Azure AI Services key in C#: `Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")`, `config["AzureOpenAI:ApiKey"]`, `configuration.GetValue<string>("AzureOpenAI:ApiKey")`, `GetSection("AzureOpenAI")["ApiKey"]` and `GetSection("AzureOpenAI:ApiKey").Value`. A name counts as a key when it names Azure (or AOAI), OpenAI/AI/Cognitive Services, and a key, but not an endpoint, deployment, version or Key Vault. Each read is reported once, at the innermost access that names the key (the section call, not the `.Value` after it). A read written inside a key credential that AOAI301 reports (`new AzureKeyCredential(config["AzureOpenAI:ApiKey"])`, inline or as the initializer of the credential variable) or inside a Semantic Kernel key argument that AOAI302 reports is not reported again here; a read stored in a variable first is reported where it is read, since that is the line to delete.',
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
    const reported: CsNode[] = [];
    for (const s of keyCredentialSites(tree)) reported.push(s.arg.value, ...(s.keyCreation ? [s.keyCreation] : []));
    for (const s of semanticKernelKeySites(tree)) reported.push(s.arg.node);
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

/** A key read at `n` (not at one of its receivers), with the name it reads. */
function keyRead(tree: CsTree, n: CsNode): { source: 'env' | 'config'; name: string } | undefined {
  const { file } = tree;
  if (n.type === 'invocation_expression') {
    const name = invokedName(file, n);
    if (name === 'GetEnvironmentVariable') {
      const receiver = invokedReceiver(n);
      if (!receiver || !/^(?:System\s*\.\s*)?Environment$/.test(nodeText(file, receiver))) return undefined;
      const first = argumentsOf(file, n)[0];
      const value = first && stringValue(file, unwrap(first.value));
      return value !== undefined && isAzureKeyName(value) ? { source: 'env', name: value } : undefined;
    }
    if (!name || !(SECTION_CALLS.has(name) || VALUE_CALLS.has(name))) return undefined;
  } else if (n.type !== 'element_access_expression') {
    return undefined;
  }
  const path = configPath(tree, n);
  if (path === undefined || !isAzureKeyName(path)) return undefined;
  const receiver = n.type === 'element_access_expression' ? childByField(n, 'expression') : invokedReceiver(n);
  const receiverPath = receiver ? configPath(tree, unwrap(receiver)) : undefined;
  if (receiverPath !== undefined && isAzureKeyName(receiverPath)) return undefined; // reported at the receiver
  return { source: 'config', name: path };
}

/**
 * The configuration path an expression denotes: `config["A:B"]` → `A:B`,
 * `config.GetSection("A")["B"]` → `A:B`. Undefined when it is not a keyed configuration access.
 */
function configPath(tree: CsTree, n: CsNode, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  const { file } = tree;
  let receiver: CsNode | undefined;
  let key: string | undefined;
  if (n.type === 'element_access_expression') {
    const subscript = childByField(n, 'subscript');
    const args = subscript ? subscript.children.filter((c) => c.type === 'argument') : [];
    if (args.length !== 1) return undefined;
    key = stringValue(file, unwrap(args[0].children[args[0].children.length - 1]));
    receiver = childByField(n, 'expression');
  } else if (n.type === 'invocation_expression') {
    const name = invokedName(file, n);
    if (!name || !(SECTION_CALLS.has(name) || VALUE_CALLS.has(name))) return undefined;
    const first = argumentsOf(file, n)[0];
    key = first && stringValue(file, unwrap(first.value));
    receiver = invokedReceiver(n);
  } else {
    return undefined;
  }
  if (key === undefined) return undefined;
  const base = receiver ? configPath(tree, unwrap(receiver), depth + 1) : undefined;
  return base ? `${base}:${key}` : key;
}

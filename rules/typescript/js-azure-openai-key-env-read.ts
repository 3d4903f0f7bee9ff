import { AMBIGUOUS_KEY_NAMES, isAzureKeyName } from '../../engine/azure-signals';
import type { Rule } from '../../engine/rule';
import { typescriptParser, propertyName, type Node } from '../../engine/parsers/typescript';
import { envReadAt, isEnvObject } from '../../engine/parsers/typescript/scope';
import { clientKeyOptionReads, hasAzureContext } from './azure-clients';
import { analyse, keySinksByRead } from './key-site-report';

/** Prefixes that bundlers inline into code shipped to browsers. */
const PUBLIC_PREFIX = /^(?:VITE_|NEXT_PUBLIC_|REACT_APP_|PUBLIC_|NUXT_PUBLIC_|EXPO_PUBLIC_)/;

/** Reads of Azure OpenAI key variables that no constructor or header rule already reports. */
export const rule: Rule = {
  meta: {
    code: 'AOAI105',
    name: 'js-azure-openai-key-env-read',
    description: 'Code reads an Azure OpenAI / Azure AI Services API key from the environment.',
    severity: 'warning',
    category: 'code',
    kinds: ['typescript', 'javascript'],
    fix: 'none',
    docs: {
      whatItDoes:
        'Flags reads of key variables: `process.env.AZURE_OPENAI_API_KEY`, `process.env["AZURE_OPENAI_KEY"]`, `const { AZURE_OPENAI_API_KEY } = process.env` and `import.meta.env.VITE_AZURE_OPENAI_API_KEY`, for any name that looks like an Azure OpenAI / AI Services key; `OPENAI_API_KEY` only when the file talks to Azure (an Azure client, host or endpoint variable). Each read is a finding of its own, on its own line, also when its value flows (directly, through a same-file constant or a destructured `process.env`) into a client key option, an `AzureKeyCredential` or an `api-key` header: the read then points at that client or header finding (AOAI101-AOAI104, AOAI106) as a related location (SARIF `relatedLocations`, LSP related information), and the client points back at the read; a read with any name that feeds an Azure client is the key. Reads that feed a client that is not Azure (`new OpenAI({ apiKey: process.env.OPENAI_API_KEY })` for api.openai.com) are not flagged. Values are followed within the file only: a `config.ts` that exports the key read to the module that builds the client is reported where it reads, without a link to the client. Presence checks (`if (process.env.X)`, `!process.env.X`) and assignments are not reads of the key. A variable with a browser-public prefix (`VITE_`, `NEXT_PUBLIC_`, `REACT_APP_`) is an error (the bundler ships the key to every visitor), a known key name a warning, `OPENAI_API_KEY` info.',
      whyBad:
        'A key read from the environment means the app authenticates with a shared secret that has to be provisioned, stored and rotated, and that cannot tell callers apart. With Microsoft Entra ID the app needs no secret at all: `DefaultAzureCredential` uses the managed identity in Azure and the developer sign-in locally.',
      example: ['const apiKey = process.env.AZURE_OPENAI_API_KEY;', 'export const config = { apiKey };'].join('\n'),
      useInstead: [
        'import { DefaultAzureCredential, getBearerTokenProvider } from "@azure/identity";',
        '',
        'export const azureADTokenProvider = getBearerTokenProvider(new DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default");',
      ].join('\n'),
      exampleLanguage: 'ts',
      references: [
        'https://learn.microsoft.com/azure/ai-services/disable-local-auth',
        'https://github.com/openai/openai-node/blob/master/src/azure.ts',
      ],
    },
  },
  // Both an env object and a name that can be an Azure key; anchored lookaheads keep it linear.
  prefilter: /^(?=[\s\S]*\benv\b)(?=[\s\S]*(?:azure|aoai|openai))/i,
  parsers: [typescriptParser],
  check(context) {
    const { parsed, facts } = analyse(context);
    const sinks = keySinksByRead(context);
    // Reads into clients that are not Azure's (`new OpenAI({ apiKey: process.env.OPENAI_API_KEY })`
    // for api.openai.com) are that service's key: not ours to judge, whatever the file imports.
    const foreign = new Set<Node>(clientKeyOptionReads(parsed, facts).map((r) => r.node));
    let azure: boolean | undefined;
    const report = (node: Node, name: string) => {
      const feeds = sinks.get(node) ?? [];
      const known = isAzureKeyName(name);
      const isPublic = PUBLIC_PREFIX.test(name);
      // A read that flows into a reported Azure client or header is the key of that client, whatever its name.
      const intoAzure = feeds.some((s) => s.azure);
      if (!intoAzure) {
        if (foreign.has(node) && feeds.length === 0) return;
        if (!known) {
          if (!AMBIGUOUS_KEY_NAMES.has(name)) return;
          azure ??= hasAzureContext(parsed, facts);
          if (!azure) return;
        }
      }
      const gateway = feeds.length > 0 && feeds.every((s) => s.gateway);
      const related = feeds.map((s) => ({ start: s.start, end: s.end, message: s.label }));
      const message = isPublic
        ? `Reads the API key ${name}, whose prefix makes the bundler inline it into code shipped to browsers: every visitor gets the key. Call Azure OpenAI from a server with Microsoft Entra ID instead.`
        : gateway
          ? `Reads ${name}, the key an API Management gateway or proxy in front of Azure OpenAI accepts: key auth at the front door. Once the gateway validates Microsoft Entra tokens, call it with a token and remove the variable.`
          : known || intoAzure
            ? `Reads ${known ? `the ${/OPENAI|AOAI/i.test(name) ? 'Azure OpenAI' : 'Azure AI'} key ${name}` : `the API key ${name}`}${intoAzure ? ', which a client here authenticates with' : ''}: the app authenticates with a shared secret. Switch the client to Microsoft Entra ID (DefaultAzureCredential) and remove the variable.`
            : `Reads ${name} in a file that talks to Azure OpenAI, where it usually holds an Azure key: if so, switch to Microsoft Entra ID (DefaultAzureCredential) and remove the variable.`;
      context.report({
        start: node.range[0],
        end: node.range[1],
        message,
        severity: isPublic ? 'error' : gateway ? 'info' : known || intoAzure ? 'warning' : 'info',
        ...(related.length ? { related } : {}),
        data: { variable: name },
      });
    };
    for (const node of parsed.nodes) {
      if (node.type === 'MemberExpression') {
        const read = envReadAt(node);
        if (read && !isCheckOrWrite(node, parsed.parentOf.bind(parsed))) report(node, read.name);
      } else if (node.type === 'VariableDeclarator' && node.id.type === 'ObjectPattern' && node.init && isEnvObject(node.init)) {
        for (const p of node.id.properties) {
          if (p.type !== 'Property') continue;
          const name = propertyName(p);
          if (name) report(p, name);
        }
      }
    }
  },
};

/** Presence checks, comparisons, `delete` and assignment targets do not use the key. */
function isCheckOrWrite(node: Node, parentOf: (n: Node) => Node | undefined): boolean {
  const parent = parentOf(node);
  if (!parent) return false;
  switch (parent.type) {
    case 'AssignmentExpression':
      return parent.left === node;
    case 'UnaryExpression':
      return true; // !x, typeof x, delete x
    case 'IfStatement':
    case 'ConditionalExpression':
    case 'WhileStatement':
      return parent.test === node;
    case 'BinaryExpression':
      return ['===', '!==', '==', '!=', 'in'].includes(parent.operator);
    case 'LogicalExpression': {
      // `if (process.env.A && process.env.B)`: still a check when the whole chain is a test.
      let top: Node = parent;
      while (parentOf(top)?.type === 'LogicalExpression') top = parentOf(top)!;
      const above = parentOf(top);
      return (above?.type === 'IfStatement' || above?.type === 'ConditionalExpression') && above.test === top;
    }
    default:
      return false;
  }
}

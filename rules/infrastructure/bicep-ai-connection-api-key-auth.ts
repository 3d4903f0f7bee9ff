import { bicepParser, bicepProperty, bodyObject, type BicepFile, type BicepObject, type BicepProperty, type BicepResource } from '../../engine/parsers/bicep';
import type { Rule } from '../../engine/rule';
import type { SourceFile } from '../../engine/source';
import type { TextEdit } from '../../engine/types';
import { evaluate } from './bicep-values';
import { OPENAI_USER_ROLE, REFERENCES } from './cognitive-account';

/** Connection categories that point at Azure OpenAI / AI Services (Microsoft.CognitiveServices 2025-06-01 types). */
const AI_CATEGORIES = new Set(['azureopenai', 'aiservices', 'cognitiveservice']);

export const rule: Rule = {
  meta: {
    code: 'AOAI604',
    name: 'bicep-ai-connection-api-key-auth',
    description: 'A Bicep AI Foundry connection to Azure OpenAI / AI Services authenticates with an API key (authType ApiKey).',
    severity: 'warning',
    category: 'infrastructure',
    kinds: ['bicep'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        "Flags `connections` resources (on `Microsoft.CognitiveServices/accounts`, their `projects`, or `Microsoft.MachineLearningServices/workspaces`, declared at the top level or nested) whose `category` is `AzureOpenAI`, `AIServices` or `CognitiveService` and whose `authType` is `'ApiKey'`.",
      whyBad:
        'A key-based connection stores the account key in Foundry and sends it on every call made through the connection (agents, prompt flow, playgrounds), so the account cannot turn keys off and access cannot be traced to an identity. With `authType: \'AAD\'` the hub or project identity calls the account with Microsoft Entra ID tokens.',
      example: [
        "resource conn 'Microsoft.CognitiveServices/accounts/projects/connections@2025-06-01' = {",
        '  parent: project',
        "  name: 'aoai'",
        '  properties: {',
        "    category: 'AzureOpenAI'",
        '    target: openai.properties.endpoint',
        "    authType: 'ApiKey'",
        '    credentials: {',
        '      key: openai.listKeys().key1',
        '    }',
        '    metadata: {',
        "      ApiType: 'Azure'",
        '      ResourceId: openai.id',
        '    }',
        '  }',
        '}',
      ].join('\n'),
      useInstead: [
        "resource conn 'Microsoft.CognitiveServices/accounts/projects/connections@2025-06-01' = {",
        '  parent: project',
        "  name: 'aoai'",
        '  properties: {',
        "    category: 'AzureOpenAI'",
        '    target: openai.properties.endpoint',
        "    authType: 'AAD'",
        '    metadata: {',
        "      ApiType: 'Azure'",
        '      ResourceId: openai.id',
        '    }',
        '  }',
        '}',
      ].join('\n'),
      exampleLanguage: 'bicep',
      fixSafety: `Unsafe: after the change the project or hub identity must hold the '${OPENAI_USER_ROLE}' role on the target account, or calls through the connection fail. The fix sets \`authType: 'AAD'\` and removes the \`credentials\` property (when it sits on its own lines).`,
      references: [REFERENCES.connectionTypes, REFERENCES.authentication, REFERENCES.disableLocalAuth],
    },
  },
  prefilter: /ApiKey/,
  check(context) {
    const file = context.parse(bicepParser);
    for (const res of allResources(file)) {
      if (res.existing || !/(^|\/)connections$/i.test(res.resourceType)) continue;
      const props = bicepProperty(bodyObject(res.value), 'properties')?.value;
      if (props?.kind !== 'object') continue;
      const category = evaluate(bicepProperty(props, 'category')?.value, { file });
      const authType = bicepProperty(props, 'authType');
      if (!authType || category.state !== 'known' || typeof category.value !== 'string' || !AI_CATEGORIES.has(category.value.toLowerCase())) continue;
      const auth = evaluate(authType.value, { file });
      if (auth.state !== 'known' || typeof auth.value !== 'string' || auth.value.toLowerCase() !== 'apikey') continue;
      const edits = fixEdits(context.file, props, authType);
      context.report({
        start: authType.value.start,
        end: authType.value.end,
        message: `Connection '${res.name.name}' (category ${category.value}) authenticates with an API key, which Foundry stores and sends on every call. Use authType 'AAD' so the project or hub identity calls the account with Microsoft Entra ID.`,
        fixes: edits
          ? [{ title: `Use authType 'AAD' and remove the stored key (assign the '${OPENAI_USER_ROLE}' role on the account to the project or hub identity first)`, applicability: 'unsafe', edits }]
          : [],
      });
    }
  },
};

/** Every resource declaration, nested child resources included. */
function allResources(file: BicepFile): BicepResource[] {
  const out: BicepResource[] = [];
  const stack = file.declarations.filter((d): d is BicepResource => d.kind === 'resource');
  while (stack.length) {
    const r = stack.pop()!;
    out.push(r);
    stack.push(...(bodyObject(r.value)?.resources ?? []));
  }
  return out;
}

function fixEdits(file: SourceFile, props: BicepObject, authType: BicepProperty): TextEdit[] | undefined {
  if (authType.value.kind !== 'string') return undefined;
  const quote = "'";
  const edits: TextEdit[] = [{ start: authType.value.start, end: authType.value.end, newText: `${quote}AAD${quote}` }];
  const credentials = bicepProperty(props, 'credentials');
  if (credentials) {
    // Remove whole lines only: a property sharing its line with others is left for a person.
    const lines = file.lines;
    const first = lines.positionAt(credentials.start).line;
    const last = lines.positionAt(credentials.end).line;
    const before = file.text.slice(lines.lineStart(first), credentials.start);
    const after = file.text.slice(credentials.end, lines.lineEnd(last));
    if (before.trim() !== '' || after.replace(/^\s*,?\s*(\/\/.*)?$/, '') !== '') return undefined;
    const start = lines.lineStart(first);
    const end = last + 1 < lines.lineCount ? lines.lineStart(last + 1) : lines.lineEnd(last);
    edits.push({ start, end, newText: '' });
  }
  return edits;
}

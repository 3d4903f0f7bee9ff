import { isMap, pairOf, scalarText, yamlParser } from '../../engine/parsers/yaml';
import type { Rule } from '../../engine/rule';
import type { Fix, TextEdit } from '../../engine/types';
import { ROLE } from './key-settings';
import { removeLines, trimEnd } from './yaml-edits';

type Range = [number, number, number];
const rangeOf = (n: unknown): Range | undefined => (n as { range?: Range } | null)?.range ?? undefined;

/** Connection types whose YAML takes `api_key` + `auth_mode` (promptflow `AzureOpenAIConnection`, `AzureAIServicesConnection`). */
const CONNECTION_TYPES = new Set(['azure_open_ai', 'azure_ai_services']);

export const rule: Rule = {
  meta: {
    code: 'AOAI408',
    name: 'yaml-prompt-flow-connection-key-auth',
    description: 'Flags prompt flow Azure OpenAI connection files that authenticate with an API key.',
    severity: 'warning',
    category: 'config',
    kinds: ['yaml'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags prompt flow connection YAML (`type: azure_open_ai` or `azure_ai_services`) whose `auth_mode` is not `meid_token`: the `api_key` entry (whatever its value: the official template ships `"<to-be-replaced>"` and the key is typed in at `pf connection create`), or an explicit `auth_mode: key` when there is no `api_key`.',
      whyBad:
        'The connection is the only place a flow says how it authenticates; with `auth_mode` absent or `key`, every run of the flow uses the shared key. `meid_token` makes the flow use the Microsoft Entra identity that runs it.',
      example: '$schema: https://azuremlschemas.azureedge.net/promptflow/latest/AzureOpenAIConnection.schema.json\nname: open_ai_connection\ntype: azure_open_ai\napi_key: "<to-be-replaced>"\napi_base: "https://contoso.openai.azure.com/"\napi_type: "azure"',
      useInstead:
        '$schema: https://azuremlschemas.azureedge.net/promptflow/latest/AzureOpenAIConnection.schema.json\nname: open_ai_connection\ntype: azure_open_ai\nauth_mode: meid_token\napi_base: "https://contoso.openai.azure.com/"\napi_type: "azure"',
      exampleLanguage: 'yaml',
      fixSafety:
        'Unsafe: it writes `auth_mode: meid_token` (in place of `api_key`, or as the new value of `auth_mode`) and removes `api_key`, switching the flow to Microsoft Entra ID. The identity that runs the flow needs the Cognitive Services OpenAI User role. Offered for block-style files only.',
      references: [
        'https://github.com/microsoft/promptflow/blob/main/docs/how-to-guides/manage-connections.md',
        'https://learn.microsoft.com/azure/ai-services/openai/how-to/managed-identity',
      ],
    },
  },
  prefilter: /azure_(?:open_ai|ai_services)/,
  check(context) {
    const text = context.file.text;
    const { documents } = context.parse(yamlParser);
    for (const doc of documents) {
      const root = doc.contents;
      if (!isMap(root) || !CONNECTION_TYPES.has(scalarText(pairOf(root, 'type')?.value) ?? '')) continue;
      const authPair = pairOf(root, 'auth_mode');
      const authMode = scalarText(authPair?.value)?.toLowerCase();
      if (authMode === 'meid_token') continue;
      const keyPair = pairOf(root, 'api_key');
      const target = keyPair ?? (authMode === 'key' ? authPair : undefined);
      if (!target) continue;
      const kr = rangeOf(target.key)!;
      const vr = rangeOf(target.value);
      const end = vr ? trimEnd(text, vr[0], vr[1]) : kr[1] + 1;

      const edits: TextEdit[] = [];
      const authRange = rangeOf(authPair?.value);
      if (keyPair && authPair) {
        const removal = removeLines(text, kr[0], end);
        if (removal && authRange) edits.push(removal, { start: authRange[0], end: authRange[1], newText: 'meid_token' });
      } else if (keyPair) {
        if (removeLines(text, kr[0], end)) edits.push({ start: kr[0], end, newText: 'auth_mode: meid_token' });
      } else if (authRange) {
        edits.push({ start: authRange[0], end: authRange[1], newText: 'meid_token' });
      }
      const fixes: Fix[] = edits.length
        ? [{ title: `Use auth_mode: meid_token (Microsoft Entra ID) and drop api_key; the identity running the flow needs the ${ROLE} role`, applicability: 'unsafe', edits }]
        : [];
      context.report({
        start: kr[0],
        end,
        message: keyPair
          ? 'This prompt flow connection authenticates with an API key (auth_mode is not meid_token): every run of the flow uses the shared key instead of a Microsoft Entra identity.'
          : 'This prompt flow connection sets auth_mode: key: every run of the flow uses the shared key instead of a Microsoft Entra identity.',
        fixes,
      });
    }
  },
};

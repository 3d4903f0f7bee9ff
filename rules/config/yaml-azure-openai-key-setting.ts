import { isAzureAIEndpoint } from '../../engine/azure-signals';
import { isMap, isScalar, isSeq, pairOf, scalarText, valueOf, yamlParser } from '../../engine/parsers/yaml';
import type { Rule, RuleContext } from '../../engine/rule';
import type { Fix, TextEdit } from '../../engine/types';
import {
  classifyValue,
  displayName,
  gatewaySettingMessage,
  isGatewayKeyName,
  isGenericKeyBesideEndpoint,
  isKeySettingName,
  isSecretStoreReference,
  removalTitle,
  severityFor,
  settingMessage,
  type SiblingSetting,
  type ValueClass,
} from './key-settings';
import { removeLines, SEQ_ITEM_PREFIX, trimEnd } from './yaml-edits';

type Range = [number, number, number];
const rangeOf = (n: unknown): Range | undefined => (n as { range?: Range } | null)?.range ?? undefined;

/** `OPENAI_API_KEY` counts only with an Azure endpoint, `OPENAI_API_TYPE: azure` or another `AZURE_OPENAI_*` name. */
function azureContext(text: string): boolean {
  return isAzureAIEndpoint(text) || /OPENAI_API_TYPE["']?\s*[:=]\s*["']?azure\b/i.test(text) || /\bAZURE_OPENAI_/i.test(text);
}

/** The setting name of a map key, trying the key alone, then with its parents (`azureOpenAI.apiKey`). */
function keyName(keys: string[], azure: boolean): string | undefined {
  for (let n = 1; n <= Math.min(3, keys.length); n++) {
    const name = keys.slice(keys.length - n).join(':');
    if (isKeySettingName(name, azure)) return keys.slice(keys.length - n).join('.');
  }
  return undefined;
}

/**
 * The removal, plus `{}`/`[]` after the parent key when the entry is the collection's only one:
 * an emptied `environment:` would be null, which Compose rejects.
 */
function fixFor(name: string, edit: TextEdit | undefined, emptied: TextEdit | undefined): Fix[] {
  if (!edit) return [];
  return [{ title: removalTitle(name), applicability: 'unsafe', edits: emptied ? [emptied, edit] : [edit] }];
}

/** Where the collection holding an entry hangs: the offset just past its parent key's `:`. */
interface Parent {
  colonEnd: number | undefined;
  empty: '{}' | '[]';
  size: number;
}

function emptiedEdit(parent: Parent): TextEdit | undefined {
  return parent.size === 1 && parent.colonEnd !== undefined ? { start: parent.colonEnd, end: parent.colonEnd, newText: ` ${parent.empty}` } : undefined;
}

function report(context: RuleContext, name: string, cls: ValueClass, start: number, end: number, edit: TextEdit | undefined, parent: Parent, gateway = false) {
  context.report({
    start,
    end,
    severity: severityFor(cls),
    message: gateway ? gatewaySettingMessage(name, cls, 'This entry') : settingMessage(name, cls, 'This entry'),
    fixes: fixFor(name, edit, edit ? emptiedEdit(parent) : undefined),
    data: { setting: displayName(name), value: cls },
  });
}

export const rule: Rule = {
  meta: {
    code: 'AOAI407',
    name: 'yaml-azure-openai-key-setting',
    description: 'Flags Azure OpenAI API-key settings in YAML: Compose, GitHub Actions, Kubernetes, Helm values and pipelines.',
    severity: 'warning',
    category: 'config',
    kinds: ['yaml'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags Azure OpenAI key settings in any YAML document: map entries (`AZURE_OPENAI_API_KEY: ...` in GitHub Actions `env` at any level, Compose `environment` maps, Kubernetes `Secret` `data`/`stringData`, Helm values such as `azureOpenAI: {apiKey: ...}`), Compose list entries (`- AZURE_OPENAI_API_KEY=...`), and `name`/`value` items (Kubernetes `env`, Azure Pipelines `variables`). `OPENAI_API_KEY` counts only when the file shows an Azure context. A generic `api_key` / `apiKey` / `key` counts when an entry of the same map is an Azure OpenAI endpoint (a proxy config listing endpoint and key per deployment); beside an `*.azure-api.net` URL, and for `APIM_SUBSCRIPTION_KEY`-like names, it is an API Management subscription key, reported with gateway advice. A literal value is a warning. A reference to the environment or a template value (`${VAR}`, `$(var)`, `{{ .Values.key }}`, `valueFrom.configMapKeyRef`) is info: it keeps the key out of the file, but the workload still uses key auth. Empty values and placeholders are info too. Secret-store references (`${{ secrets.X }}`, `valueFrom.secretKeyRef`, a Key Vault reference) are not reported: the consumer of the key is the finding. Helm chart templates are read with their template actions masked (`{{- if }}` lines, comments and unquoted `{{ }}` values), so they lint as the YAML they render to. Comments are ignored.',
      whyBad:
        'Every workload that receives the key authenticates with a shared, long-lived secret, and the openai SDKs pick `AZURE_OPENAI_API_KEY` up implicitly. With a managed identity or workload identity federation, nothing needs to be stored, rotated or passed.',
      example: 'services:\n  api:\n    image: contoso/api\n    environment:\n      - AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\n      - AZURE_OPENAI_API_KEY=${AZURE_OPENAI_API_KEY}',
      useInstead:
        'services:\n  api:\n    image: contoso/api\n    environment:\n      - AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\n      # DefaultAzureCredential: managed identity in Azure, AZURE_CLIENT_ID for a user-assigned one',
      exampleLanguage: 'yaml',
      fixSafety:
        'Unsafe: removing the entry switches the workload away from key auth; it needs a managed identity (Kubernetes: workload identity; GitHub Actions: azure/login with OIDC) holding the Cognitive Services OpenAI User role, and code that uses DefaultAzureCredential. Offered for block-style entries only; a `name`/`value` item is removed whole.',
      references: [
        'https://learn.microsoft.com/azure/ai-services/openai/how-to/managed-identity',
        'https://learn.microsoft.com/azure/aks/workload-identity-overview',
        'https://docs.github.com/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-azure',
      ],
    },
  },
  prefilter: /key/i,
  check(context) {
    const text = context.file.text;
    const azure = azureContext(text);
    const { documents } = context.parse(yamlParser);

    /** Offset just past the `:` that follows a key, when it follows directly (block style). */
    const colonAfter = (keyNode: unknown): number | undefined => {
      const r = rangeOf(keyNode);
      if (!r) return undefined;
      const m = /^[ \t]*:/.exec(text.slice(r[1], r[1] + 40));
      return m ? r[1] + m[0].length : undefined;
    };
    const visit = (node: unknown, keys: string[], parent: Parent) => {
      if (isMap(node)) {
        // `name: X` + `value:`/`valueFrom:` (Kubernetes env, Azure Pipelines variables).
        const itemName = scalarText(valueOf(node, 'name'));
        const valuePair = pairOf(node, 'value') ?? pairOf(node, 'valueFrom');
        if (itemName !== undefined && valuePair && (isKeySettingName(itemName, azure) || isGatewayKeyName(itemName))) {
          const v = valuePair.value;
          // A secret-store reference keeps the key out of the file: clean (the consumer is the finding).
          if (isMap(v) && pairOf(v, 'secretKeyRef')) return;
          if (isScalar(v) && isSecretStoreReference(scalarText(v) ?? '')) return;
          const cls: ValueClass = scalarText(valuePair.key) === 'valueFrom' ? 'reference' : isScalar(v) ? classifyValue(scalarText(v) ?? '') : 'reference';
          const r = rangeOf(node)!;
          const end = trimEnd(text, r[0], r[1]);
          report(context, itemName, cls, r[0], end, removeLines(text, r[0], end, SEQ_ITEM_PREFIX), parent, !isKeySettingName(itemName, azure));
          return;
        }
        // The entries beside each key: `endpoint: https://….openai.azure.com/` gives `api_key` its meaning.
        const siblings: SiblingSetting[] = node.items.map((p) => ({ name: scalarText(p.key) ?? '', value: scalarText(p.value) }));
        for (const pair of node.items) {
          const key = scalarText(pair.key);
          if (key === undefined) continue;
          const value = pair.value;
          if (isMap(value) || isSeq(value)) {
            visit(value, [...keys, key], { colonEnd: colonAfter(pair.key), empty: isMap(value) ? '{}' : '[]', size: value.items.length });
            continue;
          }
          const known = keyName([...keys, key], azure);
          const beside = known ? undefined : isGenericKeyBesideEndpoint(key, siblings);
          const gateway = isGatewayKeyName(key) || beside === 'gateway';
          const name = known ?? (beside || gateway ? key : undefined);
          if (!name) continue;
          const valueText = scalarText(value) ?? '';
          if (isSecretStoreReference(valueText)) continue;
          const kr = rangeOf(pair.key)!;
          const vr = rangeOf(value);
          const end = vr ? trimEnd(text, vr[0], vr[1]) : trimEnd(text, kr[0], kr[1]) + 1;
          report(context, name, classifyValue(valueText), kr[0], end, removeLines(text, kr[0], end), { ...parent, size: node.items.length }, gateway && !known);
        }
      } else if (isSeq(node)) {
        for (const item of node.items) {
          const s = scalarText(item);
          if (s !== undefined) {
            // Compose list form: `- NAME=value`, or `- NAME` to pass the host's variable through.
            const m = /^([A-Za-z_][A-Za-z0-9_.-]*)(?:=([\s\S]*))?$/.exec(s);
            if (m && (isKeySettingName(m[1], azure) || isGatewayKeyName(m[1])) && !isSecretStoreReference(m[2] ?? '')) {
              const r = rangeOf(item)!;
              const cls = m[2] === undefined ? 'reference' : classifyValue(m[2]);
              report(context, m[1], cls, r[0], trimEnd(text, r[0], r[1]), removeLines(text, r[0], trimEnd(text, r[0], r[1]), SEQ_ITEM_PREFIX), { ...parent, size: node.items.length }, !isKeySettingName(m[1], azure));
            }
          } else visit(item, keys, { ...parent, size: node.items.length });
        }
      }
    };
    for (const doc of documents) visit(doc.contents, [], { colonEnd: undefined, empty: '{}', size: 0 });
  },
};

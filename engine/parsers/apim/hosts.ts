import { parseTree, type Node } from 'jsonc-parser';

/**
 * Where APIM policy documents live in host files, and how their text maps back. Shared by the
 * embedders (which hand regions to the rules) and by the inheritance resolver (which looks for a
 * policy's parent scopes in the same template).
 */

/** The scope a policy applies at (iac-apim-rules.md §3.1, §3.7). */
export type PolicyScope = 'global' | 'workspace' | 'product' | 'api' | 'operation' | 'fragment' | 'unknown';

/** A policy document found in a host file. */
export interface HostedPolicy {
  /** The decoded policy text. */
  text: string;
  /** Inner offset (0..text.length) → host offset. */
  toOuter(offset: number): number;
  /** Escapes replacement text for the host string. */
  encode(text: string): string;
  scope: PolicyScope;
  /** Resource name segments after the service name, when the name is a literal (e.g. `['myapi', 'policy']`). */
  names: string[] | undefined;
  /** Index among the policies of the host, for labels. */
  index: number;
}

/** True when an XML file's root element is `<policies>` or `<fragment>` (content, not file name). */
export function isPolicyXml(text: string): boolean {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text.startsWith('<?', i)) {
      const e = text.indexOf('?>', i);
      if (e < 0) return false;
      i = e + 2;
    } else if (text.startsWith('<!--', i)) {
      const e = text.indexOf('-->', i);
      if (e < 0) return false;
      i = e + 3;
    } else break;
  }
  return /^<(policies|fragment)[\s>/]/.test(text.slice(i, i + 12));
}

const POLICY_TYPE = /^microsoft\.apimanagement\/service\/(?:.+\/)?(policies|policyfragments)$/i;

/** The scope of an ARM policy resource type (`Microsoft.ApiManagement/service/apis/policies` → api). */
export function scopeOfType(type: string): PolicyScope {
  const t = type.toLowerCase();
  if (t.endsWith('/policyfragments')) return 'fragment';
  const parts = t.split('/').slice(2, -1); // between `service` and `policies`
  if (parts.length === 0) return 'global';
  const last = parts[parts.length - 1];
  if (last === 'operations') return 'operation';
  if (last === 'apis') return 'api';
  if (last === 'products') return 'product';
  if (last === 'workspaces') return 'workspace';
  return 'unknown';
}

/**
 * The policy documents of an ARM template: `Microsoft.ApiManagement/service/**\/policies` and
 * `policyFragments` resources (top-level or nested, array or symbolic-name `resources`), whose
 * `properties.value` is a string in `xml`/`rawxml` format (the `*-link` formats hold a URL).
 */
export function armPolicies(text: string): HostedPolicy[] {
  if (!/Microsoft\.ApiManagement/i.test(text)) return [];
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  const out: HostedPolicy[] = [];
  if (!root || root.type !== 'object') return out;
  const visit = (resources: Node | undefined, parentType: string, parentNames: string[] | undefined) => {
    const list = resources?.type === 'array' ? resources.children ?? [] : resources?.type === 'object' ? (resources.children ?? []).map((p) => p.children?.[1]).filter((c): c is Node => !!c) : [];
    for (const res of list) {
      if (res.type !== 'object') continue;
      const rawType = stringValue(prop(res, 'type'));
      if (!rawType) continue;
      const type = parentType && !/^microsoft\./i.test(rawType) ? `${parentType}/${rawType}` : rawType;
      const names = nameSegments(stringValue(prop(res, 'name')), parentNames, !!parentType && !/^microsoft\./i.test(rawType));
      if (POLICY_TYPE.test(type)) {
        const props = prop(res, 'properties');
        const format = (stringValue(prop(props, 'format')) ?? 'xml').toLowerCase();
        const value = prop(props, 'value');
        if (value?.type === 'string' && !format.endsWith('-link')) {
          out.push({ ...jsonStringRegion(text, value), scope: scopeOfType(type), names, index: out.length });
        }
      }
      visit(prop(res, 'resources'), type, names);
    }
  };
  visit(prop(root, 'resources'), '', undefined);
  return out;
}

/** `apim/myapi/policy` → `['myapi', 'policy']`; undefined for ARM expressions (`[concat(...)]`). */
function nameSegments(name: string | undefined, parentNames: string[] | undefined, nested: boolean): string[] | undefined {
  if (name === undefined || name.startsWith('[')) return undefined;
  if (nested) return parentNames ? [...parentNames, name] : undefined;
  return name.split('/').slice(1);
}

function prop(obj: Node | undefined, key: string): Node | undefined {
  if (!obj || obj.type !== 'object') return undefined;
  const k = key.toLowerCase();
  return obj.children?.find((p) => String(p.children?.[0]?.value).toLowerCase() === k)?.children?.[1];
}

function stringValue(node: Node | undefined): string | undefined {
  return node?.type === 'string' ? (node.value as string) : undefined;
}

/** A JSON string literal's content, unescaped, with an exact inner→outer offset map. */
export function jsonStringRegion(text: string, node: Node): Pick<HostedPolicy, 'text' | 'toOuter' | 'encode'> {
  const start = node.offset + 1;
  const end = node.offset + node.length - 1;
  const map: number[] = [];
  let out = '';
  for (let i = start; i < end; ) {
    const c = text[i];
    if (c === '\\' && i + 1 < end) {
      const e = text[i + 1];
      if (e === 'u' && /^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) {
        map.push(i);
        out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
        continue;
      }
      const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '/': '/', '\\': '\\', '"': '"' };
      map.push(i);
      out += simple[e] ?? e;
      i += 2;
      continue;
    }
    map.push(i);
    out += c;
    i++;
  }
  map.push(end);
  return {
    text: out,
    toOuter: (offset) => map[Math.max(0, Math.min(offset, map.length - 1))],
    encode: (s) => JSON.stringify(s).slice(1, -1),
  };
}

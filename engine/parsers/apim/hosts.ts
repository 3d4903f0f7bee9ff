import { parseTree, type Node } from 'jsonc-parser';
import { bicepProperty, bicepStringContent, bodyObject, parseBicep, stringValue, walkExpression, type BicepExpression, type BicepFile, type BicepResource } from '../bicep';
import { hclAttribute, hclBlocks, hclStringValue, parseHcl, traversalPath, type HclAttribute, type HclExpression, type HclFile } from '../hcl';

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
  /** The resource sits under `service/workspaces/…` (a workspace scope lies between it and global). */
  inWorkspace?: boolean;
  /**
   * Set when the value is `loadTextContent('<path>')` (path relative to the host): the policy lives
   * in that file, `text` is empty and no region is made for it; inheritance still uses it.
   */
  loadPath?: string;
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
 * `properties.value` is a string in `xml`/`rawxml` format (the `*-link` formats hold a URL). An
 * ARM expression value is skipped, except `[variables('name')]` (what Bicep compiles
 * `loadTextContent` to: `$fxv#0`), which reads the variable's string.
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
      const rawType = jsonString(prop(res, 'type'));
      if (!rawType) continue;
      const type = parentType && !/^microsoft\./i.test(rawType) ? `${parentType}/${rawType}` : rawType;
      const names = nameSegments(jsonString(prop(res, 'name')), parentNames, !!parentType && !/^microsoft\./i.test(rawType));
      if (POLICY_TYPE.test(type)) {
        const props = prop(res, 'properties');
        const format = (jsonString(prop(props, 'format')) ?? 'xml').toLowerCase();
        let value = prop(props, 'value');
        // An ARM expression is not policy text; `[variables('$fxv#0')]` (compiled `loadTextContent`)
        // names the variable that holds it.
        const expression = typeof value?.value === 'string' && /^\[(?!\[)[\s\S]*\]$/.test(value.value.trim()) ? (value.value as string) : undefined;
        if (expression) {
          const variable = /^\[\s*variables\(\s*'([^']+)'\s*\)\s*\]$/.exec(expression.trim())?.[1];
          value = variable !== undefined ? prop(prop(root, 'variables'), variable) : undefined;
          if (value && typeof value.value === 'string' && value.value.trim().startsWith('[')) value = undefined;
        }
        if (value?.type === 'string' && !format.endsWith('-link')) {
          out.push({ ...jsonStringRegion(text, value), scope: scopeOfType(type), names, index: out.length, inWorkspace: /\/workspaces\//i.test(type) });
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

function jsonString(node: Node | undefined): string | undefined {
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

/**
 * The policy documents of a Bicep file: resources of a policy type (top-level with `parent:`, or
 * nested) whose `properties.value` is a non-interpolated string literal (`'…'` or `'''…'''`).
 * A `value` naming a `var` uses the variable's string. `loadTextContent('x.xml')` values yield no
 * region (the XML file is linted itself) but are listed with `loadPath`, for inheritance.
 * `names` is the chain of parent symbols below the service (`['api', 'op', 'policy']`), or the
 * literal `name` for a fragment, so scopes can be matched without evaluating names.
 */
export function bicepPolicies(text: string, parsed?: BicepFile): HostedPolicy[] {
  if (!/Microsoft\.ApiManagement/i.test(text)) return [];
  const file = parsed ?? parseBicep(text);
  const out: HostedPolicy[] = [];
  const top = new Map<string, BicepResource>();
  const vars = new Map<string, BicepExpression>();
  const seenVars = new Set<BicepExpression>();
  for (const d of file.declarations) {
    if (d.kind === 'resource') top.set(d.name.name, d);
    else if (d.kind === 'var' && d.value) vars.set(d.name.name, d.value);
    // `param policyXml string = '<policies>…'`: the default is the policy unless a caller passes another.
    else if (d.kind === 'param' && d.value) vars.set(d.name.name, d.value);
  }
  const chainOf = (res: BicepResource, seen = new Set<BicepResource>()): string[] => {
    if (seen.has(res)) return [];
    seen.add(res);
    const parent = bicepProperty(bodyObject(res.value), 'parent')?.value;
    const p = parent?.kind === 'identifier' ? top.get(parent.name) : undefined;
    if (!p) return [];
    return /\/service$/i.test(p.resourceType) ? [] : [...chainOf(p, seen), p.name.name];
  };
  const visit = (res: BicepResource, parentType: string, parentChain: string[] | undefined) => {
    const nested = parentType !== '' && !/^microsoft\./i.test(res.resourceType);
    const type = nested ? `${parentType}/${res.resourceType}` : res.resourceType;
    const body = bodyObject(res.value);
    const chain = nested ? parentChain ?? [] : chainOf(res);
    if (POLICY_TYPE.test(type)) {
      const props = bicepProperty(body, 'properties')?.value;
      const format = (stringValue(bicepProperty(props, 'format')?.value) ?? 'xml').toLowerCase();
      let value = bicepProperty(props, 'value')?.value;
      if (value?.kind === 'identifier') {
        // `value: policyXml` with `var policyXml = '''…'''` (or a param default): the string, once per name.
        const v = vars.get(value.name);
        if (v && seenVars.has(v)) value = undefined;
        else if (v) {
          seenVars.add(v);
          value = v;
        }
      }
      const content = value && !format.endsWith('-link') ? bicepStringContent(text, value) : undefined;
      const scope = scopeOfType(type);
      const names = scope === 'fragment' ? [stringValue(bicepProperty(body, 'name')?.value) ?? res.name.name] : [...chain, res.name.name];
      const inWorkspace = /\/workspaces\//i.test(type);
      if (content) {
        out.push({ ...content, scope, names, index: out.length, inWorkspace });
      } else if (value && !format.endsWith('-link')) {
        let loadPath: string | undefined;
        walkExpression(value, (n) => {
          if (!loadPath && n.kind === 'call' && n.name.name === 'loadTextContent' && n.args[0]?.kind === 'string') loadPath = n.args[0].value;
        });
        if (loadPath) out.push({ text: '', toOuter: () => value.start, encode: (t) => t, scope, names, index: out.length, loadPath, inWorkspace });
      }
    }
    for (const child of body?.resources ?? []) visit(child, type, /\/service$/i.test(type) ? [] : [...chain, res.name.name]);
  };
  for (const d of file.declarations) if (d.kind === 'resource') visit(d, '', undefined);
  return out;
}

/** azurerm resources that hold policy XML, by scope. */
const TERRAFORM_POLICY: Record<string, PolicyScope> = {
  azurerm_api_management_policy: 'global',
  azurerm_api_management_api_policy: 'api',
  azurerm_api_management_api_operation_policy: 'operation',
  azurerm_api_management_product_policy: 'product',
  azurerm_api_management_workspace_policy: 'workspace',
  azurerm_api_management_policy_fragment: 'fragment',
};

/**
 * The policy documents of a Terraform file: `xml_content` of the azurerm policy resources (and of
 * the `policy` block of `azurerm_api_management`), `value` of `azurerm_api_management_policy_fragment`.
 * Heredocs are handed over as written (identity map; `${…}` interpolations stay visible, so a key
 * interpolated into the policy is seen); quoted strings only without escapes. `file()` and
 * `templatefile()` of a path relative to the module yield no region (the XML file is linted
 * itself) but are listed with `loadPath`, for inheritance.
 */
export function terraformPolicies(text: string, parsed?: HclFile): HostedPolicy[] {
  if (!/azurerm_api_management/.test(text)) return [];
  const file = parsed ?? parseHcl(text);
  const out: HostedPolicy[] = [];
  const add = (expr: HclExpression | undefined, scope: PolicyScope, names: string[] | undefined) => {
    const region = expr ? hclStringRegion(text, expr) : undefined;
    if (region) out.push({ ...region, scope, names, index: out.length });
    const loadPath = expr ? hclFilePath(expr) : undefined;
    if (loadPath) out.push({ text: '', toOuter: () => expr!.start, encode: (t) => t, scope, names, index: out.length, loadPath });
  };
  const source = (a: HclAttribute | undefined) => (a ? text.slice(a.value.start, a.value.end).replace(/\.(name|id)$/, '') : undefined);
  for (const block of file.body.blocks) {
    if (block.type.name !== 'resource') continue;
    const type = block.labels[0]?.value ?? '';
    const scope = TERRAFORM_POLICY[type];
    if (scope === 'fragment') {
      const format = hclStringValue(hclAttribute(block.body, 'format')?.value) ?? 'xml';
      if (!format.endsWith('-link')) add(hclAttribute(block.body, 'value')?.value, scope, [hclStringValue(hclAttribute(block.body, 'name')?.value) ?? '']);
    } else if (scope) {
      const api = source(hclAttribute(block.body, 'api_name'));
      const op = source(hclAttribute(block.body, 'operation_id'));
      add(hclAttribute(block.body, 'xml_content')?.value, scope, api ? (op ? [api, op] : [api]) : undefined);
    } else if (type === 'azurerm_api_management') {
      for (const policy of hclBlocks(block.body, 'policy')) add(hclAttribute(policy.body, 'xml_content')?.value, 'global', []);
    }
  }
  return out;
}

/**
 * The path of `file("${path.module}/x.xml")` / `templatefile("x.xml", {...})`, relative to the
 * Terraform file's folder; undefined for anything else (other interpolations, `path.root`, ...).
 */
function hclFilePath(expr: HclExpression): string | undefined {
  if (expr.kind !== 'call' || (expr.name.name !== 'file' && expr.name.name !== 'templatefile')) return undefined;
  const arg = expr.args[0];
  if (arg?.kind !== 'template') return undefined;
  let out = '';
  for (const [i, part] of arg.parts.entries()) {
    if (part.kind === 'literal') out += part.value;
    else if (i === 0 && part.kind === 'interpolation' && traversalPath(part.expression)?.join('.') === 'path.module') out += '.';
    else return undefined;
  }
  return out || undefined;
}

/** A heredoc's content (identity map) or a quoted string without escapes; undefined otherwise. */
function hclStringRegion(text: string, expr: HclExpression): Pick<HostedPolicy, 'text' | 'toOuter' | 'encode'> | undefined {
  const escapeTemplate = (s: string) => s.replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
  if (expr.kind === 'heredoc') {
    const start = expr.contentStart;
    const end = expr.contentEnd;
    return { text: text.slice(start, end), toOuter: (o) => start + Math.max(0, Math.min(o, end - start)), encode: escapeTemplate };
  }
  if (expr.kind === 'template' && text[expr.start] === '"') {
    const start = expr.start + 1;
    const end = expr.end - 1;
    const raw = text.slice(start, end);
    if (raw.includes('\\')) return undefined;
    return {
      text: raw,
      toOuter: (o) => start + Math.max(0, Math.min(o, end - start)),
      encode: (s) => escapeTemplate(s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r/g, '\\r').replace(/\n/g, '\\n')),
    };
  }
  return undefined;
}

/** The policies of any host file, by its extension (`.json`, `.bicep`, `.tf`). */
export function policiesOfHost(hostPath: string, text: string): HostedPolicy[] {
  const lower = hostPath.toLowerCase();
  if (lower.endsWith('.bicep')) return bicepPolicies(text);
  if (lower.endsWith('.tf')) return terraformPolicies(text);
  if (lower.endsWith('.json') || lower.endsWith('.jsonc')) return armPolicies(text);
  return [];
}

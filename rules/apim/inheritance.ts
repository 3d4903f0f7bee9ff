import * as path from 'node:path';
import type { RuleContext } from '../../engine/rule';
import { attribute, parsePolicy, section, type PolicyDocument, type PolicyElement } from '../../engine/parsers/apim';
import { isPolicyXml, policiesOfHost, type HostedPolicy, type PolicyScope } from '../../engine/parsers/apim/hosts';
import { LABEL_MARK } from './embedders';

/**
 * What the gateway rules know about a policy's place in the APIM hierarchy
 * (global → product → API → operation), its parent policies and its fragments.
 *
 * Supported layouts:
 * - ARM templates, Bicep and Terraform files: policies of the same file. An API or product
 *   policy's parent is the file's global policy; an operation policy's parents are its API's
 *   policy (matched by literal ARM name, Bicep `parent:` symbol, or Terraform `api_name`) and the
 *   global policy. Policies under `service/workspaces/…` have an unknown workspace link. Product policies of the template make the chain
 *   of API/operation policies incomplete (which products hold an API is not known statically).
 * - APIOps extracts: `<root>/policy.xml` (global), `<root>/products/<p>/policy.xml`,
 *   `<root>/apis/<a>/policy.xml`, `<root>/apis/<a>/operations/<o>/policy.xml`. A scope without a
 *   file has no policy of its own (it inherits). A `products` folder with policies makes the chain
 *   incomplete, as above.
 * - A policy `.xml` file that a Bicep file (in its folder or up to three above) loads with
 *   `loadTextContent(...)`, or a Terraform file with `file()`/`templatefile()`: the scope and
 *   parents of that resource.
 * Anything else is unresolved: a `<base/>` then "relies on a parent scope".
 */

/** Policies that authenticate the caller: Entra/JWT tokens, or client certificates. */
export const CALLER_VALIDATION = new Set(['validate-jwt', 'validate-azure-ad-token', 'validate-client-certificate']);

/** Marks of a policy that fronts Azure OpenAI / Azure AI Services. */
export const AI_SIGNAL =
  /openai|cognitiveservices|cognitive-services|azure-openai-|llm-|\bllm\b|\/deployments\/|api-key|services\.ai\.azure\.com|\baoai\b|\bai-?gateway\b|\bgen-?ai\b|(?:total|prompt|completion)_tokens|\/chat\/completions/i;

/**
 * Marks of a backend that is not Azure OpenAI (AI Search, Azure ML online endpoints, MCP servers):
 * a policy in front of one is out of scope, whatever its folder or host file says.
 */
export const OTHER_BACKEND_SIGNAL = /search\.azure\.com|search\.windows\.net|(?:^|[/.])ml\.azure\.com|\bmcp\b|backend-id\s*=\s*["']search/i;

/** Looks up a policy fragment by id; undefined when it is not in the workspace. */
export type FragmentLookup = (id: string) => PolicyDocument | undefined;

export interface ValidationResult {
  /** Every request passes a caller validation. */
  validated: boolean;
  /** A validation exists but only on some paths (inside `<choose>` or another container). */
  conditional: boolean;
  /** An `<include-fragment>` could not be found, so the answer may be incomplete. */
  unresolvedFragment?: string;
}

/** Whether `children` (a section's or a fragment's policies) validate the caller on every path. */
export function validatesCaller(children: PolicyElement[], fragments: FragmentLookup, depth = 0): ValidationResult {
  const result: ValidationResult = { validated: false, conditional: false };
  for (const c of children) {
    if (CALLER_VALIDATION.has(c.name)) return { validated: true, conditional: false };
    if (c.name === 'include-fragment') {
      const id = attribute(c, 'fragment-id')?.value.trim();
      const doc = id && depth < 8 ? fragments(id) : undefined;
      if (!doc?.root) {
        if (id) result.unresolvedFragment ??= id;
        continue;
      }
      const r = validatesCaller(doc.root.children, fragments, depth + 1);
      if (r.validated) return r;
      result.conditional ||= r.conditional;
      continue;
    }
    if (c.name === 'choose') {
      // Nesting this deep is not a real policy; stop before the stack does and assume the worst.
      if (depth >= MAX_DEPTH) {
        result.conditional ||= hasValidationDescendant(c);
        continue;
      }
      const branches = c.children.filter((b) => b.name === 'when' || b.name === 'otherwise');
      const results = branches.map((b) => validatesCaller(b.children, fragments, depth + 1));
      if (branches.some((b) => b.name === 'otherwise') && results.length > 0 && results.every((r) => r.validated)) {
        return { validated: true, conditional: false };
      }
      result.conditional ||= results.some((r) => r.validated || r.conditional);
      continue;
    }
    if (c.children.length > 0 && hasValidationDescendant(c)) result.conditional = true;
  }
  return result;
}

/** Iterative: a pathological policy may nest elements thousands deep. */
function hasValidationDescendant(el: PolicyElement): boolean {
  const stack = [...el.children];
  for (let c = stack.pop(); c; c = stack.pop()) {
    if (CALLER_VALIDATION.has(c.name)) return true;
    stack.push(...c.children);
  }
  return false;
}

/** Deepest `<choose>`/fragment nesting followed before giving up (real policies nest a few levels). */
const MAX_DEPTH = 64;

/** A parent policy, nearest first; without `doc` it is a scope whose policies cannot be known (products). */
export interface ParentPolicy {
  doc?: PolicyDocument;
  scope: PolicyScope;
  /** How to name it in a message (`the global policy in main.json`). */
  describe: string;
}

export interface PolicyPlace {
  scope: PolicyScope;
  /** Parent policies that exist, nearest first. */
  parents: ParentPolicy[];
  /** The chain reaches the top (global) scope: nothing above the last parent is unknown. */
  complete: boolean;
  fragments: FragmentLookup;
}

/** Where the policy in `context.file` sits, with its parents and a fragment lookup. */
export function placeOf(context: RuleContext): PolicyPlace {
  const filePath = context.file.path;
  const mark = filePath.lastIndexOf(LABEL_MARK);
  if (mark >= 0) return hostPlace(context, filePath.slice(0, mark), Number(filePath.slice(mark + LABEL_MARK.length)));
  return xmlPlace(context, filePath);
}

function hostPlace(context: RuleContext, hostPath: string, index: number): PolicyPlace {
  const text = context.workspace.readFile(hostPath);
  const all = text ? policiesOfHost(hostPath, text) : [];
  const me = all.find((p) => p.index === index);
  const base = path.basename(hostPath);
  const docOf = (p: HostedPolicy): PolicyDocument => {
    if (p.loadPath === undefined) return parsePolicy(p.text);
    return parsePolicy(context.workspace.readFile(path.resolve(path.dirname(hostPath), p.loadPath)) ?? '');
  };
  const fragments: FragmentLookup = (id) => {
    const f = all.find((p) => p.scope === 'fragment' && p.names?.[p.names.length - 1] === id);
    return f ? docOf(f) : xmlFragment(context, path.dirname(hostPath), id);
  };
  if (!me) return { scope: 'unknown', parents: [], complete: false, fragments };
  const parents: ParentPolicy[] = [];
  let complete = true;
  if (me.scope === 'operation') {
    const api = me.names && all.find((p) => p.scope === 'api' && p.names?.[0] === me.names![0]);
    // Not in this file: the API's policy may live elsewhere, an unknown link in the chain.
    parents.push(api ? { doc: docOf(api), scope: 'api', describe: `the API policy in ${base}` } : { scope: 'api', describe: 'the API policy' });
  }
  if ((me.scope === 'api' || me.scope === 'operation') && all.some((p) => p.scope === 'product')) {
    parents.push({ scope: 'product', describe: `the product policies in ${base}` });
  }
  if (me.inWorkspace && me.scope !== 'workspace' && me.scope !== 'fragment') {
    // Workspace policies are not matched to their workspace: an unknown link in the chain.
    parents.push({ scope: 'workspace', describe: 'the workspace policy' });
  }
  if (me.scope !== 'global' && me.scope !== 'fragment') {
    const global = all.find((p) => p.scope === 'global');
    if (global) parents.push({ doc: docOf(global), scope: 'global', describe: `the global policy in ${base}` });
    else complete = false;
    if (me.scope === 'unknown' || me.scope === 'workspace') complete = false;
  }
  return { scope: me.scope, parents, complete, fragments };
}

const APIOPS = /^(.*)[\\/](apis|products)[\\/]([^\\/]+)(?:[\\/]operations[\\/]([^\\/]+))?[\\/]policy\.xml$/i;

function xmlPlace(context: RuleContext, filePath: string): PolicyPlace {
  const fragments: FragmentLookup = (id) => xmlFragment(context, path.dirname(filePath), id);
  const m = APIOPS.exec(filePath);
  const unresolved: PolicyPlace = { scope: 'unknown', parents: [], complete: false, fragments };
  if (!m) {
    // `<root>/policy.xml` beside an `apis` folder is the global policy of an APIOps extract.
    if (path.basename(filePath).toLowerCase() === 'policy.xml' && context.workspace.listDir(path.join(path.dirname(filePath), 'apis')).length > 0) {
      return { scope: 'global', parents: [], complete: true, fragments };
    }
    return ownerPlace(context, filePath) ?? unresolved;
  }
  const [, root, kind, name, operation] = m;
  if (kind.toLowerCase() === 'products' && operation) return unresolved;
  const scope: PolicyScope = kind.toLowerCase() === 'products' ? 'product' : operation ? 'operation' : 'api';
  const parents: ParentPolicy[] = [];
  const read = (p: string, s: PolicyScope, describe: string) => {
    const text = context.workspace.readFile(p);
    if (text !== undefined && isPolicyXml(text)) parents.push({ doc: parsePolicy(text), scope: s, describe });
  };
  if (operation) read(path.join(root, kind, name, 'policy.xml'), 'api', `the API policy (apis/${name}/policy.xml)`);
  read(path.join(root, 'policy.xml'), 'global', 'the global policy (policy.xml)');
  if (scope !== 'product') {
    const products = context.workspace.listDir(path.join(root, 'products'));
    if (products.some((p) => context.workspace.readFile(path.join(root, 'products', p, 'policy.xml')) !== undefined)) {
      // Between the API and global scopes; which products hold the API is not known statically.
      parents.splice(operation && parents[0]?.scope === 'api' ? 1 : 0, 0, { scope: 'product', describe: 'the product policies (products/*/policy.xml)' });
    }
  }
  return { scope, parents, complete: true, fragments };
}

/** A fragment file near `dir`: APIOps `policy fragments/<id>/policy.xml`, or `fragments/<id>.xml`, `<id>.xml`. */
function xmlFragment(context: RuleContext, dir: string, id: string): PolicyDocument | undefined {
  if (!/^[A-Za-z0-9._-]+$/.test(id)) return undefined;
  let d = dir;
  for (let up = 0; up < 5; up++) {
    for (const candidate of [
      path.join(d, 'policy fragments', id, 'policy.xml'),
      path.join(d, 'policyFragments', id, 'policy.xml'),
      path.join(d, 'fragments', id, 'policy.xml'),
      path.join(d, 'fragments', `${id}.xml`),
      path.join(d, `${id}.xml`),
    ]) {
      const text = context.workspace.readFile(candidate);
      if (text !== undefined && isPolicyXml(text)) {
        const doc = parsePolicy(text);
        if (doc.kind === 'fragment') return doc;
      }
    }
    const parent = path.dirname(d);
    if (parent === d) break;
    d = parent;
  }
  return undefined;
}

/** The inbound section's direct `<base/>`, if any. */
export function baseOf(inbound: PolicyElement): PolicyElement | undefined {
  return inbound.children.find((c) => c.name === 'base');
}

/**
 * Follows `<base/>` up the parents: validated when a parent validates on every path; stops at a
 * parent whose inbound has no `<base/>` (the chain ends there, so it is complete).
 */
export function parentsValidate(place: PolicyPlace): { validated: boolean; complete: boolean; by?: string } {
  for (const parent of place.parents) {
    if (!parent.doc) return { validated: false, complete: false };
    const inbound = section(parent.doc, 'inbound');
    if (!inbound) continue;
    if (validatesCaller(inbound.children, place.fragments).validated) return { validated: true, complete: true, by: parent.describe };
    if (!baseOf(inbound)) return { validated: false, complete: true };
  }
  return { validated: false, complete: place.complete };
}

/**
 * A policy file loaded by a Bicep file (`value: loadTextContent('policies/api.xml')`) or a
 * Terraform file (`xml_content = file("${path.module}/policies/api.xml")`) in its own folder or up
 * to three folders above: its scope and parents are those of that resource.
 */
function ownerPlace(context: RuleContext, filePath: string): PolicyPlace | undefined {
  const name = path.basename(filePath);
  let dir = path.dirname(filePath);
  for (let up = 0; up < 4; up++) {
    for (const entry of context.workspace.listDir(dir)) {
      const lower = entry.toLowerCase();
      if (!lower.endsWith('.bicep') && !lower.endsWith('.tf')) continue;
      const hostPath = path.join(dir, entry);
      const text = context.workspace.readFile(hostPath);
      if (!text || !text.includes(name) || !/loadTextContent|\bfile\(|templatefile\(/.test(text)) continue;
      const owner = policiesOfHost(hostPath, text).find((p) => p.loadPath !== undefined && path.resolve(dir, p.loadPath) === path.resolve(filePath));
      if (owner) return hostPlace(context, hostPath, owner.index);
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

import * as path from 'node:path';
import { hclAttribute, hclBlocks, parseHcl, type HclAttribute, type HclExpression, type HclFile } from '../../engine/parsers/hcl';
import type { WorkspaceReader } from '../../engine/workspace-reader';

/**
 * What a Terraform expression evaluates to, within one module directory:
 * - `known`: a literal, reached through `var.x` defaults, `terraform.tfvars` / `*.auto.tfvars`
 *   values, `local.x`, conditionals and `!`;
 * - `caller`: it depends on a variable without default or tfvars value (the caller decides);
 * - `unknown`: anything else (resource attributes, function calls…).
 * `source` says where a decisive value was written, so fixes edit only what is in the linted file.
 */
export type TfValue =
  | { state: 'known'; value: unknown; source?: TfSource }
  | { state: 'caller'; variable: string }
  | { state: 'unknown' };

/** Where a variable's decisive value lives. */
export interface TfSource {
  kind: 'default' | 'tfvars';
  variable: string;
  file: string;
  /** The value expression (in `file`). */
  node: HclExpression;
}

/** The `.tf` files of one module directory (the linted file from the engine's cache) and its auto-loaded tfvars. */
export interface TfModuleScope {
  filePath: string;
  file: HclFile;
  workspace: WorkspaceReader;
  /** Lazily loaded sibling files. */
  siblings?: { path: string; file: HclFile }[];
  tfvars?: { path: string; file: HclFile }[];
}

/** Sibling files read per directory at most (a guard against huge generated folders). */
const MAX_SIBLINGS = 200;

function siblings(scope: TfModuleScope): { path: string; file: HclFile }[] {
  if (scope.siblings) return scope.siblings;
  const dir = path.dirname(scope.filePath);
  const out = [{ path: scope.filePath, file: scope.file }];
  const tfvars: { path: string; file: HclFile }[] = [];
  for (const name of scope.workspace.listDir(dir).slice(0, MAX_SIBLINGS)) {
    const p = path.join(dir, name);
    const lower = name.toLowerCase();
    const isTf = lower.endsWith('.tf') && p !== scope.filePath;
    // Terraform loads these automatically for a root module; `-var-file` files are not followed.
    const isTfvars = lower === 'terraform.tfvars' || lower.endsWith('.auto.tfvars');
    if (!isTf && !isTfvars) continue;
    const text = scope.workspace.readFile(p);
    if (text === undefined || (isTf && !/\b(?:variable|locals)\b/.test(text))) continue;
    (isTf ? out : tfvars).push({ path: p, file: parseHcl(text) });
  }
  scope.siblings = out;
  scope.tfvars = tfvars.sort((a, b) => a.path.localeCompare(b.path));
  return out;
}

const MAX_DEPTH = 16;

export function evaluateTf(expr: HclExpression | undefined, scope: TfModuleScope, depth = 0): TfValue {
  if (!expr || depth > MAX_DEPTH) return { state: 'unknown' };
  switch (expr.kind) {
    case 'bool':
    case 'number':
      return { state: 'known', value: expr.value };
    case 'null':
      return { state: 'known', value: null };
    case 'template': {
      if (expr.parts.length === 1 && expr.parts[0].kind === 'interpolation') return evaluateTf(expr.parts[0].expression, scope, depth + 1);
      if (expr.parts.every((p) => p.kind === 'literal')) {
        const s = expr.parts.map((p) => (p.kind === 'literal' ? p.value : '')).join('');
        // Terraform converts "true"/"false" to bool where a bool is expected.
        return { state: 'known', value: s === 'true' ? true : s === 'false' ? false : s };
      }
      return { state: 'unknown' };
    }
    case 'paren':
      return evaluateTf(expr.expression, scope, depth + 1);
    case 'unary': {
      const v = evaluateTf(expr.operand, scope, depth + 1);
      if (v.state === 'known' && expr.operator === '!' && typeof v.value === 'boolean') return { state: 'known', value: !v.value, source: v.source };
      return v.state === 'caller' ? v : { state: 'unknown' };
    }
    case 'conditional': {
      const c = evaluateTf(expr.condition, scope, depth + 1);
      if (c.state === 'known' && typeof c.value === 'boolean') return evaluateTf(c.value ? expr.whenTrue : expr.whenFalse, scope, depth + 1);
      const a = evaluateTf(expr.whenTrue, scope, depth + 1);
      const b = evaluateTf(expr.whenFalse, scope, depth + 1);
      if (a.state === 'known' && b.state === 'known' && a.value === b.value) return { state: 'known', value: a.value };
      return c.state === 'caller' ? c : a.state === 'caller' ? a : b.state === 'caller' ? b : { state: 'unknown' };
    }
    case 'binary': {
      const l = evaluateTf(expr.left, scope, depth + 1);
      const r = evaluateTf(expr.right, scope, depth + 1);
      if (l.state !== 'known' || r.state !== 'known') return l.state === 'caller' ? l : r.state === 'caller' ? r : { state: 'unknown' };
      switch (expr.operator) {
        case '==':
          return { state: 'known', value: l.value === r.value };
        case '!=':
          return { state: 'known', value: l.value !== r.value };
        case '&&':
          return { state: 'known', value: l.value === true && r.value === true };
        case '||':
          return { state: 'known', value: l.value === true || r.value === true };
        default:
          return { state: 'unknown' };
      }
    }
    case 'getattr': {
      if (expr.object.kind !== 'identifier') return { state: 'unknown' };
      const root = expr.object.name;
      const name = expr.name.name;
      if (root === 'var') return variableValue(name, scope, depth);
      if (root === 'local') {
        for (const s of siblings(scope)) {
          for (const b of hclBlocks(s.file.body, 'locals')) {
            const a = hclAttribute(b.body, name);
            if (a) return evaluateTf(a.value, scope, depth + 1);
          }
        }
      }
      return { state: 'unknown' };
    }
    default:
      return { state: 'unknown' };
  }
}

function variableValue(name: string, scope: TfModuleScope, depth: number): TfValue {
  const files = siblings(scope);
  // Later tfvars files win (Terraform loads *.auto.tfvars in lexical order after terraform.tfvars).
  const tfvars = [...(scope.tfvars ?? [])].sort((a, b) => rank(a.path) - rank(b.path) || a.path.localeCompare(b.path));
  for (let i = tfvars.length - 1; i >= 0; i--) {
    const a = hclAttribute(tfvars[i].file.body, name);
    if (a) return withSource(evaluateTf(a.value, scope, depth + 1), { kind: 'tfvars', variable: name, file: tfvars[i].path, node: a.value });
  }
  for (const s of files) {
    const v = hclBlocks(s.file.body, 'variable', name)[0];
    if (!v) continue;
    const def: HclAttribute | undefined = hclAttribute(v.body, 'default');
    // No default: the caller must pass it. (`default = null` is a value: the provider's default applies.)
    if (!def) return { state: 'caller', variable: name };
    return withSource(evaluateTf(def.value, scope, depth + 1), { kind: 'default', variable: name, file: s.path, node: def.value });
  }
  return { state: 'caller', variable: name };
}

function rank(p: string): number {
  return path.basename(p).toLowerCase() === 'terraform.tfvars' ? 0 : 1;
}

function withSource(v: TfValue, source: TfSource): TfValue {
  return v.state === 'known' ? { ...v, source: v.source ?? source } : v;
}

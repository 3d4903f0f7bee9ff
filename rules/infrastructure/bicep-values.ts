import {
  type BicepDeclaration,
  type BicepExpression,
  type BicepFile,
} from '../../engine/parsers/bicep';

/**
 * What a Bicep expression evaluates to, as far as a linter can tell without deploying:
 * - `known`: a literal value (bool, string, number, null), reached through params with defaults,
 *   vars, ternaries, `!`, comparisons and `??`;
 * - `caller`: it depends on params without a default (the caller decides), named in `params`;
 * - `unknown`: something we cannot evaluate (function calls, resource properties…).
 * `via` names the params of the evaluated file whose values (defaults or caller values) decided it.
 */
export type BicepValue =
  | { state: 'known'; value: unknown; via: string[] }
  | { state: 'caller'; /** The undecided params, named in the outermost scope. */ params: string[]; via: string[] }
  | { state: 'unknown'; via: string[] };

/** Values a caller (a module call or a `.bicepparam` file) passes for a file's params. */
export type ParamValues = ReadonlyMap<string, BicepValue>;

/** Where a file's symbols are looked up. */
export interface BicepScope {
  file: BicepFile;
  /** Values given by the caller; they win over the params' defaults. */
  params?: ParamValues;
}

const MAX_EVAL_DEPTH = 32;

export function known(value: unknown, via: string[] = []): BicepValue {
  return { state: 'known', value, via };
}

const UNKNOWN: BicepValue = { state: 'unknown', via: [] };

/** The same value, recorded as decided (also) by `params`. */
function through(v: BicepValue, params: string[]): BicepValue {
  return { ...v, via: [...new Set([...v.via, ...params])] };
}

/** The top-level declaration named `name` of `kind`. */
export function declarationNamed<K extends BicepDeclaration['kind']>(file: BicepFile, kind: K, name: string): Extract<BicepDeclaration, { kind: K }> | undefined {
  return file.declarations.find((d) => d.kind === kind && d.name?.name === name) as Extract<BicepDeclaration, { kind: K }> | undefined;
}

/** Evaluates `expr` in `scope`. Never throws; cycles and deep chains end as `unknown`. */
export function evaluate(expr: BicepExpression | undefined, scope: BicepScope, depth = 0): BicepValue {
  if (!expr || depth > MAX_EVAL_DEPTH) return UNKNOWN;
  switch (expr.kind) {
    case 'bool':
    case 'number':
      return known(expr.value);
    case 'string':
      return known(expr.value);
    case 'null':
      return known(null);
    case 'paren':
      return evaluate(expr.expression, scope, depth + 1);
    case 'identifier': {
      const name = expr.name;
      const given = scope.params?.get(name);
      const param = declarationNamed(scope.file, 'param', name);
      if (param) {
        // The caller's value wins over the default; either way this param decided it.
        if (given) return { ...given, via: [name] };
        if (!param.value) return { state: 'caller', params: [name], via: [name] };
        return through(evaluate(param.value, scope, depth + 1), [name]);
      }
      const v = declarationNamed(scope.file, 'var', name);
      if (v) return evaluate(v.value, scope, depth + 1);
      return UNKNOWN;
    }
    case 'unary': {
      const v = evaluate(expr.operand, scope, depth + 1);
      if (v.state !== 'known') return v;
      if (expr.operator === '!' && typeof v.value === 'boolean') return known(!v.value, v.via);
      if (expr.operator === '-' && typeof v.value === 'number') return known(-v.value, v.via);
      return { state: 'unknown', via: v.via };
    }
    case 'ternary': {
      const c = evaluate(expr.condition, scope, depth + 1);
      if (c.state === 'known' && typeof c.value === 'boolean') {
        return through(evaluate(c.value ? expr.whenTrue : expr.whenFalse, scope, depth + 1), c.via);
      }
      // Both branches agree: the condition does not matter.
      const a = evaluate(expr.whenTrue, scope, depth + 1);
      const b = evaluate(expr.whenFalse, scope, depth + 1);
      if (a.state === 'known' && b.state === 'known' && a.value === b.value) return known(a.value, [...a.via, ...b.via]);
      return merge(c, merge(a, b));
    }
    case 'binary': {
      const l = evaluate(expr.left, scope, depth + 1);
      if (expr.operator === '??') {
        if (l.state === 'known') return l.value === null ? through(evaluate(expr.right, scope, depth + 1), l.via) : l;
        return merge(l, evaluate(expr.right, scope, depth + 1));
      }
      const r = evaluate(expr.right, scope, depth + 1);
      if (l.state !== 'known' || r.state !== 'known') {
        // Short-circuit on a known side of && / ||.
        if (expr.operator === '&&' && l.state === 'known' && l.value === false) return l;
        if (expr.operator === '&&' && r.state === 'known' && r.value === false) return r;
        if (expr.operator === '||' && l.state === 'known' && l.value === true) return l;
        if (expr.operator === '||' && r.state === 'known' && r.value === true) return r;
        return merge(l, r);
      }
      const via = [...l.via, ...r.via];
      const lv = l.value;
      const rv = r.value;
      const ci = (x: unknown) => (typeof x === 'string' ? x.toLowerCase() : x);
      switch (expr.operator) {
        case '==':
          return known(lv === rv, via);
        case '!=':
          return known(lv !== rv, via);
        case '=~':
          return known(ci(lv) === ci(rv), via);
        case '!~':
          return known(ci(lv) !== ci(rv), via);
        case '&&':
          return typeof lv === 'boolean' && typeof rv === 'boolean' ? known(lv && rv, via) : { state: 'unknown', via };
        case '||':
          return typeof lv === 'boolean' && typeof rv === 'boolean' ? known(lv || rv, via) : { state: 'unknown', via };
        default:
          return { state: 'unknown', via };
      }
    }
    default:
      return UNKNOWN;
  }
}

/** Combines two non-decisive results: caller-dependence wins over unknown (it is more useful). */
function merge(a: BicepValue, b: BicepValue): BicepValue {
  const via = [...new Set([...a.via, ...b.via])];
  const params = [...(a.state === 'caller' ? a.params : []), ...(b.state === 'caller' ? b.params : [])];
  if (params.length) return { state: 'caller', params: [...new Set(params)], via };
  return { state: 'unknown', via };
}

/** Evaluates each param given in a module call's `params: { … }` in the caller's scope. */
export function moduleParamValues(params: BicepExpression | undefined, callerScope: BicepScope): Map<string, BicepValue> {
  const out = new Map<string, BicepValue>();
  if (params?.kind !== 'object') return out;
  for (const p of params.properties) {
    const key = p.key.kind === 'identifier' ? p.key.name : p.key.kind === 'string' ? p.key.value : undefined;
    if (key) out.set(key, evaluate(p.value, callerScope));
  }
  return out;
}

/** Params a `.bicepparam` file assigns, evaluated in that file (it may use its own vars). */
export function bicepparamValues(paramFile: BicepFile): Map<string, BicepValue> {
  const out = new Map<string, BicepValue>();
  const scope: BicepScope = { file: paramFile };
  for (const d of paramFile.declarations) {
    if (d.kind === 'param' && d.value) out.set(d.name.name, evaluate(d.value, scope));
  }
  return out;
}

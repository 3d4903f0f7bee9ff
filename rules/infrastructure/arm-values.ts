import { propertyValue, valueOf, type JsonNode } from '../../engine/parsers/json';

/**
 * ARM template expressions (`"[parameters('x')]"`) evaluated as far as a linter can: parameters
 * (caller value, else `defaultValue`), variables, `not`, `equals`, `if`, `and`, `or`, `bool`,
 * `true()`/`false()` and literals. Anything else is `unknown`; a parameter without default is
 * `caller`. `via` names the parameters whose defaults decided a value (so a fix can flip one).
 */
export type ArmValue =
  | { state: 'known'; value: unknown; via: string[] }
  | { state: 'caller'; params: string[] }
  | { state: 'unknown' };

/** A template's `parameters` and `variables` objects. */
export interface ArmScope {
  parameters: JsonNode | undefined;
  variables: JsonNode | undefined;
}

type Ast =
  | { kind: 'lit'; value: unknown }
  | { kind: 'call'; name: string; args: Ast[] }
  | { kind: 'member'; object: Ast; name: string }
  | { kind: 'index'; object: Ast; index: Ast };

const MAX_DEPTH = 24;

/** Evaluates a JSON node: a literal, or a string holding a `[…]` expression. */
export function evaluateArm(node: JsonNode | undefined, scope: ArmScope, depth = 0): ArmValue {
  if (!node || depth > MAX_DEPTH) return { state: 'unknown' };
  if (node.type === 'string') return evaluateString(node.value as string, scope, depth);
  if (node.type === 'boolean' || node.type === 'number' || node.type === 'null') return { state: 'known', value: node.value, via: [] };
  return { state: 'known', value: valueOf(node), via: [] };
}

function evaluateString(s: string, scope: ArmScope, depth: number): ArmValue {
  if (s.startsWith('[[')) return { state: 'known', value: s.slice(1), via: [] };
  if (!(s.startsWith('[') && s.endsWith(']'))) return { state: 'known', value: s, via: [] };
  const ast = parseExpression(s.slice(1, -1));
  return ast ? evalAst(ast, scope, depth + 1) : { state: 'unknown' };
}

function evalAst(a: Ast, scope: ArmScope, depth: number): ArmValue {
  if (depth > MAX_DEPTH) return { state: 'unknown' };
  if (a.kind === 'lit') return { state: 'known', value: a.value, via: [] };
  if (a.kind !== 'call') return { state: 'unknown' };
  const name = a.name.toLowerCase();
  const arg = (i: number) => (a.args[i] ? evalAst(a.args[i], scope, depth + 1) : ({ state: 'unknown' } as ArmValue));
  switch (name) {
    case 'true':
      return { state: 'known', value: true, via: [] };
    case 'false':
      return { state: 'known', value: false, via: [] };
    case 'parameters':
    case 'variables': {
      const key = arg(0);
      if (key.state !== 'known' || typeof key.value !== 'string') return { state: 'unknown' };
      if (name === 'variables') return evaluateArm(propertyValue(scope.variables, key.value, true), scope, depth + 1);
      const decl = propertyValue(scope.parameters, key.value, true);
      if (!decl) return { state: 'unknown' };
      const def = propertyValue(decl, 'defaultValue');
      if (!def) return { state: 'caller', params: [key.value] };
      const v = evaluateArm(def, scope, depth + 1);
      return v.state === 'known' ? { ...v, via: [...v.via, key.value] } : v;
    }
    case 'not': {
      const v = arg(0);
      return v.state === 'known' && typeof v.value === 'boolean' ? { ...v, value: !v.value } : v.state === 'caller' ? v : { state: 'unknown' };
    }
    case 'bool': {
      const v = arg(0);
      if (v.state !== 'known') return v;
      if (typeof v.value === 'boolean') return v;
      if (v.value === 'true' || v.value === 'false') return { ...v, value: v.value === 'true' };
      return { state: 'unknown' };
    }
    case 'if': {
      const c = arg(0);
      if (c.state === 'known' && typeof c.value === 'boolean') {
        const r = arg(c.value ? 1 : 2);
        return r.state === 'known' ? { ...r, via: [...c.via, ...r.via] } : r;
      }
      const t = arg(1);
      const f = arg(2);
      if (t.state === 'known' && f.state === 'known' && t.value === f.value) return t;
      return c.state === 'caller' ? c : t.state === 'caller' ? t : f.state === 'caller' ? f : { state: 'unknown' };
    }
    case 'equals':
    case 'and':
    case 'or': {
      const vals = a.args.map((x) => evalAst(x, scope, depth + 1));
      const caller = vals.find((v) => v.state === 'caller');
      if (vals.some((v) => v.state !== 'known')) return caller ?? { state: 'unknown' };
      const ks = vals as Extract<ArmValue, { state: 'known' }>[];
      const via = ks.flatMap((v) => v.via);
      if (name === 'equals') return { state: 'known', value: ks.length === 2 && ks[0].value === ks[1].value, via };
      if (name === 'and') return { state: 'known', value: ks.every((v) => v.value === true), via };
      return { state: 'known', value: ks.some((v) => v.value === true), via };
    }
    default:
      return { state: 'unknown' };
  }
}

/** Parses the inside of `[…]`; undefined on anything it does not understand. */
function parseExpression(src: string): Ast | undefined {
  let i = 0;
  const ws = () => {
    while (i < src.length && /\s/.test(src[i])) i++;
  };
  const parse = (depth: number): Ast | undefined => {
    if (depth > MAX_DEPTH) return undefined;
    ws();
    let node: Ast | undefined;
    if (src[i] === "'") {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) return undefined;
        if (src[i] === "'") {
          if (src[i + 1] === "'") {
            s += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i++];
      }
      node = { kind: 'lit', value: s };
    } else if (/[-0-9]/.test(src[i] ?? '')) {
      const m = /^-?\d+(\.\d+)?/.exec(src.slice(i));
      if (!m) return undefined;
      i += m[0].length;
      node = { kind: 'lit', value: Number(m[0]) };
    } else {
      const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i));
      if (!m) return undefined;
      i += m[0].length;
      ws();
      if (src[i] !== '(') return undefined;
      i++;
      const args: Ast[] = [];
      ws();
      if (src[i] === ')') i++;
      else
        for (;;) {
          const arg = parse(depth + 1);
          if (!arg) return undefined;
          args.push(arg);
          ws();
          if (src[i] === ',') i++;
          else if (src[i] === ')') {
            i++;
            break;
          } else return undefined;
        }
      node = { kind: 'call', name: m[0], args };
    }
    for (;;) {
      ws();
      if (src[i] === '.') {
        const m = /^\.([A-Za-z_$][A-Za-z0-9_$]*)/.exec(src.slice(i));
        if (!m) return undefined;
        i += m[0].length;
        node = { kind: 'member', object: node, name: m[1] };
      } else if (src[i] === '[') {
        i++;
        const index = parse(depth + 1);
        ws();
        if (!index || src[i] !== ']') return undefined;
        i++;
        node = { kind: 'index', object: node, index };
      } else return node;
    }
  };
  const ast = parse(0);
  ws();
  return ast && i === src.length ? ast : undefined;
}

import type { Parser } from '../../rule';
import type { HclAttribute, HclBlock, HclBody, HclExpression, HclFile, HclHeredoc, HclTemplatePart } from './ast';
import { parseHcl } from './parser';

export * from './ast';
export { parseHcl };

/** Tolerant HCL (Terraform) parser (hand-written; see parser.ts). Never throws. */
export const hclParser: Parser<HclFile> = {
  id: 'hcl',
  parse(file) {
    return parseHcl(file.text);
  },
  syntaxErrors: (parsed) => parsed.errors,
};

/** The attribute `name` directly in `body` (the last one wins, as duplicates are an error in HCL). */
export function hclAttribute(body: HclBody | undefined, name: string): HclAttribute | undefined {
  if (!body) return undefined;
  for (let i = body.attributes.length - 1; i >= 0; i--) if (body.attributes[i].name.name === name) return body.attributes[i];
  return undefined;
}

/** Blocks of `type` directly in `body`, optionally with the given first label. */
export function hclBlocks(body: HclBody | undefined, type: string, firstLabel?: string): HclBlock[] {
  if (!body) return [];
  return body.blocks.filter((b) => b.type.name === type && (firstLabel === undefined || b.labels[0]?.value === firstLabel));
}

/**
 * A traversal as names: `var.x` → ['var', 'x'], `azurerm_x.y.primary_access_key` → [...]; index
 * steps with literal keys are included as their value; undefined for anything else.
 */
export function traversalPath(expr: HclExpression | undefined): string[] | undefined {
  const out: string[] = [];
  let e = expr;
  while (e) {
    if (e.kind === 'identifier') {
      out.unshift(e.name);
      return out;
    }
    if (e.kind === 'getattr') {
      out.unshift(e.name.name);
      e = e.object;
    } else if (e.kind === 'index') {
      const key = e.key ? literalValue(e.key) : '*';
      if (key === undefined) return undefined;
      out.unshift(String(key));
      e = e.object;
    } else return undefined;
  }
  return undefined;
}

/** The value of a string template without interpolations, or undefined. */
export function hclStringValue(expr: HclExpression | undefined): string | undefined {
  if (!expr) return undefined;
  if (expr.kind === 'template') return literalParts(expr.parts);
  if (expr.kind === 'heredoc') {
    const value = literalParts(expr.parts);
    return value === undefined || !expr.indented ? value : stripIndent(value);
  }
  return undefined;
}

function literalParts(parts: HclTemplatePart[]): string | undefined {
  let s = '';
  for (const p of parts) {
    if (p.kind !== 'literal') return undefined;
    s += p.value;
  }
  return s;
}

/** `<<-` heredocs drop the indentation all non-blank lines share. */
function stripIndent(value: string): string {
  const lines = value.split('\n');
  let min = Infinity;
  for (const l of lines) if (l.trim()) min = Math.min(min, /^[ \t]*/.exec(l)![0].length);
  if (!isFinite(min) || min === 0) return value;
  return lines.map((l) => l.slice(Math.min(min, /^[ \t]*/.exec(l)![0].length))).join('\n');
}

/** A literal's JS value (string, number, bool, null) or undefined when it is not a literal. */
export function literalValue(expr: HclExpression | undefined): string | number | boolean | null | undefined {
  if (!expr) return undefined;
  switch (expr.kind) {
    case 'bool':
    case 'number':
      return expr.value;
    case 'null':
      return null;
    case 'template':
    case 'heredoc':
      return hclStringValue(expr);
    case 'paren':
      return literalValue(expr.expression);
    default:
      return undefined;
  }
}

/** An object constructor's item with key `name` (identifier or string key). */
export function hclObjectItem(expr: HclExpression | undefined, name: string): { key: HclExpression; value: HclExpression; start: number; end: number } | undefined {
  if (!expr || expr.kind !== 'object') return undefined;
  for (let i = expr.items.length - 1; i >= 0; i--) {
    const k = expr.items[i].key;
    const kn = k.kind === 'identifier' ? k.name : hclStringValue(k);
    if (kn === name) return expr.items[i];
  }
  return undefined;
}

/** The heredoc's raw content (as written, before `<<-` indentation stripping). */
export function heredocContent(text: string, node: HclHeredoc): string {
  return text.slice(node.contentStart, node.contentEnd);
}

/** Calls `visit` on every expression below `node` (pre-order), including `node`. */
export function walkHclExpression(node: HclExpression | undefined, visit: (n: HclExpression) => void): void {
  if (!node) return;
  const stack: HclExpression[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    visit(n);
    const kids: HclExpression[] = [];
    switch (n.kind) {
      case 'template':
      case 'heredoc':
        for (const p of n.parts) if (p.kind === 'interpolation') kids.push(p.expression);
        break;
      case 'getattr':
        kids.push(n.object);
        break;
      case 'index':
        kids.push(n.object);
        if (n.key) kids.push(n.key);
        break;
      case 'call':
        kids.push(...n.args);
        break;
      case 'object':
        for (const it of n.items) kids.push(it.key, it.value);
        break;
      case 'tuple':
        kids.push(...n.items);
        break;
      case 'for':
        kids.push(n.collection);
        if (n.key) kids.push(n.key);
        kids.push(n.value);
        if (n.condition) kids.push(n.condition);
        break;
      case 'conditional':
        kids.push(n.condition, n.whenTrue, n.whenFalse);
        break;
      case 'binary':
        kids.push(n.left, n.right);
        break;
      case 'unary':
        kids.push(n.operand);
        break;
      case 'paren':
        kids.push(n.expression);
        break;
    }
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

/** Every block in the file, depth-first (nested blocks included). */
export function allBlocks(body: HclBody): HclBlock[] {
  const out: HclBlock[] = [];
  const stack = [...body.blocks].reverse();
  while (stack.length) {
    const b = stack.pop()!;
    out.push(b);
    for (let i = b.body.blocks.length - 1; i >= 0; i--) stack.push(b.body.blocks[i]);
  }
  return out;
}



import type { SyntaxNode } from '@lezer/common';
import { children, expressionsStartingWith, namesFor, constantString, qualifiedName, readCall, resolveName, type PyModule } from '../../engine/parsers/python';

/** A read of an environment variable by a constant name. */
export interface EnvRead {
  /** The whole read expression (`os.getenv("X")`, `os.environ["X"]`). */
  node: SyntaxNode;
  name: string;
}

const GETTERS = new Set(['os.getenv', 'os.environ.get']);

/**
 * Reads `node` as an environment-variable read: `os.getenv("X")`, `os.environ.get("X", d)`,
 * `os.environ["X"]`, and the same through `from os import environ, getenv` or `import os as o`.
 */
export function envRead(mod: PyModule, node: SyntaxNode): EnvRead | undefined {
  if (node.name === 'CallExpression') {
    const call = readCall(mod, node);
    if (!call) return undefined;
    const callee = qualifiedName(mod, call.callee);
    if (!callee || !GETTERS.has(callee)) return undefined;
    const first = call.args[0];
    if (!first || (first.kind !== 'positional' && !(first.kind === 'keyword' && (first.name === 'key' || first.name === 'name')))) return undefined;
    const name = constantString(mod, first.value);
    return name === undefined ? undefined : { node, name };
  }
  if (node.name === 'MemberExpression') {
    const kids = children(node);
    if (kids.length < 4 || kids[1].name !== '[' || kids[kids.length - 1].name !== ']') return undefined;
    if (qualifiedName(mod, kids[0]) !== 'os.environ') return undefined;
    const name = constantString(mod, kids[2]);
    return name === undefined ? undefined : { node, name };
  }
  return undefined;
}

/** Every environment read in the module, in source order. */
export function allEnvReads(mod: PyModule): EnvRead[] {
  // A read's expression starts with a name that is (or is imported from) `os`: only those
  // expressions are looked at, found from the text, not the whole tree.
  const out: EnvRead[] = [];
  let insideTo = -1;
  // Pre-order: a read's inner calls and subscripts come right after it, and are not reads of their own.
  for (const node of expressionsStartingWith(mod, namesFor(mod, 'os'))) {
    if (node.from < insideTo) continue;
    const read = envRead(mod, node);
    if (read) {
      out.push(read);
      insideTo = node.to;
    }
  }
  return out;
}

/** At most this many `a = b` hops are followed from a key argument back to its value. */
const MAX_HOPS = 4;

/**
 * The values a name takes through simple same-scope assignments, nearest first:
 * `api_key=key` with `key = os.environ["X"]` gives `[os.environ["X"]]`; a non-name gives `[]`.
 */
export function nameFlow(mod: PyModule, value: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  let current = value;
  for (let i = 0; i < MAX_HOPS && current.name === 'VariableName'; i++) {
    const next = resolveName(mod, current);
    if (!next || out.some((n) => n.from === next.from && n.to === next.to)) break;
    out.push(next);
    current = next;
  }
  return out;
}

/** The environment variable a key expression reads, directly or through local names (`api_key = os.getenv("X")`). */
export function envSourceOf(mod: PyModule, value: SyntaxNode): string | undefined {
  for (const node of [value, ...nameFlow(mod, value)]) {
    const read = envRead(mod, node);
    if (read) return read.name;
  }
  return undefined;
}

/** ` (read from X)` for a message, when the key comes from environment variable X; else empty. */
export function envSourceNote(mod: PyModule, value: SyntaxNode): string {
  const name = envSourceOf(mod, value);
  return name ? `, read from ${name}` : '';
}

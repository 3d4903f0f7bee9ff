import type { SyntaxNode } from '@lezer/common';
import { children, constantString, qualifiedName, readCall, type PyModule } from '../../engine/parsers/python';

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
  const out: EnvRead[] = [];
  mod.tree.topNode.cursor().iterate((ref) => {
    if (ref.name !== 'CallExpression' && ref.name !== 'MemberExpression') return;
    const read = envRead(mod, ref.node);
    if (read) {
      out.push(read);
      return false;
    }
  });
  return out;
}

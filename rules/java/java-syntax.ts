/** What the Java rules share: environment reads and the expressions a value flows from. */
import { argumentsOf, childByField, methodName, nodeText, walk, type JavaTree } from '../../engine/parsers/java';
import type { SyntaxNode } from '../../engine/parsers/tree-sitter';
import { constantString } from './azure-clients';

/** `System.getenv("X")` (or `getenv("X")` through `import static java.lang.System.getenv`), with X. */
export interface JavaEnvRead {
  node: SyntaxNode;
  name: string;
}

export function envReads(tree: JavaTree): JavaEnvRead[] {
  const staticGetenv = tree.imports.some((i) => i.isStatic && (i.path === 'java.lang.System.getenv' || (i.wildcard && i.path === 'java.lang.System')));
  const out: JavaEnvRead[] = [];
  for (const inv of tree.invocations) {
    if (methodName(tree, inv) !== 'getenv') continue;
    const object = childByField(inv, 'object');
    const objectText = object ? nodeText(tree.file, object) : undefined;
    if (objectText !== undefined ? objectText !== 'System' && objectText !== 'java.lang.System' : !staticGetenv) continue;
    const name = constantString(tree, argumentsOf(inv)[0]);
    if (name !== undefined) out.push({ node: inv, name });
  }
  return out;
}

/** `node` and the values of the names in it that are declared once in the file, a few hops deep. */
export function flowsInto(tree: JavaTree, node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const queue = [node];
  while (queue.length && out.length < 16) {
    const n = queue.shift()!;
    if (out.includes(n)) continue;
    out.push(n);
    for (const id of walk(n)) {
      if (id.type !== 'identifier') continue;
      const values = tree.declarations.get(nodeText(tree.file, id)) ?? [];
      if (values.length === 1 && !out.includes(values[0])) queue.push(values[0]);
    }
  }
  return out;
}

/**
 * C# parser: tree-sitter-c-sharp (WebAssembly), see ./tree-sitter.ts for how grammars are loaded
 * and trees detached.
 */
import type { Parser } from '../rule';
import type { SourceFile } from '../source';
import { childByField, locateWasm, nodeText, treeSitterParser, walk, type SyntaxNode, type SyntaxTree } from './tree-sitter';

export { childByField, locateWasm, nodeText, walk };

/** A named C# syntax node, detached from tree-sitter. */
export type CsNode = SyntaxNode;

/** A parsed C# file. */
export interface CsTree extends SyntaxTree {
  /**
   * Variable declarators, parameters and properties by declared name, in document order: lets
   * rules resolve a name without walking the whole tree for every use.
   */
  declarations: ReadonlyMap<string, readonly CsNode[]>;
}

const DECLARATION_TYPES = new Set(['variable_declarator', 'parameter', 'property_declaration']);

function indexDeclarations(file: SourceFile, root: CsNode): Map<string, CsNode[]> {
  const index = new Map<string, CsNode[]>();
  for (const n of walk(root)) {
    if (!DECLARATION_TYPES.has(n.type)) continue;
    const name = n.children.find((c) => c.field === 'name');
    if (!name) continue;
    const key = file.text.slice(name.start, name.end);
    const list = index.get(key);
    if (list) list.push(n);
    else index.set(key, [n]);
  }
  return index;
}

/** The C# parser, shared by every C# rule (one parse per file). */
export const csharpParser: Parser<CsTree> = treeSitterParser(
  { id: 'csharp', language: 'C#', grammarFile: 'tree-sitter-c_sharp.wasm', moduleRequest: 'tree-sitter-c-sharp/tree-sitter-c_sharp.wasm' },
  (tree) => ({ ...tree, declarations: indexDeclarations(tree.file, tree.root) }),
);

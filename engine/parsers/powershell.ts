/**
 * PowerShell parser: tree-sitter-powershell (WebAssembly), see ./tree-sitter.ts for how grammars
 * are loaded and trees detached. The tree carries the script's variables (`$env:X` included) and
 * commands, which every PowerShell rule asks first.
 */
import type { Parser } from '../rule';
import type { SourceFile } from '../source';
import { childByField, nodeText, treeSitterParser, walk, type SyntaxNode, type SyntaxTree } from './tree-sitter';

export { childByField, nodeText, walk };

/** A parsed PowerShell script. */
export interface PsTree extends SyntaxTree {
  /** `variable` nodes in document order. */
  variables: readonly SyntaxNode[];
  /** `command` nodes (cmdlet and function calls) in document order. */
  commands: readonly SyntaxNode[];
}

function index(tree: SyntaxTree): PsTree {
  const variables: SyntaxNode[] = [];
  const commands: SyntaxNode[] = [];
  for (const n of walk(tree.root)) {
    if (n.type === 'variable') variables.push(n);
    else if (n.type === 'command') commands.push(n);
  }
  return { ...tree, variables, commands };
}

/** The PowerShell parser, shared by every PowerShell rule (one parse per file). */
export const powershellParser: Parser<PsTree> = treeSitterParser(
  { id: 'powershell', language: 'PowerShell', grammarFile: 'tree-sitter-powershell.wasm', moduleRequest: 'tree-sitter-powershell/tree-sitter-powershell.wasm' },
  index,
);

/**
 * The value of a string literal that needs no evaluation: a verbatim `'...'` string, or an
 * expandable `"..."` one without variables or sub-expressions. Undefined otherwise.
 */
export function constantString(file: SourceFile, node: SyntaxNode | undefined): string | undefined {
  let n = node;
  while (n && n.type !== 'string_literal' && n.children.length === 1) n = n.children[0];
  if (n?.type !== 'string_literal') return undefined;
  const text = nodeText(file, n);
  if (text.startsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
  if (text.startsWith('"') && !/[$`]/.test(text.slice(1, -1))) return text.slice(1, -1);
  return undefined;
}

/** The environment variable a `$env:NAME` / `${env:NAME}` variable names, if it is one. */
export function envVariableName(file: SourceFile, variable: SyntaxNode): string | undefined {
  const m = /^\$\{?env:([A-Za-z_][A-Za-z0-9_]*)\}?$/i.exec(nodeText(file, variable));
  return m?.[1];
}

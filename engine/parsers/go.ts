/**
 * Go parser: tree-sitter-go (WebAssembly), see ./tree-sitter.ts for how grammars are loaded and
 * trees detached. The tree carries what every Go rule asks first: the file's imports by the name
 * they bind, and its string constants.
 */
import type { Parser } from '../rule';
import type { SourceFile } from '../source';
import { childByField, nodeText, treeSitterParser, walk, type SyntaxNode, type SyntaxTree } from './tree-sitter';

export { childByField, nodeText, walk };

/** One import: the name it binds in the file (`azopenai`, an alias, `.` or `_`) and its path. */
export interface GoImport {
  name: string;
  path: string;
  /** The `import_spec` node. */
  node: SyntaxNode;
}

/** A parsed Go file. */
export interface GoTree extends SyntaxTree {
  /** Imports by the name they bind (the last path element unless aliased). */
  imports: ReadonlyMap<string, GoImport>;
  /** `const X = "..."` (package level or local) by name: the literal's value. */
  stringConstants: ReadonlyMap<string, string>;
  /** Call expressions in document order. */
  calls: readonly SyntaxNode[];
}

/** The value of a Go string literal (interpreted or raw), or undefined when `node` is not one. */
export function stringValue(file: SourceFile, node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  const text = nodeText(file, node);
  if (node.type === 'raw_string_literal') return text.slice(1, -1);
  if (node.type !== 'interpreted_string_literal') return undefined;
  try {
    return JSON.parse(text.replace(/\\'/g, "'")) as string;
  } catch {
    return text.slice(1, -1);
  }
}

/**
 * The last element of an import path that names the package: `.../azopenai` → `azopenai`;
 * a major-version suffix is skipped (`github.com/openai/openai-go/v2` → `openai-go`).
 */
function defaultImportName(importPath: string): string {
  const parts = importPath.split('/');
  let last = parts[parts.length - 1];
  if (/^v\d+$/.test(last) && parts.length > 1) last = parts[parts.length - 2];
  return last;
}

function index(tree: SyntaxTree): GoTree {
  const { file, root } = tree;
  const imports = new Map<string, GoImport>();
  const stringConstants = new Map<string, string>();
  const calls: SyntaxNode[] = [];
  for (const n of walk(root)) {
    if (n.type === 'call_expression') calls.push(n);
    else if (n.type === 'import_spec') {
      const p = stringValue(file, childByField(n, 'path'));
      if (p === undefined) continue;
      const alias = childByField(n, 'name');
      const name = alias ? nodeText(file, alias) : defaultImportName(p);
      imports.set(name, { name, path: p, node: n });
    } else if (n.type === 'const_spec') {
      const names = n.children.filter((c) => c.field === 'name');
      const values = childByField(n, 'value')?.children ?? [];
      names.forEach((name, i) => {
        const v = stringValue(file, values[i]);
        if (v !== undefined) stringConstants.set(nodeText(file, name), v);
      });
    }
  }
  return { ...tree, imports, stringConstants, calls };
}

/** The Go parser, shared by every Go rule (one parse per file). */
export const goParser: Parser<GoTree> = treeSitterParser(
  { id: 'go', language: 'Go', grammarFile: 'tree-sitter-go.wasm', moduleRequest: 'tree-sitter-go/tree-sitter-go.wasm' },
  index,
);

/**
 * The package a `pkg.Func` call goes to and the function's name, when `pkg` is an import of the
 * file: `{ path: 'github.com/openai/openai-go/azure', name: 'WithAPIKey' }`. Undefined for
 * method calls on values and local functions.
 */
export function calleeOf(tree: GoTree, call: SyntaxNode): { path: string; name: string; selector: SyntaxNode } | undefined {
  const fn = childByField(call, 'function');
  if (fn?.type !== 'selector_expression') return undefined;
  const operand = childByField(fn, 'operand');
  const field = childByField(fn, 'field');
  if (operand?.type !== 'identifier' || !field) return undefined;
  const imp = tree.imports.get(nodeText(tree.file, operand));
  if (!imp) return undefined;
  return { path: imp.path, name: nodeText(tree.file, field), selector: fn };
}

/** The argument expressions of a call, in order. */
export function argumentsOf(call: SyntaxNode): SyntaxNode[] {
  return childByField(call, 'arguments')?.children.filter((c) => c.type !== 'comment') ?? [];
}

/** True when an import path is one of the openai-go module's packages (`openai-go`, `openai-go/v2/azure`, ...). */
export function isOpenAIGoPath(importPath: string, subpackage?: string): boolean {
  const m = /^github\.com\/openai\/openai-go(?:\/v\d+)?(?:\/(.+))?$/.exec(importPath);
  return !!m && (m[1] ?? '') === (subpackage ?? '');
}

/** True for the Azure SDK's Azure OpenAI client packages (`sdk/ai/azopenai`, `sdk/cognitiveservices/azopenai`). */
export function isAzOpenAIPath(importPath: string): boolean {
  return /^github\.com\/Azure\/azure-sdk-for-go\/sdk\/(?:ai|cognitiveservices)\/azopenai(?:extensions|assistants)?$/.test(importPath);
}

/**
 * C# parser: tree-sitter-c-sharp (WebAssembly) through web-tree-sitter.
 *
 * Design notes:
 * - Loading the grammar is asynchronous (`init`, awaited by `Engine.init()`); parsing is synchronous.
 * - The tree-sitter tree lives in WebAssembly memory and must be freed by hand. `parse` copies it
 *   into plain {@link CsNode} objects (named nodes only, with their field names) and deletes the
 *   tree at once, so nothing leaks however many files are linted and rules never touch WASM objects.
 * - If the grammar cannot be loaded, `init` still resolves; `parse` then throws a clear error that
 *   the engine turns into one "Cannot parse" notice per file.
 * - Offsets are UTF-16 code units (web-tree-sitter parses JS strings as UTF-16), like the engine's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Parser } from '../rule';
import type { SourceFile } from '../source';
import { checkTimeBudget, timeBudgetExpired } from '../time-budget';
import type webTreeSitter = require('web-tree-sitter');

/** A named syntax node, detached from tree-sitter. */
export interface CsNode {
  type: string;
  /** The field this node fills in its parent (`name`, `arguments`, `type`, ...), if any. */
  field: string | null;
  start: number;
  end: number;
  parent: CsNode | null;
  children: CsNode[];
}

/** A parsed C# file. */
export interface CsTree {
  root: CsNode;
  /** True when tree-sitter had to recover from syntax errors (the tree is still usable). */
  hasError: boolean;
  /** Where tree-sitter recovered: `ERROR` nodes and (zero-width) missing tokens. */
  errors: { start: number; end: number }[];
  file: SourceFile;
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

const GRAMMAR_FILE = 'tree-sitter-c_sharp.wasm';
const RUNTIME_FILE = 'tree-sitter.wasm';

/**
 * Where a WASM file is: next to the running bundle (esbuild copies both into dist/), else in
 * node_modules.
 */
export function locateWasm(file: string, moduleRequest: string): string | undefined {
  const beside = path.join(__dirname, file);
  if (fs.existsSync(beside)) return beside;
  try {
    return require.resolve(moduleRequest);
  } catch {
    return undefined;
  }
}

interface Loaded {
  parser: webTreeSitter.Parser;
}

let loading: Promise<void> | undefined;
let loaded: Loaded | undefined;
let failure: string | undefined;

async function load(): Promise<void> {
  try {
    const runtime = locateWasm(RUNTIME_FILE, 'web-tree-sitter/tree-sitter.wasm');
    const grammar = locateWasm(GRAMMAR_FILE, `tree-sitter-c-sharp/${GRAMMAR_FILE}`);
    if (!runtime) throw new Error(`cannot find ${RUNTIME_FILE}`);
    if (!grammar) throw new Error(`cannot find ${GRAMMAR_FILE}`);
    // Required here, not imported: nothing of web-tree-sitter is evaluated until a scan has C#
    // files; and `require` makes bundlers pick its CommonJS build, which finds itself through
    // `__filename` (the ESM build needs `import.meta.url`, which a CJS bundle does not have).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Language, Parser: TreeSitter } = require('web-tree-sitter') as typeof webTreeSitter;
    await TreeSitter.init({ locateFile: () => runtime });
    const language = await Language.load(fs.readFileSync(grammar));
    const parser = new TreeSitter();
    parser.setLanguage(language);
    loaded = { parser };
  } catch (e) {
    failure = e instanceof Error ? e.message : String(e);
  }
}

/** Copies the named nodes of a tree-sitter tree into plain objects, iteratively (no recursion limit). */
function detach(tree: webTreeSitter.Tree, errors: { start: number; end: number }[]): CsNode {
  const cursor = tree.walk();
  try {
    const root: CsNode = { type: cursor.nodeType, field: null, start: cursor.startIndex, end: cursor.endIndex, parent: null, children: [] };
    // Stack of the nearest named ancestor for each depth the cursor descends into.
    const stack: CsNode[] = [root];
    let depth = 0;
    for (;;) {
      if (cursor.gotoFirstChild()) {
        depth++;
      } else {
        while (!cursor.gotoNextSibling()) {
          if (depth === 0 || !cursor.gotoParent()) return root;
          depth--;
        }
      }
      stack.length = depth;
      const parent = stack[depth - 1];
      if (cursor.nodeType === 'ERROR' || cursor.nodeIsMissing) errors.push({ start: cursor.startIndex, end: cursor.endIndex });
      if (cursor.nodeIsNamed) {
        const node: CsNode = { type: cursor.nodeType, field: cursor.currentFieldName, start: cursor.startIndex, end: cursor.endIndex, parent, children: [] };
        parent.children.push(node);
        stack.push(node);
      } else {
        // Anonymous tokens (keywords, punctuation) are skipped, but their subtree (if any) keeps
        // the same named ancestor.
        stack.push(parent);
      }
    }
  } finally {
    cursor.delete();
  }
}

/** The C# parser, shared by every C# rule (one parse per file). */
export const csharpParser: Parser<CsTree> = {
  id: 'csharp',
  init(): Promise<void> {
    return (loading ??= load());
  },
  parse(file: SourceFile): CsTree {
    if (!loaded) {
      throw new Error(failure ? `the C# grammar could not be loaded (${failure})` : 'the C# grammar is not loaded (Engine.init() was not awaited)');
    }
    // Tree-sitter's error recovery can take seconds on long broken input: its progress callback
    // cancels the parse once the file's time budget is spent (returning true cancels).
    const cancel = (() => timeBudgetExpired()) as unknown as (state: webTreeSitter.ParseState) => void;
    const tree = loaded.parser.parse(file.text, null, { progressCallback: cancel });
    if (!tree) {
      checkTimeBudget();
      throw new Error('tree-sitter returned no tree');
    }
    try {
      const errors: { start: number; end: number }[] = [];
      const root = detach(tree, errors);
      return { root, hasError: tree.rootNode.hasError, errors, file, declarations: indexDeclarations(file, root) };
    } finally {
      tree.delete();
    }
  },
  syntaxErrors: (tree) => tree.errors,
};

/** The source text of `node`. */
export function nodeText(file: SourceFile, node: CsNode): string {
  return file.text.slice(node.start, node.end);
}

/** The first child filling `field`. */
export function childByField(node: CsNode, field: string): CsNode | undefined {
  return node.children.find((c) => c.field === field);
}

/** Every node of the tree in document order (iterative pre-order walk). */
export function* walk(root: CsNode): Generator<CsNode> {
  const stack: CsNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    yield n;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
}

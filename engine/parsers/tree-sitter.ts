/**
 * Languages parsed by tree-sitter grammars compiled to WebAssembly (C#, Java, Go), through
 * web-tree-sitter. One runtime, one grammar per language, each loaded only when a scan has files
 * of that language.
 *
 * Design notes:
 * - Loading is asynchronous (`init`, awaited by `Engine.init()`); parsing is synchronous.
 * - The tree-sitter tree lives in WebAssembly memory and must be freed by hand. `parse` copies it
 *   into plain {@link SyntaxNode} objects (named nodes only, with their field names) and deletes
 *   the tree at once, so nothing leaks however many files are linted and rules never touch WASM
 *   objects.
 * - If a grammar cannot be loaded, `init` still resolves; `parse` then throws a clear error that the
 *   engine turns into one "Cannot parse" notice per file.
 * - Offsets are UTF-16 code units (web-tree-sitter parses JS strings as UTF-16), like the engine's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Parser } from '../rule';
import type { SourceFile } from '../source';
import { checkTimeBudget, timeBudgetExpired } from '../time-budget';
import type webTreeSitter = require('web-tree-sitter');

/** A named syntax node, detached from tree-sitter. */
export interface SyntaxNode {
  type: string;
  /** The field this node fills in its parent (`name`, `arguments`, `type`, ...), if any. */
  field: string | null;
  start: number;
  end: number;
  parent: SyntaxNode | null;
  children: SyntaxNode[];
}

/** A parsed file. */
export interface SyntaxTree {
  root: SyntaxNode;
  /** True when tree-sitter had to recover from syntax errors (the tree is still usable). */
  hasError: boolean;
  /** Where it recovered: `ERROR` nodes and (zero-width) missing tokens. */
  errors: readonly { start: number; end: number }[];
  file: SourceFile;
}

const RUNTIME_FILE = 'tree-sitter.wasm';

/**
 * Where a WASM file is: next to the running bundle (esbuild copies them into dist/), else in
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

let runtime: Promise<typeof webTreeSitter> | undefined;

/** The web-tree-sitter runtime, initialised once for every grammar. */
function loadRuntime(): Promise<typeof webTreeSitter> {
  return (runtime ??= (async () => {
    const wasm = locateWasm(RUNTIME_FILE, `web-tree-sitter/${RUNTIME_FILE}`);
    if (!wasm) throw new Error(`cannot find ${RUNTIME_FILE}`);
    // Required here, not imported: nothing of web-tree-sitter is evaluated until a scan has such
    // files; and `require` makes bundlers pick its CommonJS build, which finds itself through
    // `__filename` (the ESM build needs `import.meta.url`, which a CJS bundle does not have).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lib = require('web-tree-sitter') as typeof webTreeSitter;
    await lib.Parser.init({ locateFile: () => wasm });
    return lib;
  })());
}

/**
 * Copies the named nodes of a tree-sitter tree into plain objects, iteratively (no recursion
 * limit), and collects where tree-sitter recovered from errors.
 */
function detach(tree: webTreeSitter.Tree, errors: { start: number; end: number }[]): SyntaxNode {
  const cursor = tree.walk();
  try {
    const root: SyntaxNode = { type: cursor.nodeType, field: null, start: cursor.startIndex, end: cursor.endIndex, parent: null, children: [] };
    // Stack of the nearest named ancestor for each depth the cursor descends into.
    const stack: SyntaxNode[] = [root];
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
        const node: SyntaxNode = { type: cursor.nodeType, field: cursor.currentFieldName, start: cursor.startIndex, end: cursor.endIndex, parent, children: [] };
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

/** What a language needs: its parser id, its display name and where its grammar is. */
export interface GrammarSpec {
  id: string;
  language: string;
  /** File name of the grammar, copied beside the bundles (esbuild.mjs). */
  grammarFile: string;
  /** `require.resolve` request for the grammar in node_modules. */
  moduleRequest: string;
}

/**
 * A parser for one tree-sitter language. `extend` adds language-specific indexes to the tree
 * (computed once per parse, e.g. declarations by name).
 */
export function treeSitterParser<T extends SyntaxTree>(spec: GrammarSpec, extend: (tree: SyntaxTree) => T): Parser<T> {
  let loading: Promise<void> | undefined;
  let parser: webTreeSitter.Parser | undefined;
  let failure: string | undefined;
  const load = async () => {
    try {
      const lib = await loadRuntime();
      const grammar = locateWasm(spec.grammarFile, spec.moduleRequest);
      if (!grammar) throw new Error(`cannot find ${spec.grammarFile}`);
      const language = await lib.Language.load(fs.readFileSync(grammar));
      const p = new lib.Parser();
      p.setLanguage(language);
      parser = p;
    } catch (e) {
      failure = e instanceof Error ? e.message : String(e);
    }
  };
  return {
    id: spec.id,
    init(): Promise<void> {
      return (loading ??= load());
    },
    parse(file: SourceFile): T {
      if (!parser) {
        throw new Error(failure ? `the ${spec.language} grammar could not be loaded (${failure})` : `the ${spec.language} grammar is not loaded (Engine.init() was not awaited)`);
      }
      // Tree-sitter's error recovery can take seconds on long broken input: its progress callback
      // cancels the parse once the file's time budget is spent (returning true cancels).
      const cancel = (() => timeBudgetExpired()) as unknown as (state: webTreeSitter.ParseState) => void;
      const tree = parser.parse(file.text, null, { progressCallback: cancel });
      if (!tree) {
        checkTimeBudget();
        throw new Error('tree-sitter returned no tree');
      }
      try {
        const errors: { start: number; end: number }[] = [];
        const root = detach(tree, errors);
        return extend({ root, hasError: tree.rootNode.hasError, errors, file });
      } finally {
        tree.delete();
      }
    },
    syntaxErrors: (tree) => tree.errors,
  };
}

/** The source text of `node`. */
export function nodeText(file: SourceFile, node: SyntaxNode): string {
  return file.text.slice(node.start, node.end);
}

/** The first child filling `field`. */
export function childByField(node: SyntaxNode, field: string): SyntaxNode | undefined {
  return node.children.find((c) => c.field === field);
}

/** Every node of the tree in document order (iterative pre-order walk). */
export function* walk(root: SyntaxNode): Generator<SyntaxNode> {
  const stack: SyntaxNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    yield n;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
}

/**
 * True when tree-sitter recovered from a syntax error inside `node` (or at its edges): a fix must
 * not edit syntax that is not finished yet.
 */
export function hasErrorWithin(tree: SyntaxTree, node: { start: number; end: number }): boolean {
  return tree.errors.some((e) => e.start <= node.end && e.end >= node.start);
}

import * as path from 'node:path';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Parser } from '../rule';
import type { SourceFile } from '../source';
import { outsideTimeBudget } from '../time-budget';

export type { TSESTree } from '@typescript-eslint/typescript-estree';
export type Node = TSESTree.Node;

/** A parsed TypeScript/JavaScript file: the ESTree program plus a parent map built in one walk. */
export interface ParsedScript {
  program: TSESTree.Program;
  /** Every node in source order (pre-order), for rules that scan for one node type. */
  nodes: readonly Node[];
  parentOf(node: Node): Node | undefined;
  /** True when the file is CommonJS (uses `require`/`module.exports` and has no `import`/`export`). */
  commonJs: boolean;
  /**
   * Derived analyses shared by the rules of one file (scope facts, key sites), computed once:
   * the engine caches this object per file, so the memo lives and dies with the parse.
   */
  memo<T>(key: string, compute: () => T): T;
}

const SKIP_KEYS = new Set(['parent', 'range', 'loc', 'typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'decorators']);

type Estree = typeof import('./typescript-estree');
let estree: Estree | undefined;
/** Loads the compiler on first use (a separate bundle; see typescript-estree.ts). */
function parse(...args: Parameters<Estree['parse']>): ReturnType<Estree['parse']> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  estree ??= outsideTimeBudget(() => require('./typescript-estree') as Estree);
  return estree.parse(...args);
}

/** Whether to parse with JSX: always for .tsx/.jsx and plain JavaScript; never for .ts (angle-bracket casts). */
function wantsJsx(file: SourceFile): boolean {
  const ext = path.extname(file.path).toLowerCase();
  if (ext === '.tsx' || ext === '.jsx') return true;
  if (ext === '.ts' || ext === '.mts' || ext === '.cts') return false;
  // JavaScript has no angle-bracket casts, so JSX mode accepts every valid .js/.mjs/.cjs file.
  return file.kind === 'javascript';
}

/**
 * TypeScript/JavaScript via `@typescript-eslint/typescript-estree` (syntax only: no project, no
 * type information). A syntax error throws, and the engine reports "cannot parse" once per file.
 */
export const typescriptParser: Parser<ParsedScript> = {
  id: 'typescript-estree',
  parse(file) {
    const jsx = wantsJsx(file);
    let program: TSESTree.Program;
    try {
      program = parse(file.text, { range: true, loc: false, comment: false, tokens: false, jsx });
    } catch (e) {
      // An editor buffer of kind typescript with no telling extension may still hold JSX.
      if (jsx || path.extname(file.path) !== '') throw e;
      program = parse(file.text, { range: true, loc: false, jsx: true });
    }
    const parents = new Map<Node, Node>();
    const nodes: Node[] = [];
    const stack: Node[] = [program];
    while (stack.length > 0) {
      const node = stack.pop()!;
      nodes.push(node);
      const children: Node[] = [];
      for (const key of Object.keys(node)) {
        if (SKIP_KEYS.has(key)) continue;
        const value = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) {
          for (const v of value) if (isNode(v)) children.push(v);
        } else if (isNode(value)) children.push(value);
      }
      for (let i = children.length - 1; i >= 0; i--) {
        parents.set(children[i], node);
        stack.push(children[i]);
      }
    }
    const hasModuleSyntax = program.body.some(
      (s) => s.type === 'ImportDeclaration' || s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration' || s.type === 'ExportAllDeclaration',
    );
    const ext = path.extname(file.path).toLowerCase();
    const commonJs = ext === '.cjs' || ext === '.cts' || (!hasModuleSyntax && ext !== '.mjs' && ext !== '.mts' && /\brequire\s*\(/.test(file.text));
    const memos = new Map<string, unknown>();
    const memo = <T>(key: string, compute: () => T): T => {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    };
    return { program, nodes, parentOf: (n) => parents.get(n), commonJs, memo };
  },
};

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string' && Array.isArray((v as { range?: unknown }).range);
}

/** Strips wrappers that do not change a value: `x as T`, `x!`, `x satisfies T`, `<T>x`. */
export function unwrap(node: Node): Node {
  let n = node;
  while (n.type === 'TSAsExpression' || n.type === 'TSNonNullExpression' || n.type === 'TSSatisfiesExpression' || n.type === 'TSTypeAssertion') {
    n = n.expression;
  }
  return n;
}

/** The static name of a property key (`a`, `"a"`, `['a']`), or undefined when computed. */
export function propertyName(prop: TSESTree.Property | TSESTree.MemberExpression): string | undefined {
  const key = prop.type === 'Property' ? prop.key : prop.property;
  const computed = prop.computed;
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  if (key.type === 'TemplateLiteral' && key.expressions.length === 0) return key.quasis[0].value.cooked ?? undefined;
  return undefined;
}

/** The value of a string literal or an expression-free template literal. */
export function stringValue(node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n.type === 'TemplateLiteral' && n.expressions.length === 0) return n.quasis[0].value.cooked ?? undefined;
  return undefined;
}

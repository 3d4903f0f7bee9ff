/**
 * Java parser: tree-sitter-java (WebAssembly), see ./tree-sitter.ts for how grammars are loaded and
 * trees detached. The tree carries what every Java rule asks first: imports, string constants and
 * method invocations.
 */
import type { Parser } from '../rule';
import type { SourceFile } from '../source';
import { childByField, nodeText, treeSitterParser, walk, type SyntaxNode, type SyntaxTree } from './tree-sitter';

export { childByField, nodeText, walk };

/** An import declaration: `import a.b.C;`, `import a.b.*;`, `import static a.b.C.m;`. */
export interface JavaImport {
  /** The imported name (`a.b.C`, `a.b` for a wildcard, `a.b.C.m` for a static member). */
  path: string;
  wildcard: boolean;
  isStatic: boolean;
  node: SyntaxNode;
}

/** A parsed Java file. */
export interface JavaTree extends SyntaxTree {
  imports: readonly JavaImport[];
  /** String constants and locals bound to a string literal (`static final String H = "api-key"`), by name. */
  stringConstants: ReadonlyMap<string, string>;
  /** Method invocations in document order. */
  invocations: readonly SyntaxNode[];
  /** Values of variable declarators (locals and fields) by name, in document order. */
  declarations: ReadonlyMap<string, readonly SyntaxNode[]>;
}

/** The value of a Java string literal (or text block), or undefined when `node` is not one. */
export function stringValue(file: SourceFile, node: SyntaxNode | undefined): string | undefined {
  if (node?.type !== 'string_literal') return undefined;
  const text = nodeText(file, node);
  if (text.startsWith('"""')) return text.slice(3, -3).replace(/^[^\n]*\n/, '');
  try {
    return JSON.parse(text) as string;
  } catch {
    return text.slice(1, -1);
  }
}

function index(tree: SyntaxTree): JavaTree {
  const { file, root } = tree;
  const imports: JavaImport[] = [];
  const stringConstants = new Map<string, string>();
  const invocations: SyntaxNode[] = [];
  const declarations = new Map<string, SyntaxNode[]>();
  for (const n of walk(root)) {
    if (n.type === 'method_invocation') invocations.push(n);
    else if (n.type === 'import_declaration') {
      const text = nodeText(file, n);
      const name = n.children.find((c) => c.type === 'scoped_identifier' || c.type === 'identifier');
      if (!name) continue;
      imports.push({ path: nodeText(file, name), wildcard: /\.\s*\*\s*;\s*$/.test(text), isStatic: /^import\s+static\b/.test(text), node: n });
    } else if (n.type === 'variable_declarator') {
      const name = childByField(n, 'name');
      const valueNode = childByField(n, 'value');
      if (name && valueNode) {
        const list = declarations.get(nodeText(file, name));
        if (list) list.push(valueNode);
        else declarations.set(nodeText(file, name), [valueNode]);
      }
      const value = stringValue(file, valueNode);
      if (name && value !== undefined) {
        const key = nodeText(file, name);
        // A name bound to two different strings in the file is not a constant.
        stringConstants.set(key, stringConstants.has(key) && stringConstants.get(key) !== value ? '\0' : value);
      }
    }
  }
  for (const [k, v] of stringConstants) if (v === '\0') stringConstants.delete(k);
  return { ...tree, imports, stringConstants, invocations, declarations };
}

/** The Java parser, shared by every Java rule (one parse per file). */
export const javaParser: Parser<JavaTree> = treeSitterParser(
  { id: 'java', language: 'Java', grammarFile: 'tree-sitter-java.wasm', moduleRequest: 'tree-sitter-java/tree-sitter-java.wasm' },
  index,
);

/** The arguments of an invocation or object creation, in order. */
export function argumentsOf(node: SyntaxNode): SyntaxNode[] {
  return childByField(node, 'arguments')?.children.filter((c) => c.type !== 'line_comment' && c.type !== 'block_comment') ?? [];
}

/** The name of a method invocation (`credential` in `b.credential(x)`). */
export function methodName(tree: JavaTree, invocation: SyntaxNode): string {
  const name = childByField(invocation, 'name');
  return name ? nodeText(tree.file, name) : '';
}

/** The simple name of a created or referenced type (`OpenAIClientBuilder` in `new com.x.OpenAIClientBuilder()`). */
export function simpleTypeName(tree: JavaTree, node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  const text = nodeText(tree.file, node).replace(/<.*$/s, '');
  return text.split('.').pop();
}

/**
 * One fluent builder chain, from the call that starts it to the outermost call:
 * `new OpenAIClientBuilder().endpoint(e).credential(c).buildClient()` or `Type.builder().apiKey(k).build()`.
 */
export interface BuilderChain {
  /** The type the chain builds from: the created builder, or the type whose static `builder()` starts it. */
  root: string;
  rootNode: SyntaxNode;
  /** The calls after the root, innermost first. */
  calls: SyntaxNode[];
  /** The outermost invocation of the chain. */
  outer: SyntaxNode;
}

/** Every builder chain of the file (the outermost invocation of each chain, walked down to its root). */
export function builderChains(tree: JavaTree): BuilderChain[] {
  const out: BuilderChain[] = [];
  for (const inv of tree.invocations) {
    const parent = inv.parent;
    if (parent?.type === 'method_invocation' && childByField(parent, 'object') === inv) continue; // not the outermost
    const calls: SyntaxNode[] = [];
    let n: SyntaxNode | undefined = inv;
    while (n?.type === 'method_invocation') {
      calls.unshift(n);
      n = childByField(n, 'object');
    }
    let root: string | undefined;
    let rootNode: SyntaxNode | undefined;
    if (n?.type === 'object_creation_expression') {
      root = simpleTypeName(tree, childByField(n, 'type'));
      rootNode = n;
    } else if (n?.type === 'identifier' || n?.type === 'field_access' || n?.type === 'scoped_identifier') {
      if (calls.length && methodName(tree, calls[0]) === 'builder') {
        // `Type.builder()`: the first call is the static factory.
        root = simpleTypeName(tree, n);
        rootNode = calls.shift();
      } else if (n.type === 'identifier') {
        // `builder.credential(...)` on a builder held in a variable bound once.
        const values = tree.declarations.get(nodeText(tree.file, n)) ?? [];
        const v = values.length === 1 ? values[0] : undefined;
        if (v?.type === 'object_creation_expression') root = simpleTypeName(tree, childByField(v, 'type'));
        else if (v?.type === 'method_invocation' && methodName(tree, v) === 'builder') root = simpleTypeName(tree, childByField(v, 'object'));
        rootNode = v;
      }
    }
    if (root && rootNode) out.push({ root, rootNode, calls, outer: inv });
  }
  return out;
}

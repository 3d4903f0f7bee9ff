/**
 * After a fix replaces a key expression, the constants and imports that only fed it are dead
 * code; under `noUnusedLocals` they would even stop the build. This removes them: a `const` whose
 * every reference lies in removed code and whose initialiser has no side effects, and an import
 * specifier (or the whole import) whose every reference lies in removed code.
 */
import type { SourceFile } from '../../engine/source';
import type { TextEdit } from '../../engine/types';
import { type Node, type ParsedScript, type TSESTree } from '../../engine/parsers/typescript';
import { envReadAt, type ScopeFacts } from '../../engine/parsers/typescript/scope';

type Span = [number, number];

const inside = (node: Node, spans: Span[]) => spans.some(([s, e]) => node.range[0] >= s && node.range[1] <= e);

/** Side-effect-free initialisers: literals, env reads, names, `??`/`||`, casts, `new AzureKeyCredential(...)`. */
function isPure(node: Node): boolean {
  switch (node.type) {
    case 'Literal':
    case 'Identifier':
      return true;
    case 'TemplateLiteral':
      return node.expressions.every((e) => isPure(e));
    case 'MemberExpression':
      return envReadAt(node) !== undefined;
    case 'LogicalExpression':
    case 'BinaryExpression':
      return node.left.type !== 'PrivateIdentifier' && isPure(node.left) && isPure(node.right);
    case 'TSNonNullExpression':
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
      return isPure(node.expression);
    case 'NewExpression':
      return node.callee.type === 'Identifier' && node.callee.name === 'AzureKeyCredential' && node.arguments.every((a) => a.type !== 'SpreadElement' && isPure(a));
    default:
      return false;
  }
}

/** The range that deletes a statement with its line when it stands alone on it. */
function statementRemoval(file: SourceFile, statement: Node): Span {
  const [start, end] = statement.range;
  const lines = file.lines;
  const first = lines.positionAt(start).line;
  const last = lines.positionAt(end).line;
  const before = file.text.slice(lines.lineStart(first), start);
  const after = file.text.slice(end, lines.lineEnd(last));
  if (before.trim() !== '' || (after.trim() !== '' && !after.trim().startsWith('//'))) return [start, end];
  // Take the line break before the statement so an insertion at its line end stays outside.
  if (first > 0) return [lines.lineEnd(first - 1), lines.lineEnd(last)];
  return [0, last + 1 < lines.lineCount ? lines.lineStart(last + 1) : lines.lineEnd(last)];
}

/**
 * Edits removing what only the replaced `nodes` used. `avoid` are the fix's other edits: a cleanup
 * edit that would overlap one of them is dropped (the leftover is then reported, not broken).
 */
export function leftoverRemovals(file: SourceFile, parsed: ParsedScript, facts: ScopeFacts, nodes: Node[], avoid: TextEdit[]): TextEdit[] {
  const removed: Span[] = nodes.map((n) => [n.range[0], n.range[1]]);
  const edits: TextEdit[] = [];
  const done = new Set<Node>();
  const importRemovals = new Map<TSESTree.ImportDeclaration | TSESTree.VariableDeclaration, Node[]>();
  for (let round = 0; round < 4; round++) {
    let changed = false;
    const names = new Set<string>();
    for (const n of parsed.nodes) if (n.type === 'Identifier' && inside(n, removed)) names.add(n.name);
    for (const name of names) {
      const refs = facts.references(name);
      if (refs.length === 0 || !refs.every((r) => inside(r, removed))) continue;
      const declarator = facts.constantDeclarator(name);
      if (declarator && !done.has(declarator)) {
        const declaration = parsed.parentOf(declarator);
        const holder = declaration && parsed.parentOf(declaration);
        if (declaration?.type === 'VariableDeclaration' && declaration.declarations.length === 1 && (holder?.type === 'Program' || holder?.type === 'BlockStatement') && declarator.init && isPure(declarator.init)) {
          done.add(declarator);
          const span = statementRemoval(file, declaration);
          removed.push([declaration.range[0], declaration.range[1]]);
          edits.push({ start: span[0], end: span[1], newText: '' });
          changed = true;
        }
        continue;
      }
      const binding = facts.importOf(name);
      const d = binding?.declaration;
      let specifier: Node | undefined;
      if (d?.type === 'ImportDeclaration') specifier = d.specifiers.find((s) => s.local.name === name);
      else if (d?.type === 'VariableDeclaration' && d.declarations.length === 1 && d.declarations[0].id.type === 'ObjectPattern') {
        // `const { A, B } = require("m")`: the pattern property whose value binds `name`.
        specifier = d.declarations[0].id.properties.find((p) => p.type === 'Property' && p.value.type === 'Identifier' && p.value.name === name);
      }
      if (d && specifier && !done.has(specifier)) {
        done.add(specifier);
        importRemovals.set(d, [...(importRemovals.get(d) ?? []), specifier]);
      }
    }
    if (!changed) break;
  }
  for (const [declaration, specifiers] of importRemovals) {
    const all: Node[] =
      declaration.type === 'ImportDeclaration'
        ? declaration.specifiers
        : (declaration as TSESTree.VariableDeclaration).declarations[0].id.type === 'ObjectPattern'
          ? ((declaration as TSESTree.VariableDeclaration).declarations[0].id as TSESTree.ObjectPattern).properties
          : [];
    if (specifiers.length === all.length) {
      const span = statementRemoval(file, declaration);
      edits.push({ start: span[0], end: span[1], newText: '' });
    } else if (specifiers.length === 1 && specifiers[0].type !== 'ImportDefaultSpecifier' && specifiers[0].type !== 'ImportNamespaceSpecifier') {
      const named: Node[] = all.filter((s) => s.type === 'ImportSpecifier' || s.type === 'Property');
      const i = named.indexOf(specifiers[0]);
      if (named.length > 1 && i >= 0) {
        const span: Span = i < named.length - 1 ? [named[i].range[0], named[i + 1].range[0]] : [named[i - 1].range[1], named[i].range[1]];
        edits.push({ start: span[0], end: span[1], newText: '' });
      }
    }
  }
  const overlaps = (a: TextEdit, b: TextEdit) => a.start < b.end && b.start < a.end || (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end);
  return edits.filter((e) => !avoid.some((a) => overlaps(a, e)));
}

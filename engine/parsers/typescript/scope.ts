import { propertyName, stringValue, unwrap, type Node, type ParsedScript, type TSESTree } from '../typescript';

/** Where a local name comes from: `import { imported as local } from "module"` or a `require`. */
export interface ImportBinding {
  module: string;
  /** The exported name; `default` for a default import, `*` for a namespace or whole-module `require`. */
  imported: string;
  /** `import type`: usable in types only, never as a value. */
  typeOnly: boolean;
  /** The declaration that creates the binding (to merge new names into it). */
  declaration: TSESTree.ImportDeclaration | TSESTree.VariableDeclaration;
}

/** What a callee refers to: an export of a module. */
export interface ResolvedImport {
  module: string;
  /** Exported name; `default` for a default export; `*` for the module object itself (`require("m")`). */
  name: string;
}

/** One `key: value` entry of an object literal, after flattening same-file spreads. */
export interface ObjectEntry {
  name: string;
  property: TSESTree.Property;
  value: Node;
  /** The object literal that holds the property (differs from the argument when it came from a spread). */
  owner: TSESTree.ObjectExpression;
}

/** An object literal argument seen through constants and spreads. */
export interface ResolvedObject {
  /** The literal the argument resolves to (edits that add properties go here). */
  object: TSESTree.ObjectExpression;
  entries: ObjectEntry[];
  /** A spread or computed key whose contents are not known: properties may be missing from `entries`. */
  incomplete: boolean;
}

/** An environment variable read: `process.env.X`, `process.env["X"]`, `import.meta.env.X`, `const { X } = process.env`. */
export interface EnvRead {
  name: string;
  node: Node;
}

const MAX_DEPTH = 8;

/**
 * Same-file facts the TypeScript rules need without a type checker: import bindings (ESM and
 * `require`) and constants that can be followed. A name declared more than once anywhere in the
 * file (shadowing) or ever reassigned is not followed: no guessing.
 */
export class ScopeFacts {
  private readonly imports = new Map<string, ImportBinding>();
  private readonly constants = new Map<string, Node>();
  private readonly functions = new Set<string>();

  /** The facts of a parsed file, computed once per parse. */
  static of(parsed: ParsedScript): ScopeFacts {
    return parsed.memo('scope-facts', () => new ScopeFacts(parsed));
  }

  constructor(readonly parsed: ParsedScript) {
    const declared = new Map<string, number>();
    const reassigned = new Set<string>();
    const count = (name: string) => declared.set(name, (declared.get(name) ?? 0) + 1);
    const imports = new Map<string, ImportBinding>();
    const constants = new Map<string, Node>();
    for (const node of parsed.nodes) {
      switch (node.type) {
        case 'ImportDeclaration': {
          const module = String(node.source.value);
          for (const s of node.specifiers) {
            count(s.local.name);
            const typeOnly = node.importKind === 'type' || (s.type === 'ImportSpecifier' && s.importKind === 'type');
            const imported =
              s.type === 'ImportDefaultSpecifier' ? 'default' : s.type === 'ImportNamespaceSpecifier' ? '*' : s.imported.type === 'Identifier' ? s.imported.name : String(s.imported.value);
            imports.set(s.local.name, { module, imported, typeOnly, declaration: node });
          }
          break;
        }
        case 'VariableDeclarator': {
          const decl = parsed.parentOf(node);
          const required = node.init ? requiredModule(node.init) : undefined;
          if (node.id.type === 'Identifier') {
            count(node.id.name);
            if (required && decl?.type === 'VariableDeclaration') {
              imports.set(node.id.name, { module: required.module, imported: required.name, typeOnly: false, declaration: decl });
            } else if (node.init) constants.set(node.id.name, node.init);
            if (decl?.type === 'VariableDeclaration' && decl.kind !== 'const' && !node.init) reassigned.add(node.id.name);
          } else if (node.id.type === 'ObjectPattern') {
            for (const p of node.id.properties) {
              if (p.type === 'RestElement') continue;
              const local = p.value.type === 'Identifier' ? p.value : p.value.type === 'AssignmentPattern' && p.value.left.type === 'Identifier' ? p.value.left : undefined;
              if (!local) continue;
              count(local.name);
              const key = propertyName(p);
              if (required && required.name === '*' && key && decl?.type === 'VariableDeclaration') {
                imports.set(local.name, { module: required.module, imported: key, typeOnly: false, declaration: decl });
              }
            }
          }
          break;
        }
        case 'FunctionDeclaration':
          if (node.id) {
            count(node.id.name);
            this.functions.add(node.id.name);
          }
          for (const p of node.params) countPattern(p, count);
          break;
        case 'FunctionExpression':
        case 'ArrowFunctionExpression':
          for (const p of node.params) countPattern(p, count);
          break;
        case 'ClassDeclaration':
          if (node.id) count(node.id.name);
          break;
        case 'CatchClause':
          if (node.param) countPattern(node.param, count);
          break;
        case 'AssignmentExpression':
          if (node.left.type === 'Identifier') reassigned.add(node.left.name);
          break;
        case 'UpdateExpression':
          if (node.argument.type === 'Identifier') reassigned.add(node.argument.name);
          break;
        default:
          break;
      }
    }
    for (const [name, binding] of imports) if (declared.get(name) === 1 && !reassigned.has(name)) this.imports.set(name, binding);
    for (const [name, init] of constants) if (declared.get(name) === 1 && !reassigned.has(name)) this.constants.set(name, init);
  }

  private referenceIndex?: Map<string, Node[]>;

  /**
   * Identifiers that may read `name` (declaration names, non-computed keys and member names
   * excluded). Over-approximates, never under-counts: a binding in a pattern or parameter counts.
   */
  references(name: string): readonly Node[] {
    if (!this.referenceIndex) {
      const index = new Map<string, Node[]>();
      for (const node of this.parsed.nodes) {
        if (node.type !== 'Identifier') continue;
        const parent = this.parsed.parentOf(node);
        if (parent) {
          if (parent.type === 'VariableDeclarator' && parent.id === node) continue;
          if (parent.type === 'ImportSpecifier' || parent.type === 'ImportDefaultSpecifier' || parent.type === 'ImportNamespaceSpecifier') continue;
          if (parent.type === 'Property' && parent.key === node && parent.value !== node && !parent.computed) continue;
          // `{ a }` / `{ k: a }` in a destructuring pattern binds `a`; it does not read it.
          if (parent.type === 'Property' && parent.value === node && this.parsed.parentOf(parent)?.type === 'ObjectPattern') continue;
          if (parent.type === 'MemberExpression' && parent.property === node && !parent.computed) continue;
        }
        const list = index.get(node.name) ?? [];
        list.push(node);
        index.set(node.name, list);
      }
      this.referenceIndex = index;
    }
    return this.referenceIndex.get(name) ?? [];
  }

  private assignmentIndex?: Map<string, Node[]>;

  /**
   * Every value the file stores in a plain variable `name`: declarator initialisers and the right
   * sides of `name = value`. A name also changed by `+=`, `++` and the like has no values, so
   * callers that require every value to match never follow it. Destructuring targets are not seen.
   */
  assignedValues(name: string): readonly Node[] {
    if (!this.assignmentIndex) {
      const index = new Map<string, Node[]>();
      const doubtful = new Set<string>();
      const add = (n: string, v: Node) => index.set(n, [...(index.get(n) ?? []), v]);
      for (const node of this.parsed.nodes) {
        if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.init) add(node.id.name, node.init);
        else if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier') {
          if (node.operator === '=') add(node.left.name, node.right);
          else doubtful.add(node.left.name);
        } else if (node.type === 'UpdateExpression' && node.argument.type === 'Identifier') doubtful.add(node.argument.name);
      }
      for (const n of doubtful) index.delete(n);
      this.assignmentIndex = index;
    }
    return this.assignmentIndex.get(name) ?? [];
  }

  /** The declarator of a followed constant (`const name = init`). */
  constantDeclarator(name: string): TSESTree.VariableDeclarator | undefined {
    const init = this.constants.get(name);
    const declarator = init && this.parsed.parentOf(init);
    return declarator?.type === 'VariableDeclarator' ? declarator : undefined;
  }

  /** The import binding of a local name, if it has exactly one declaration. */
  importOf(name: string): ImportBinding | undefined {
    return this.imports.get(name);
  }

  /** Every import binding (for finding an existing `@azure/identity` import). */
  allImports(): ReadonlyMap<string, ImportBinding> {
    return this.imports;
  }

  /** True when `name` is a function declared in this file. */
  isFunction(name: string): boolean {
    return this.functions.has(name);
  }

  /**
   * What a callee or value names in terms of modules: `X` (named/default import or destructured
   * require), `ns.X` (namespace import or whole-module require), `require("m").X`.
   */
  resolveImport(node: Node): ResolvedImport | undefined {
    const n = unwrap(node);
    if (n.type === 'Identifier') {
      const b = this.imports.get(n.name);
      return b && !b.typeOnly ? { module: b.module, name: b.imported } : undefined;
    }
    if (n.type === 'MemberExpression') {
      const name = propertyName(n);
      if (!name) return undefined;
      const obj = unwrap(n.object);
      let base: ResolvedImport | undefined;
      if (obj.type === 'Identifier') base = this.resolveImport(obj);
      else base = requiredModule(obj);
      if (base?.name === '*') return { module: base.module, name };
      // `import oai from "openai"` in CommonJS interop: `oai.AzureOpenAI` is a static property.
      if (base?.name === 'default') return { module: base.module, name };
    }
    return undefined;
  }

  /** Follows identifiers to their constant initialisers and strips casts; returns the final node. */
  resolve(node: Node, trail?: Node[]): Node {
    let n = unwrap(node);
    for (let depth = 0; depth < MAX_DEPTH && n.type === 'Identifier'; depth++) {
      const init = this.constants.get(n.name);
      if (!init) break;
      trail?.push(init);
      n = unwrap(init);
    }
    return n;
  }

  /** The object literal behind an argument, with same-file spreads flattened (later keys win). */
  resolveObject(node: Node | undefined, depth = 0): ResolvedObject | undefined {
    if (!node || depth > MAX_DEPTH) return undefined;
    const n = this.resolve(node);
    if (n.type !== 'ObjectExpression') return undefined;
    const entries = new Map<string, ObjectEntry>();
    let incomplete = false;
    for (const p of n.properties) {
      if (p.type === 'SpreadElement') {
        const inner = this.resolveObject(p.argument, depth + 1);
        if (!inner) {
          incomplete = true;
          continue;
        }
        incomplete ||= inner.incomplete;
        for (const e of inner.entries) {
          entries.delete(e.name);
          entries.set(e.name, e);
        }
        continue;
      }
      const name = propertyName(p);
      if (name === undefined) {
        incomplete = true;
        continue;
      }
      entries.delete(name);
      entries.set(name, { name, property: p, value: p.value as Node, owner: n });
    }
    return { object: n, entries: [...entries.values()], incomplete };
  }

  /** A string the expression evaluates to when it is known (literals, constants, `+` of known parts). */
  staticString(node: Node, depth = 0): string | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const n = this.resolve(node);
    const s = stringValue(n);
    if (s !== undefined) return s;
    if (n.type === 'BinaryExpression' && n.operator === '+') {
      const l = this.staticString(n.left, depth + 1);
      const r = l === undefined ? undefined : this.staticString(n.right, depth + 1);
      return l !== undefined && r !== undefined ? l + r : undefined;
    }
    return undefined;
  }

  /** Every string fragment an expression is built from (template parts, `+` operands, constants). */
  stringParts(node: Node, out: string[] = [], depth = 0): string[] {
    if (depth > MAX_DEPTH) return out;
    const n = this.resolve(node);
    const s = stringValue(n);
    if (s !== undefined) out.push(s);
    else if (n.type === 'TemplateLiteral') {
      n.quasis.forEach((q, i) => {
        out.push(q.value.cooked ?? q.value.raw);
        if (i < n.expressions.length) this.stringParts(n.expressions[i], out, depth + 1);
      });
    } else if (n.type === 'BinaryExpression' && n.operator === '+') {
      this.stringParts(n.left, out, depth + 1);
      this.stringParts(n.right, out, depth + 1);
    } else if (n.type === 'LogicalExpression') {
      this.stringParts(n.left, out, depth + 1);
      this.stringParts(n.right, out, depth + 1);
    } else if (n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === 'URL') {
      for (const a of n.arguments) this.stringParts(a, out, depth + 1);
    } else if (n.type === 'NewExpression' && n.callee.type === 'Identifier' && n.callee.name === 'URL') {
      for (const a of n.arguments) this.stringParts(a, out, depth + 1);
    }
    return out;
  }

  /** The environment variables an expression reads (through constants, `??`, `||`, templates). */
  envReads(node: Node, out: EnvRead[] = [], depth = 0): EnvRead[] {
    if (depth > MAX_DEPTH) return out;
    const direct = envReadAt(unwrap(node));
    if (direct) {
      out.push(direct);
      return out;
    }
    const n = unwrap(node);
    if (n.type === 'Identifier') {
      const init = this.constants.get(n.name);
      if (init) this.envReads(init, out, depth + 1);
      else {
        const env = this.destructuredEnvName(n.name);
        if (env) out.push({ name: env.name, node: env.node });
      }
    } else if (n.type === 'LogicalExpression' || (n.type === 'BinaryExpression' && n.left.type !== 'PrivateIdentifier')) {
      this.envReads(n.left as Node, out, depth + 1);
      this.envReads(n.right, out, depth + 1);
    } else if (n.type === 'ConditionalExpression') {
      this.envReads(n.consequent, out, depth + 1);
      this.envReads(n.alternate, out, depth + 1);
    } else if (n.type === 'TemplateLiteral') {
      for (const e of n.expressions) this.envReads(e, out, depth + 1);
    } else if (n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === 'String') {
      for (const a of n.arguments) this.envReads(a, out, depth + 1);
    }
    return out;
  }

  /** `const { AZURE_OPENAI_API_KEY: key } = process.env` → the variable's env name and pattern node. */
  private destructuredEnvName(local: string): EnvRead | undefined {
    const b = this.envPatterns().get(local);
    return b;
  }

  private envPatternCache?: Map<string, EnvRead>;
  private envPatterns(): Map<string, EnvRead> {
    if (this.envPatternCache) return this.envPatternCache;
    const out = new Map<string, EnvRead>();
    for (const node of this.parsed.nodes) {
      if (node.type !== 'VariableDeclarator' || node.id.type !== 'ObjectPattern' || !node.init || !isEnvObject(unwrap(node.init))) continue;
      for (const p of node.id.properties) {
        if (p.type === 'RestElement') continue;
        const name = propertyName(p);
        const local = p.value.type === 'Identifier' ? p.value : p.value.type === 'AssignmentPattern' && p.value.left.type === 'Identifier' ? p.value.left : undefined;
        if (name && local) out.set(local.name, { name, node: p });
      }
    }
    return (this.envPatternCache = out);
  }
}

function countPattern(p: Node, count: (name: string) => void): void {
  if (p.type === 'Identifier') count(p.name);
  else if (p.type === 'AssignmentPattern') countPattern(p.left, count);
  else if (p.type === 'TSParameterProperty') countPattern(p.parameter, count);
  else if (p.type === 'RestElement') countPattern(p.argument, count);
  else if (p.type === 'ArrayPattern') for (const e of p.elements) e && countPattern(e, count);
  else if (p.type === 'ObjectPattern')
    for (const q of p.properties) countPattern(q.type === 'RestElement' ? q : q.value, count);
}

/** `require("m")` → `{ module: m, name: '*' }`; `require("m").X` → `{ module: m, name: X }`. */
export function requiredModule(node: Node): ResolvedImport | undefined {
  const n = unwrap(node.type === 'AwaitExpression' ? node.argument : node);
  if (n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === 'require' && n.arguments.length === 1) {
    const m = stringValue(n.arguments[0]);
    return m === undefined ? undefined : { module: m, name: '*' };
  }
  if (n.type === 'MemberExpression') {
    const base = requiredModule(n.object);
    const name = propertyName(n);
    if (base?.name === '*' && name) return { module: base.module, name };
  }
  return undefined;
}

/** `process.env`, `import.meta.env` (Vite), `globalThis.process.env`. */
export function isEnvObject(node: Node): boolean {
  if (node.type !== 'MemberExpression' || propertyName(node) !== 'env') return false;
  const obj = unwrap(node.object);
  if (obj.type === 'Identifier') return obj.name === 'process';
  if (obj.type === 'MetaProperty') return obj.meta.name === 'import' && obj.property.name === 'meta';
  if (obj.type === 'MemberExpression') return propertyName(obj) === 'process' && obj.object.type === 'Identifier' && obj.object.name === 'globalThis';
  return false;
}

/** `process.env.X` / `process.env["X"]` / `import.meta.env.X` at this node, if it is one. */
export function envReadAt(node: Node): EnvRead | undefined {
  if (node.type === 'MemberExpression' && isEnvObject(unwrap(node.object))) {
    const name = propertyName(node);
    if (name) return { name, node };
  }
  return undefined;
}

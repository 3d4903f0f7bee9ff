/**
 * Key reads in C# (`Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")`,
 * `config["AzureOpenAI:ApiKey"]`) and the same-method data flow from them into the clients and
 * Semantic Kernel registrations that AOAI301/AOAI302 report. The read rule stays quiet about a read
 * that feeds a reported site (one key, one finding); the client rule names where its key comes from.
 */
import { isAzureKeyName } from '../../engine/azure-signals';
import { childByField, nodeText, walk, type CsNode, type CsTree } from '../../engine/parsers/csharp';
import { allUsings, argumentsOf, findDeclaration, invokedName, invokedReceiver, stringValue, unwrap } from './cs-syntax';

/** Configuration calls that take a key path (`GetValue<string>("AzureOpenAI:ApiKey")`). */
const SECTION_CALLS = new Set(['GetSection', 'GetRequiredSection']);
const VALUE_CALLS = new Set(['GetValue', 'GetRequiredValue']);

export interface KeyRead {
  source: 'env' | 'config';
  name: string;
}

/** The environment variable or configuration path read at `n`, Azure key or not (for messages). */
export function settingRead(tree: CsTree, n: CsNode): KeyRead | undefined {
  const { file } = tree;
  if (n.type === 'invocation_expression') {
    const name = invokedName(file, n);
    if (name === 'GetEnvironmentVariable') {
      const receiver = invokedReceiver(n);
      // Unqualified only under `using static System.Environment;`.
      if (receiver ? !/^(?:(?:global\s*::\s*)?System\s*\.\s*)?Environment$/.test(nodeText(file, receiver)) : !usesStaticEnvironment(tree)) return undefined;
      const first = argumentsOf(file, n)[0];
      const value = first && stringValue(file, unwrap(first.value));
      return value !== undefined ? { source: 'env', name: value } : undefined;
    }
    if (!name || !(SECTION_CALLS.has(name) || VALUE_CALLS.has(name))) return undefined;
  } else if (n.type !== 'element_access_expression') {
    return undefined;
  }
  const path = configPath(tree, n);
  if (path === undefined) return undefined;
  if (n.type === 'element_access_expression' && !path.includes(':') && !isAzureKeyName(path)) {
    // `dict["x"]` is not configuration: require a receiver that looks like it.
    const receiver = childByField(n, 'expression');
    if (!receiver || !/config|setting/i.test(nodeText(file, receiver))) return undefined;
  }
  return { source: 'config', name: path };
}

const staticEnvironment = new WeakMap<CsTree, boolean>();

/** `using static System.Environment;` (also `global using static`): `GetEnvironmentVariable(...)` needs no receiver. */
function usesStaticEnvironment(tree: CsTree): boolean {
  let v = staticEnvironment.get(tree);
  if (v === undefined) {
    v = allUsings(tree).some((u) => /^(?:global)?usingstatic(?:global::)?System\.Environment;$/.test(nodeText(tree.file, u).replace(/\s+/g, '')));
    staticEnvironment.set(tree, v);
  }
  return v;
}

/** A read of an Azure OpenAI key at `n` (not at one of its receivers), with the name it reads. */
export function keyRead(tree: CsTree, n: CsNode): KeyRead | undefined {
  const read = settingRead(tree, n);
  if (!read || !isAzureKeyName(read.name)) return undefined;
  if (read.source === 'config') {
    const receiver = n.type === 'element_access_expression' ? childByField(n, 'expression') : invokedReceiver(n);
    const receiverPath = receiver ? configPath(tree, unwrap(receiver)) : undefined;
    if (receiverPath !== undefined && isAzureKeyName(receiverPath)) return undefined; // reported at the receiver
  }
  return read;
}

/**
 * The configuration path an expression denotes: `config["A:B"]` → `A:B`,
 * `config.GetSection("A")["B"]` → `A:B`. Undefined when it is not a keyed configuration access.
 */
function configPath(tree: CsTree, n: CsNode, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  const { file } = tree;
  let receiver: CsNode | undefined;
  let key: string | undefined;
  if (n.type === 'identifier' && depth > 0) {
    // `var section = config.GetSection("AzureOpenAI"); section["ApiKey"]`: a local holding a section.
    const decl = findDeclaration(tree, n);
    const init = decl?.kind === 'variable' && decl.init ? unwrap(decl.init) : undefined;
    return init?.type === 'invocation_expression' && SECTION_CALLS.has(invokedName(file, init) ?? '') ? configPath(tree, init, depth + 1) : undefined;
  }
  if (n.type === 'element_access_expression') {
    const subscript = childByField(n, 'subscript');
    const args = subscript ? subscript.children.filter((c) => c.type === 'argument') : [];
    if (args.length !== 1) return undefined;
    key = stringValue(file, unwrap(args[0].children[args[0].children.length - 1]));
    receiver = childByField(n, 'expression');
  } else if (n.type === 'invocation_expression') {
    const name = invokedName(file, n);
    if (!name || !(SECTION_CALLS.has(name) || VALUE_CALLS.has(name))) return undefined;
    const first = argumentsOf(file, n)[0];
    key = first && stringValue(file, unwrap(first.value));
    receiver = invokedReceiver(n);
  } else {
    return undefined;
  }
  if (key === undefined) return undefined;
  const base = receiver ? configPath(tree, unwrap(receiver), depth + 1) : undefined;
  return base ? `${base}:${key}` : key;
}

/**
 * The expressions whose value flows into `sinks`: the sinks themselves and, transitively, the
 * initializers of the locals they use (`var apiKey = ...; var credential = new ApiKeyCredential(apiKey);`).
 * Only local variables of a method or top-level statements are followed, never fields, so a
 * read shared by several members is not attributed to one client.
 */
export function flowsInto(tree: CsTree, sinks: CsNode[]): CsNode[] {
  const out: CsNode[] = [];
  const seen = new Set<CsNode>();
  const queue = sinks.map((node) => ({ node, depth: 0 }));
  while (queue.length) {
    const { node, depth } = queue.shift()!;
    if (seen.has(node)) continue;
    seen.add(node);
    out.push(node);
    if (depth >= 4) continue;
    for (const n of walk(node)) {
      if (n.type !== 'identifier' || n.field === 'name' || n.field === 'type') continue;
      const decl = findDeclaration(tree, n);
      if (!decl || decl.kind !== 'variable' || !decl.init || !isLocal(decl.name)) continue;
      queue.push({ node: decl.init, depth: depth + 1 });
    }
  }
  return out;
}

/** True when the declared name is a local (`var x = ...;` in a method, lambda or top-level statements). */
function isLocal(name: CsNode): boolean {
  const declaration = name.parent?.parent;
  return declaration?.type === 'variable_declaration' && declaration.parent?.type === 'local_declaration_statement';
}

/** The settings read inside `nodes`, in order, without duplicates. */
export function settingReadsIn(tree: CsTree, nodes: CsNode[]): KeyRead[] {
  const out: KeyRead[] = [];
  for (const node of nodes) {
    let within: CsNode | undefined;
    for (const n of walk(node)) {
      // Pre-order: the outermost access (`GetSection("A")["B"]`) comes before its receivers.
      if (within && within.start <= n.start && n.end <= within.end) continue;
      const r = settingRead(tree, n);
      if (!r) continue;
      within = n;
      if (!out.some((o) => o.source === r.source && o.name === r.name)) out.push(r);
    }
  }
  return out;
}

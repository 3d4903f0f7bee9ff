/**
 * `api-key` request headers set in C# (`request.Headers.Add("api-key", key)`, `Headers["api-key"] = key`,
 * `new("api-key", key)`). Shared by the header rule, which reports them, and the key-read rule.
 */
import { childByField, walk, type CsNode, type CsTree } from '../../engine/parsers/csharp';
import { argumentsOf, invokedName, invokedReceiver, simpleName, stringValue, unwrap } from './cs-syntax';

/** Header collection methods that set a header (`request.Headers.Add`, `DefaultRequestHeaders.TryAddWithoutValidation`). */
const SETTERS = new Set(['Add', 'TryAddWithoutValidation', 'Append', 'Set']);

export interface HeaderSite {
  /** The `"api-key"` literal. */
  name: CsNode;
  /** The header value expression. */
  value: CsNode;
}

/** Every place the file sets an `api-key` request header, in document order. */
export function apiKeyHeaderSites(tree: CsTree): HeaderSite[] {
  const { file } = tree;
  const out: HeaderSite[] = [];
  const isApiKey = (n: CsNode | undefined) => !!n && stringValue(file, unwrap(n))?.toLowerCase() === 'api-key';
  for (const n of walk(tree.root)) {
    if (n.type === 'invocation_expression') {
      // `request.Headers.Add("api-key", key)`; not `Request.Headers.TryGetValue("api-key", out v)`.
      const method = invokedName(file, n);
      const receiver = invokedReceiver(n);
      if (!method || !SETTERS.has(method) || !receiver || !/headers$/i.test(simpleName(file, receiver) ?? '')) continue;
      const [name, value] = argumentsOf(file, n);
      if (name && value && !name.name && isApiKey(name.value)) out.push({ name: unwrap(name.value), value: value.value });
    } else if (n.type === 'object_creation_expression' || n.type === 'implicit_object_creation_expression') {
      // `new("api-key", key)` / `new KeyValuePair<string, string>("api-key", key)` in a header list.
      const args = argumentsOf(file, n);
      if (args.length === 2 && !args[0].name && isApiKey(args[0].value)) out.push({ name: unwrap(args[0].value), value: args[1].value });
    } else if (n.type === 'assignment_expression') {
      // `request.Headers["api-key"] = key`.
      const left = childByField(n, 'left');
      const right = childByField(n, 'right');
      if (left?.type !== 'element_access_expression' || !right) continue;
      const receiver = childByField(left, 'expression');
      const subscript = childByField(left, 'subscript');
      const arg = subscript?.children.filter((c) => c.type === 'argument');
      if (!receiver || !/headers$/i.test(simpleName(file, receiver) ?? '') || arg?.length !== 1) continue;
      const literal = arg[0].children[arg[0].children.length - 1];
      if (isApiKey(literal)) out.push({ name: unwrap(literal), value: right });
    }
  }
  return out;
}

/**
 * Java clients of Azure OpenAI that authenticate with a key, found on fluent builder chains:
 * - Azure SDK: `new OpenAIClientBuilder().credential(new AzureKeyCredential(key))` (and a
 *   `KeyCredential` when the chain's endpoint is an Azure host); Azure AI Inference builders;
 * - OpenAI Java SDK: `OpenAIOkHttpClient.builder().credential(AzureApiKeyCredential.create(key))`,
 *   or `.apiKey(key)` beside an Azure `baseUrl` / `azureServiceVersion`;
 * - LangChain4j: `AzureOpenAiChatModel.builder().apiKey(key)` (every `AzureOpenAi*Model`).
 * And the fix that switches them to `new DefaultAzureCredentialBuilder().build()`.
 */
import { isAzureAIEndpoint } from '../../engine/azure-signals';
import { argumentsOf, builderChains, childByField, methodName, nodeText, simpleTypeName, stringValue, walk, type JavaTree } from '../../engine/parsers/java';
import { hasErrorWithin, type SyntaxNode } from '../../engine/parsers/tree-sitter';
import type { TextEdit } from '../../engine/types';

export type JavaFamily = 'azure-sdk' | 'azure-inference' | 'openai-java' | 'langchain4j';

/** A key-authenticated client builder: the call that takes the key and the key expression. */
export interface JavaKeySite {
  family: JavaFamily;
  root: string;
  /** `.credential(...)` or `.apiKey(...)`. */
  call: SyntaxNode;
  /** The argument of that call. */
  key: SyntaxNode;
}

const AZURE_SDK_BUILDERS = new Set(['OpenAIClientBuilder']);
const INFERENCE_BUILDERS = new Set(['ChatCompletionsClientBuilder', 'EmbeddingsClientBuilder', 'ImageEmbeddingsClientBuilder']);
const OPENAI_JAVA_CLIENTS = new Set(['OpenAIOkHttpClient', 'OpenAIOkHttpClientAsync']);

/** The expression a local name is bound to when it is declared once in the file. */
export function resolveName(tree: JavaTree, node: SyntaxNode): SyntaxNode {
  let n = node;
  for (let hops = 0; hops < 4 && n.type === 'identifier'; hops++) {
    const values = tree.declarations.get(nodeText(tree.file, n)) ?? [];
    if (values.length !== 1) break;
    n = values[0];
  }
  return n;
}

/** The text of an expression and of what its names are bound to (for endpoint checks). */
function valueText(tree: JavaTree, node: SyntaxNode): string {
  const parts = [nodeText(tree.file, node)];
  for (const n of walk(node)) if (n.type === 'identifier') parts.push(nodeText(tree.file, resolveName(tree, n)));
  return parts.join(' ');
}

/** What a credential argument creates: `new AzureKeyCredential(k)` → `AzureKeyCredential`; `AzureApiKeyCredential.create(k)` → that. */
function credentialKind(tree: JavaTree, arg: SyntaxNode): string | undefined {
  const v = resolveName(tree, arg);
  if (v.type === 'object_creation_expression') return simpleTypeName(tree, childByField(v, 'type'));
  if (v.type === 'method_invocation' && methodName(tree, v) === 'create') return simpleTypeName(tree, childByField(v, 'object'));
  return undefined;
}

/** Every key-authenticated Azure OpenAI client builder of the file. */
export function keySites(tree: JavaTree): JavaKeySite[] {
  const out: JavaKeySite[] = [];
  for (const chain of builderChains(tree)) {
    const byName = (name: string) => chain.calls.filter((c) => methodName(tree, c) === name);
    const azureEndpoint = [...byName('endpoint'), ...byName('baseUrl')].some((c) => {
      const a = argumentsOf(c)[0];
      return a !== undefined && isAzureAIEndpoint(valueText(tree, a));
    });
    if (AZURE_SDK_BUILDERS.has(chain.root) || INFERENCE_BUILDERS.has(chain.root)) {
      const family: JavaFamily = AZURE_SDK_BUILDERS.has(chain.root) ? 'azure-sdk' : 'azure-inference';
      for (const call of byName('credential')) {
        const arg = argumentsOf(call)[0];
        if (!arg) continue;
        const kind = credentialKind(tree, arg);
        if (kind === 'AzureKeyCredential' || (kind === 'KeyCredential' && azureEndpoint)) out.push({ family, root: chain.root, call, key: arg });
      }
    } else if (OPENAI_JAVA_CLIENTS.has(chain.root)) {
      const azure = azureEndpoint || byName('azureServiceVersion').length > 0;
      for (const call of byName('credential')) {
        const arg = argumentsOf(call)[0];
        if (arg && credentialKind(tree, arg) === 'AzureApiKeyCredential') out.push({ family: 'openai-java', root: chain.root, call, key: arg });
      }
      if (azure) for (const call of byName('apiKey')) if (argumentsOf(call)[0]) out.push({ family: 'openai-java', root: chain.root, call, key: argumentsOf(call)[0] });
    } else if (/^AzureOpenAi\w*Model$/.test(chain.root)) {
      for (const call of byName('apiKey')) if (argumentsOf(call)[0]) out.push({ family: 'langchain4j', root: chain.root, call, key: argumentsOf(call)[0] });
    }
  }
  return out;
}

/** The statement that holds `node` (a child of a block or class body). */
function enclosingStatement(node: SyntaxNode): SyntaxNode | undefined {
  for (let n: SyntaxNode | null = node; n?.parent; n = n.parent) {
    if (n.parent.type === 'block' || n.parent.type === 'class_body' || n.parent.type === 'program') return n;
  }
  return undefined;
}

const IDENTITY_BUILDER = 'com.azure.identity.DefaultAzureCredentialBuilder';
const AUTHENTICATION_UTIL = 'com.azure.identity.AuthenticationUtil';
const BEARER_TOKEN_CREDENTIAL = 'com.openai.credential.BearerTokenCredential';

/**
 * The edits that switch one key site to `DefaultAzureCredential`, or undefined where no edit is
 * offered (unfinished syntax; Azure AI Inference builders, whose token audience depends on the
 * SDK version).
 */
export function entraEdits(tree: JavaTree, site: JavaKeySite, scope: string): TextEdit[] | undefined {
  if (site.family === 'azure-inference') return undefined;
  const statement = enclosingStatement(site.call) ?? site.call;
  if (tree.hasError && hasErrorWithin(tree, statement)) return undefined;
  const credential = 'new DefaultAzureCredentialBuilder().build()';
  const edits: TextEdit[] = [];
  const imports = [IDENTITY_BUILDER];
  const argRange = { start: site.key.start, end: site.key.end };
  let removed: { start: number; end: number };
  if (site.family === 'azure-sdk') {
    edits.push({ ...argRange, newText: credential });
    removed = argRange;
  } else if (site.family === 'langchain4j') {
    const name = childByField(site.call, 'name')!;
    edits.push({ start: name.start, end: site.call.end, newText: `tokenCredential(${credential})` });
    removed = { start: name.start, end: site.call.end };
  } else {
    const name = childByField(site.call, 'name')!;
    const bearer = `BearerTokenCredential.create(AuthenticationUtil.getBearerTokenSupplier(${credential}, ${JSON.stringify(scope)}))`;
    edits.push({ start: name.start, end: site.call.end, newText: `credential(${bearer})` });
    removed = { start: name.start, end: site.call.end };
    imports.push(AUTHENTICATION_UTIL, BEARER_TOKEN_CREDENTIAL);
  }
  edits.push(...importEdits(tree, imports, removed));
  return edits;
}

/** Adds the imports that are missing and drops the key credential imports the edit leaves unused. */
function importEdits(tree: JavaTree, add: string[], removed: { start: number; end: number }): TextEdit[] {
  const text = tree.file.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const edits: TextEdit[] = [];
  const plain = tree.imports.filter((i) => !i.isStatic);
  const covered = (path: string) => plain.some((i) => i.path === path || (i.wildcard && i.path === path.slice(0, path.lastIndexOf('.'))));
  const lineSpan = (n: SyntaxNode): [number, number] => {
    const from = text.lastIndexOf('\n', n.start - 1) + 1;
    const nl = text.indexOf('\n', n.end);
    return [from, nl < 0 ? text.length : nl + 1];
  };
  // Unused after the edit: an import whose simple name appears nowhere outside the removed range.
  const dropped = new Set<SyntaxNode>();
  for (const imp of plain) {
    if (imp.wildcard || !/\.(?:AzureKeyCredential|KeyCredential|AzureApiKeyCredential)$/.test(imp.path)) continue;
    const simple = imp.path.slice(imp.path.lastIndexOf('.') + 1);
    const uses = [...walk(tree.root)].filter((n) => (n.type === 'identifier' || n.type === 'type_identifier') && nodeText(tree.file, n) === simple && !(n.start >= imp.node.start && n.end <= imp.node.end));
    if (uses.every((n) => n.start >= removed.start && n.end <= removed.end)) {
      const [from, to] = lineSpan(imp.node);
      edits.push({ start: from, end: to, newText: '' });
      dropped.add(imp.node);
    }
  }
  const missing = [...new Set(add)].filter((p) => !covered(p)).sort();
  if (missing.length === 0) return edits;
  const kept = plain.filter((i) => !dropped.has(i.node));
  for (const path of missing) {
    const after = kept.find((i) => i.path > path);
    const line = `import ${path};${eol}`;
    if (after) {
      const [from] = lineSpan(after.node);
      edits.push({ start: from, end: from, newText: line });
    } else {
      const last = kept[kept.length - 1] ?? tree.imports[tree.imports.length - 1];
      const pkg = tree.root.children.find((c) => c.type === 'package_declaration');
      const anchor = last?.node ?? pkg;
      if (anchor) {
        const [, to] = lineSpan(anchor);
        edits.push({ start: to, end: to, newText: anchor === pkg ? `${eol}${line}` : line });
      } else edits.push({ start: 0, end: 0, newText: line + eol });
    }
  }
  // Several insertions at one point must come out in order: merge them.
  return mergeInsertions(edits);
}

function mergeInsertions(edits: TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const e of edits) {
    const same = e.start === e.end ? out.find((o) => o.start === e.start && o.end === e.end) : undefined;
    if (same) same.newText += e.newText;
    else out.push({ ...e });
  }
  return out;
}

/** The string an argument stands for: a literal, or a constant of the file. */
export function constantString(tree: JavaTree, node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  const literal = stringValue(tree.file, node);
  if (literal !== undefined) return literal;
  if (node.type === 'identifier') return tree.stringConstants.get(nodeText(tree.file, node));
  if (node.type === 'field_access') {
    const field = childByField(node, 'field');
    return field ? tree.stringConstants.get(nodeText(tree.file, field)) : undefined;
  }
  return undefined;
}

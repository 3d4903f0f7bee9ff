import type { SyntaxNode } from '@lezer/common';
import { qualifiedName, topLevelNames, type PyModule } from '../../engine/parsers/python';

/**
 * Where the SDK names the rules look for live. Used only for a bare name nothing in the module
 * binds: in a notebook whose imports are not in its code cells (a `%run` or a kernel set up elsewhere),
 * or after `from <module> import *`.
 */
const KNOWN_HOMES: Record<string, string> = {
  AzureOpenAI: 'openai',
  AsyncAzureOpenAI: 'openai',
  OpenAI: 'openai',
  AsyncOpenAI: 'openai',
  AzureChatOpenAI: 'langchain_openai',
  AzureOpenAIEmbeddings: 'langchain_openai',
  AzureChatCompletion: 'semantic_kernel.connectors.ai.open_ai',
  AzureTextEmbedding: 'semantic_kernel.connectors.ai.open_ai',
  AzureTextCompletion: 'semantic_kernel.connectors.ai.open_ai',
  AzureOpenAIEmbedding: 'llama_index.embeddings.azure_openai',
  ChatCompletionsClient: 'azure.ai.inference',
  EmbeddingsClient: 'azure.ai.inference',
  ImageEmbeddingsClient: 'azure.ai.inference',
  AzureKeyCredential: 'azure.core.credentials',
  get_bearer_token_provider: 'azure.identity',
};

const NOTEBOOK_CELL = /\.ipynb#cells$/;
const SDK_MODULE = /^(?:openai|langchain\w*|semantic_kernel|llama_index|azure)(?:\.|$)/;

/**
 * The qualified name of a callee, like `qualifiedName`, but a bare SDK name that nothing binds is
 * taken from its star import, or (in a notebook) from its usual module.
 */
export function calleeName(mod: PyModule, node: SyntaxNode | null | undefined): string | undefined {
  const q = qualifiedName(mod, node);
  if (!q || q.includes('.') || !(q in KNOWN_HOMES) || mod.imports.has(q) || topLevelNames(mod).has(q)) return q;
  const home = KNOWN_HOMES[q];
  const stars = mod.starImports.filter((m) => SDK_MODULE.test(m));
  if (stars.includes(home)) return `${home}.${q}`;
  if (stars.length === 1) return `${stars[0]}.${q}`;
  if (!NOTEBOOK_CELL.test(mod.path)) return q;
  // `AzureOpenAI` is also LangChain's and LlamaIndex's class: a notebook that imports only from
  // one of those libraries means theirs (`create_csv_agent(AzureOpenAI(deployment_name=...))`).
  if (q === 'AzureOpenAI') {
    const roots = new Set([...mod.imports.values()].map((b) => b.qualified.split('.')[0]));
    if (!roots.has('openai')) {
      if ([...roots].some((r) => r.startsWith('langchain'))) return `langchain_openai.${q}`;
      if (roots.has('llama_index')) return `llama_index.llms.azure_openai.${q}`;
    }
  }
  return `${home}.${q}`;
}

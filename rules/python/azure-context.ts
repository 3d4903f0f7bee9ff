import { isAzureAIEndpoint } from '../../engine/azure-signals';
import type { PyModule } from '../../engine/parsers/python';
import { clientSpec } from './azure-clients';

/**
 * True when a module shows that it talks to Azure OpenAI / AI Services: it imports an Azure
 * client class, configures `api_type = "azure"`, names an Azure AI endpoint host, or reads an
 * `AZURE_OPENAI_*` setting. Ambiguous names (`OPENAI_API_KEY`, an `api-key` header) count only then.
 */
export function hasAzureAIContext(mod: PyModule): boolean {
  for (const binding of mod.imports.values()) {
    if (clientSpec(binding.qualified) || binding.qualified.startsWith('azure.ai.inference')) return true;
  }
  if (/\bapi_type\s*=\s*["']azure["']/i.test(mod.text)) return true;
  if (/\bAZURE_OPENAI_[A-Z_]+/.test(mod.text)) return true;
  return isAzureAIEndpoint(mod.text);
}

/** Client classes of the Azure SDKs and wrappers (a function that builds one talks to Azure). */
const AZURE_CLIENT_WORDS = /\b(?:Async)?AzureOpenAI\w*|\bAzureChatOpenAI\b|\bAzureChatCompletion\b|\bAzureTextEmbedding\b|\bAzureKeyCredential\b|\bChatCompletionsClient\b|\bAzureAIChatCompletionClient\b/;

/** Like `hasAzureAIContext`, for one stretch of the module (a function): its own code, not the module's imports. */
export function hasAzureAIContextIn(mod: PyModule, from: number, to: number): boolean {
  const text = mod.text.slice(from, to);
  if (AZURE_CLIENT_WORDS.test(text)) return true;
  if (/\bapi_type\s*=\s*["']azure["']/i.test(text)) return true;
  if (/\bAZURE_OPENAI_[A-Z_]+/.test(text)) return true;
  return isAzureAIEndpoint(text);
}

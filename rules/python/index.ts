import type { Embedder } from '../../engine/engine';
import type { Rule } from '../../engine/rule';
import type { FactExtractor } from '../../engine/workspace-facts';
import { pythonFacts } from './workspace-facts';
import { notebookEmbedder } from './notebook-embedder';
import { rule as pyAutogenAzureOpenAIKeyAuth } from './py-autogen-azure-openai-key-auth';
import { rule as pyPromptflowAzureOpenAIConnectionKeyAuth } from './py-promptflow-azure-openai-connection-key-auth';
import { rule as pyAiInferenceAzureKeyCredential } from './py-ai-inference-azure-key-credential';
import { rule as pyAzureOpenAIApiKeyHeader } from './py-azure-openai-api-key-header';
import { rule as pyAzureOpenAIClientKeyAuth } from './py-azure-openai-client-key-auth';
import { rule as pyAzureOpenAIKeyEnvRead } from './py-azure-openai-key-env-read';
import { rule as pyAzureOpenAIStaticAdToken } from './py-azure-openai-static-ad-token';
import { rule as pyLangchainAzureOpenAIKeyAuth } from './py-langchain-azure-openai-key-auth';
import { rule as pyLlamaindexAzureOpenAIKeyAuth } from './py-llamaindex-azure-openai-key-auth';
import { rule as pyOpenAIModuleAzureKeyAuth } from './py-openai-module-azure-key-auth';
import { rule as pyOpenAIV1AzureEndpointKeyAuth } from './py-openai-v1-azure-endpoint-key-auth';
import { rule as pySemanticKernelAzureOpenAIKeyAuth } from './py-semantic-kernel-azure-openai-key-auth';

/** The python rules, in code order. */
export const pythonRules: Rule[] = [
  pyAzureOpenAIClientKeyAuth,
  pyOpenAIModuleAzureKeyAuth,
  pyLangchainAzureOpenAIKeyAuth,
  pySemanticKernelAzureOpenAIKeyAuth,
  pyLlamaindexAzureOpenAIKeyAuth,
  pyAiInferenceAzureKeyCredential,
  pyAzureOpenAIKeyEnvRead,
  pyAzureOpenAIApiKeyHeader,
  pyOpenAIV1AzureEndpointKeyAuth,
  pyAzureOpenAIStaticAdToken,
  pyAutogenAzureOpenAIKeyAuth,
  pyPromptflowAzureOpenAIConnectionKeyAuth,
];

/** Embedders this family contributes (regions of other kinds inside host files). */
export const pythonEmbedders: Embedder[] = [notebookEmbedder];

/** Workspace facts this family publishes (module-level key reads, env wrappers, imported keys). */
export const pythonFactExtractors: FactExtractor<never>[] = [pythonFacts as FactExtractor<never>];

import type { Embedder } from '../../engine/engine';
import type { Rule } from '../../engine/rule';
import { rule as azureOpenAIClientKeyAuth } from './js-azure-openai-client-key-auth';
import { rule as openAIClientAzureEndpointKeyAuth } from './js-openai-client-azure-endpoint-key-auth';
import { rule as azureKeyCredentialAIClient } from './js-azure-key-credential-ai-client';
import { rule as langchainAzureOpenAIKeyAuth } from './js-langchain-azure-openai-key-auth';
import { rule as azureOpenAIKeyEnvRead } from './js-azure-openai-key-env-read';
import { rule as apiKeyHeaderRequest } from './js-api-key-header-request';

/** The typescript rules, in code order. */
export const typescriptRules: Rule[] = [
  azureOpenAIClientKeyAuth,
  openAIClientAzureEndpointKeyAuth,
  azureKeyCredentialAIClient,
  langchainAzureOpenAIKeyAuth,
  azureOpenAIKeyEnvRead,
  apiKeyHeaderRequest,
];

/** Embedders this family contributes (regions of other kinds inside host files). */
export const typescriptEmbedders: Embedder[] = [];

import type { Embedder } from '../../engine/engine';
import type { Rule } from '../../engine/rule';
import { rule as apiKeyHeader } from './go-api-key-header-request';
import { rule as keyCredential } from './go-azure-openai-key-credential';
import { rule as keyEnvRead } from './go-azure-openai-key-env-read';

/** Go rules (tree-sitter-go). */
export const goRules: Rule[] = [keyCredential, keyEnvRead, apiKeyHeader];
export const goEmbedders: Embedder[] = [];

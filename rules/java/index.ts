import type { Embedder } from '../../engine/engine';
import type { Rule } from '../../engine/rule';
import { rule as apiKeyHeader } from './java-api-key-header-request';
import { rule as keyCredential } from './java-azure-openai-key-credential';
import { rule as keyEnvRead } from './java-azure-openai-key-env-read';

/** Java rules (tree-sitter-java). */
export const javaRules: Rule[] = [keyCredential, keyEnvRead, apiKeyHeader];
export const javaEmbedders: Embedder[] = [];

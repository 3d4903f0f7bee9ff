import type { Embedder } from '../../engine/engine';
import type { Rule } from '../../engine/rule';
import { rule as apiKeyHeader } from './powershell-api-key-header';
import { rule as accountKey } from './powershell-cognitiveservices-account-key';
import { rule as keyEnv } from './powershell-azure-openai-key-env';

/** PowerShell rules (tree-sitter-powershell). */
export const powershellRules: Rule[] = [apiKeyHeader, keyEnv, accountKey];
export const powershellEmbedders: Embedder[] = [];

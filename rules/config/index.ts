import type { Embedder } from '../../engine/engine';
import type { Rule } from '../../engine/rule';
import { rule as envKeySetting } from './env-azure-openai-key-setting';
import { rule as jsonKeySetting } from './json-azure-openai-key-setting';
import { rule as httpApiKeyHeader } from './http-api-key-header';

/** The config rules, in code order. */
export const configRules: Rule[] = [envKeySetting, jsonKeySetting, httpApiKeyHeader];

/** Embedders this family contributes (regions of other kinds inside host files). */
export const configEmbedders: Embedder[] = [];

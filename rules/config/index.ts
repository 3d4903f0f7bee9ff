import type { Embedder } from '../../engine/engine';
import type { Rule } from '../../engine/rule';
import { rule as envKeySetting } from './env-azure-openai-key-setting';

/** The config rules, in code order. */
export const configRules: Rule[] = [envKeySetting];

/** Embedders this family contributes (regions of other kinds inside host files). */
export const configEmbedders: Embedder[] = [];

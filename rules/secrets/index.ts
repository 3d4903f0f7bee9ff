import type { Embedder } from '../../engine/engine';
import type { Rule } from '../../engine/rule';
import { rule as identifiableKey } from './secret-azure-ai-identifiable-key';
import { rule as hexKey } from './secret-azure-openai-hex-key';

/** The secrets rules, in code order. */
export const secretsRules: Rule[] = [identifiableKey, hexKey];

/** Embedders this family contributes (regions of other kinds inside host files). */
export const secretsEmbedders: Embedder[] = [];

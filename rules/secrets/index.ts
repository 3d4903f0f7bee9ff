import type { Embedder } from '../../engine/engine';
import type { Rule } from '../../engine/rule';

/** The secrets rules, in code order. */
export const secretsRules: Rule[] = [];

/** Embedders this family contributes (regions of other kinds inside host files). */
export const secretsEmbedders: Embedder[] = [];

import type { Embedder } from '../../engine/engine';
import type { Rule } from '../../engine/rule';

/** The typescript rules, in code order. */
export const typescriptRules: Rule[] = [];

/** Embedders this family contributes (regions of other kinds inside host files). */
export const typescriptEmbedders: Embedder[] = [];

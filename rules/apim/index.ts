import type { Embedder } from '../../engine/engine';
import type { Rule } from '../../engine/rule';

/** The apim rules, in code order. */
export const apimRules: Rule[] = [];

/** Embedders this family contributes (regions of other kinds inside host files). */
export const apimEmbedders: Embedder[] = [];

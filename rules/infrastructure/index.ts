import type { Embedder } from '../../engine/engine';
import type { Rule } from '../../engine/rule';

/** The infrastructure rules, in code order. */
export const infrastructureRules: Rule[] = [];

/** Embedders this family contributes (regions of other kinds inside host files). */
export const infrastructureEmbedders: Embedder[] = [];

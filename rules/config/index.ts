import type { Embedder } from '../../engine/engine';
import type { Rule } from '../../engine/rule';

/** The config rules, in code order. */
export const configRules: Rule[] = [];

/** Embedders this family contributes (regions of other kinds inside host files). */
export const configEmbedders: Embedder[] = [];

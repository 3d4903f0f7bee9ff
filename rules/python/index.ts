import type { Embedder } from '../../engine/engine';
import type { Rule } from '../../engine/rule';

/** The python rules, in code order. */
export const pythonRules: Rule[] = [];

/** Embedders this family contributes (regions of other kinds inside host files). */
export const pythonEmbedders: Embedder[] = [];

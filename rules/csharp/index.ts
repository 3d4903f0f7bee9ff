import type { Embedder } from '../../engine/engine';
import type { Rule } from '../../engine/rule';

/** The csharp rules, in code order. */
export const csharpRules: Rule[] = [];

/** Embedders this family contributes (regions of other kinds inside host files). */
export const csharpEmbedders: Embedder[] = [];

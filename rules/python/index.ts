import type { Embedder } from '../../engine/engine';
import type { Rule } from '../../engine/rule';
import { rule as pyAzureOpenAIClientKeyAuth } from './py-azure-openai-client-key-auth';

/** The python rules, in code order. */
export const pythonRules: Rule[] = [pyAzureOpenAIClientKeyAuth];

/** Embedders this family contributes (regions of other kinds inside host files). */
export const pythonEmbedders: Embedder[] = [];

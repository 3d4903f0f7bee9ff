import { Engine, type Embedder } from '../engine/engine';
import type { Rule } from '../engine/rule';
import type { FactExtractor } from '../engine/workspace-facts';
import { apimEmbedders, apimRules } from './apim';
import { configEmbedders, configRules } from './config';
import { dotenvFacts } from './config/dotenv-facts';
import { csharpEmbedders, csharpRules } from './csharp';
import { goEmbedders, goRules } from './go';
import { javaEmbedders, javaRules } from './java';
import { powershellEmbedders, powershellRules } from './powershell';
import { infrastructureEmbedders, infrastructureRules } from './infrastructure';
import { pythonEmbedders, pythonFactExtractors, pythonRules } from './python';
import { secretsEmbedders, secretsRules } from './secrets';
import { typescriptEmbedders, typescriptRules } from './typescript';

/** Every rule, sorted by code. */
export const allRules: Rule[] = [
  ...typescriptRules,
  ...pythonRules,
  ...csharpRules,
  ...goRules,
  ...javaRules,
  ...powershellRules,
  ...configRules,
  ...secretsRules,
  ...infrastructureRules,
  ...apimRules,
].sort((a, b) => a.meta.code.localeCompare(b.meta.code));

/** Every embedder: notebook cells, APIM policies inside IaC files, ... */
export const allEmbedders: Embedder[] = [
  ...typescriptEmbedders,
  ...pythonEmbedders,
  ...csharpEmbedders,
  ...goEmbedders,
  ...javaEmbedders,
  ...powershellEmbedders,
  ...configEmbedders,
  ...secretsEmbedders,
  ...infrastructureEmbedders,
  ...apimEmbedders,
];

/**
 * Every workspace-fact extractor (engine/workspace-facts.ts). A language family adds its own here:
 * facts are computed per file from that file alone, and consulted by rules of other files.
 */
export const allFactExtractors: FactExtractor<unknown>[] = [...(pythonFactExtractors as FactExtractor<unknown>[]), dotenvFacts as FactExtractor<unknown>];

/** The engine with every rule and embedder: what the CLI and the language server both run. */
export function createEngine(): Engine {
  return new Engine(allRules, allEmbedders, allFactExtractors);
}

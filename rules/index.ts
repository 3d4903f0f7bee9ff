import { Engine, type Embedder } from '../engine/engine';
import type { Rule } from '../engine/rule';
import { apimEmbedders, apimRules } from './apim';
import { configEmbedders, configRules } from './config';
import { csharpEmbedders, csharpRules } from './csharp';
import { goEmbedders, goRules } from './go';
import { javaEmbedders, javaRules } from './java';
import { powershellEmbedders, powershellRules } from './powershell';
import { infrastructureEmbedders, infrastructureRules } from './infrastructure';
import { pythonEmbedders, pythonRules } from './python';
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

/** The engine with every rule and embedder: what the CLI and the language server both run. */
export function createEngine(): Engine {
  return new Engine(allRules, allEmbedders);
}

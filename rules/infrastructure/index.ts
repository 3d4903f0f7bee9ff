import type { Embedder } from '../../engine/engine';
import type { Rule } from '../../engine/rule';
import { rule as bicepCognitiveAccountLocalAuthEnabled } from './bicep-cognitive-account-local-auth-enabled';
import { rule as armCognitiveAccountLocalAuthEnabled } from './arm-cognitive-account-local-auth-enabled';
import { rule as tfCognitiveAccountLocalAuthEnabled } from './tf-cognitive-account-local-auth-enabled';

/** The infrastructure rules, in code order. */
export const infrastructureRules: Rule[] = [bicepCognitiveAccountLocalAuthEnabled, armCognitiveAccountLocalAuthEnabled, tfCognitiveAccountLocalAuthEnabled];

/** Embedders this family contributes (regions of other kinds inside host files). */
export const infrastructureEmbedders: Embedder[] = [];

import type { Embedder } from '../../engine/engine';
import type { Rule } from '../../engine/rule';
import { rule as inboundWithoutTokenValidation } from './apim-inbound-without-token-validation';
import { rule as apiKeyHeaderInjection } from './apim-api-key-header-injection';
import { rule as weakJwtValidation } from './apim-weak-jwt-validation';
import { armPolicyEmbedder, bicepPolicyEmbedder, terraformPolicyEmbedder, xmlPolicyEmbedder } from './embedders';

/** The apim rules, in code order. */
export const apimRules: Rule[] = [inboundWithoutTokenValidation, apiKeyHeaderInjection, weakJwtValidation];

/** Embedders this family contributes (regions of other kinds inside host files). */
export const apimEmbedders: Embedder[] = [xmlPolicyEmbedder, armPolicyEmbedder, bicepPolicyEmbedder, terraformPolicyEmbedder];

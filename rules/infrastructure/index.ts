import type { Embedder } from '../../engine/engine';
import type { Rule } from '../../engine/rule';
import { rule as bicepAiConnectionApiKeyAuth } from './bicep-ai-connection-api-key-auth';
import { rule as bicepCognitiveAccountLocalAuthEnabled } from './bicep-cognitive-account-local-auth-enabled';
import { rule as bicepCognitiveAccountWithoutCustomSubdomain } from './bicep-cognitive-account-without-custom-subdomain';
import { rule as bicepOutputExposesAccountKeys } from './bicep-output-exposes-account-keys';
import { rule as armCognitiveAccountLocalAuthEnabled } from './arm-cognitive-account-local-auth-enabled';
import { rule as armOutputExposesAccountKeys } from './arm-output-exposes-account-keys';
import { rule as tfApimBackendApiKeyCredential } from './tf-apim-backend-api-key-credential';
import { rule as tfCognitiveAccountKeyReference } from './tf-cognitive-account-key-reference';
import { rule as tfCognitiveAccountLocalAuthEnabled } from './tf-cognitive-account-local-auth-enabled';
import { rule as tfCognitiveAccountWithoutCustomSubdomain } from './tf-cognitive-account-without-custom-subdomain';

/** The infrastructure rules, in code order. */
export const infrastructureRules: Rule[] = [
  bicepCognitiveAccountLocalAuthEnabled,
  bicepCognitiveAccountWithoutCustomSubdomain,
  bicepOutputExposesAccountKeys,
  bicepAiConnectionApiKeyAuth,
  armCognitiveAccountLocalAuthEnabled,
  armOutputExposesAccountKeys,
  tfCognitiveAccountLocalAuthEnabled,
  tfCognitiveAccountKeyReference,
  tfCognitiveAccountWithoutCustomSubdomain,
  tfApimBackendApiKeyCredential,
];

/** Embedders this family contributes (regions of other kinds inside host files). */
export const infrastructureEmbedders: Embedder[] = [];

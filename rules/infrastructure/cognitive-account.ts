/**
 * Facts about `Microsoft.CognitiveServices/accounts` shared by the Bicep, ARM and Terraform rules
 * (shared/reference/iac-apim-rules.md §0–§2).
 */

export const COGNITIVE_ACCOUNT_TYPE = 'microsoft.cognitiveservices/accounts';

/** `disableLocalAuth` exists from this API version on; earlier versions cannot turn keys off. */
export const DISABLE_LOCAL_AUTH_MIN_API = '2021-04-30';

/** The role an identity needs once keys are off (named in every fix title). */
export const OPENAI_USER_ROLE = 'Cognitive Services OpenAI User';

/** Azure Verified Module for Cognitive Services accounts (Bicep): `disableLocalAuth` defaults to true. */
export const AVM_BICEP_ACCOUNT = /^br(?::mcr\.microsoft\.com\/bicep\/|\/public:)avm\/res\/cognitive-services\/account:/i;

/** Azure Verified Module for Cognitive Services accounts (Terraform): `local_auth_enabled` defaults to null (keys on). */
export const AVM_TF_ACCOUNT = /(?:^|\/)Azure\/avm-res-cognitiveservices-account\/azurerm(?:\/\/|$)/i;

export function isCognitiveAccountType(type: string): boolean {
  return type.toLowerCase() === COGNITIVE_ACCOUNT_TYPE;
}

/** True when an API version (`2023-05-01`, `2017-04-18`, `2024-06-01-preview`) predates `disableLocalAuth`. */
export function predatesDisableLocalAuth(apiVersion: string | undefined): boolean {
  if (!apiVersion || !/^\d{4}-\d{2}-\d{2}/.test(apiVersion)) return false;
  return apiVersion.slice(0, 10) < DISABLE_LOCAL_AUTH_MIN_API;
}

export const REFERENCES = {
  disableLocalAuth: 'https://learn.microsoft.com/azure/ai-services/disable-local-auth',
  template: 'https://learn.microsoft.com/azure/templates/microsoft.cognitiveservices/accounts',
  policy: 'https://github.com/Azure/azure-policy/blob/master/built-in-policies/policyDefinitions/Cognitive%20Services/DisableLocalAuth_Modify.json',
  customSubdomain: 'https://learn.microsoft.com/azure/ai-services/cognitive-services-custom-subdomains',
  authentication: 'https://learn.microsoft.com/azure/ai-services/authentication',
  connectionTypes: 'https://github.com/Azure/bicep-types-az/blob/main/generated/cognitiveservices/microsoft.cognitiveservices/2025-06-01/types.md',
  bicepOutputs: 'https://learn.microsoft.com/azure/azure-resource-manager/bicep/linter-rule-outputs-should-not-contain-secrets',
  avmBicep: 'https://github.com/Azure/bicep-registry-modules/tree/main/avm/res/cognitive-services/account',
  avmTerraform: 'https://github.com/Azure/terraform-azurerm-avm-res-cognitiveservices-account',
  azurermAccount: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/main/website/docs/r/cognitive_account.html.markdown',
  azurermAiServices: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/main/website/docs/r/ai_services.html.markdown',
};

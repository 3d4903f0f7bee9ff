import { rule } from '../../../rules/infrastructure/tf-cognitive-account-without-custom-subdomain';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  path: 'infra/main.tf',
  valid: [
    { name: 'azurerm account with custom_subdomain_name', code: 'resource "azurerm_cognitive_account" "openai" {\n  name                  = "oai"\n  custom_subdomain_name = "oai-contoso"\n  local_auth_enabled    = false\n}\n' },
    { name: 'azapi with customSubDomainName', code: 'resource "azapi_resource" "ai" {\n  type = "Microsoft.CognitiveServices/accounts@2024-10-01"\n  body = jsonencode({\n    properties = { customSubDomainName = "ai", disableLocalAuth = true }\n  })\n}\n' },
    { name: 'azapi body that cannot be read', code: 'resource "azapi_resource" "ai" {\n  type = "Microsoft.CognitiveServices/accounts@2024-10-01"\n  body = local.body\n}\n' },
    { name: 'data source', code: 'data "azurerm_cognitive_account" "openai" {\n  name = "x"\n}\n' },
  ],
  invalid: [
    {
      name: 'keys off and no subdomain: warning',
      code: 'resource "azurerm_cognitive_account" "openai" {\n  name               = "oai"\n  local_auth_enabled = false\n}\n',
      errors: [{ line: 1, column: 10, endColumn: 46, severity: 'warning', message: 'turns API keys off but sets no custom_subdomain_name' }],
      output: null,
    },
    {
      name: 'keys on and no subdomain: info',
      code: 'resource "azurerm_ai_services" "ai" {\n  name = "ai"\n}\n',
      errors: [{ line: 1, column: 10, severity: 'info', message: "Resource azurerm_ai_services 'ai' sets no custom_subdomain_name" }],
    },
    {
      name: 'azapi body without customSubDomainName',
      code: 'resource "azapi_resource" "ai" {\n  type = "Microsoft.CognitiveServices/accounts@2024-10-01"\n  body = {\n    properties = { disableLocalAuth = true }\n  }\n}\n',
      errors: [{ line: 1, column: 10, severity: 'warning', message: 'properties.customSubDomainName' }],
    },
    {
      name: 'AVM module without custom_subdomain_name',
      code: 'module "openai" {\n  source = "Azure/avm-res-cognitiveservices-account/azurerm"\n}\n',
      errors: [{ line: 1, column: 8, severity: 'info' }],
    },
  ],
});

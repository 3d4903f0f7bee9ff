import { rule } from '../../../rules/infrastructure/tf-cognitive-account-local-auth-enabled';
import { testRule } from '../../helpers/rule-tester';

const account = (extra: string) =>
  `resource "azurerm_cognitive_account" "openai" {\n  name                = "oai-contoso"\n  kind                = "OpenAI"\n  sku_name            = "S0"\n${extra}}\n`;

testRule(rule, {
  path: 'infra/main.tf',
  valid: [
    { name: 'local_auth_enabled = false', code: account('  local_auth_enabled  = false\n') },
    { name: 'false through a variable default in variables.tf', code: account('  local_auth_enabled  = var.local_auth\n'), files: { 'infra/variables.tf': 'variable "local_auth" {\n  type    = bool\n  default = false\n}\n' } },
    { name: 'false through terraform.tfvars overriding a true default', code: account('  local_auth_enabled  = var.local_auth\n'), files: { 'infra/variables.tf': 'variable "local_auth" {\n  default = true\n}\n', 'infra/terraform.tfvars': 'local_auth = false\n' } },
    { name: 'false through a local and a conditional', code: `locals {\n  keys = var.env == "prod" ? false : false\n}\n${account('  local_auth_enabled  = local.keys\n')}` },
    { name: 'azurerm_ai_services with local_authentication_enabled = false', code: 'resource "azurerm_ai_services" "ai" {\n  name                         = "ai"\n  local_authentication_enabled = false\n}\n' },
    { name: 'azapi with jsonencode body and disableLocalAuth = true', code: 'resource "azapi_resource" "ai" {\n  type = "Microsoft.CognitiveServices/accounts@2024-10-01"\n  body = jsonencode({\n    kind = "AIServices"\n    properties = {\n      disableLocalAuth = true\n    }\n  })\n}\n' },
    { name: 'azapi with an HCL object body', code: 'resource "azapi_resource" "ai" {\n  type = "Microsoft.CognitiveServices/accounts@2024-10-01"\n  body = {\n    properties = { disableLocalAuth = true }\n  }\n}\n' },
    { name: 'AVM module with local_auth_enabled = false', code: 'module "openai" {\n  source             = "Azure/avm-res-cognitiveservices-account/azurerm"\n  version            = "0.7.0"\n  local_auth_enabled = false\n}\n' },
    { name: 'data sources are not deployments', code: 'data "azurerm_cognitive_account" "openai" {\n  name = "x"\n}\n' },
    { name: 'other azapi types', code: 'resource "azapi_resource" "st" {\n  type = "Microsoft.Storage/storageAccounts@2023-05-01"\n  body = {}\n}\n' },
    { name: 'tfvars files are not linted for resources', path: 'infra/terraform.tfvars', code: 'local_auth = true\n' },
  ],
  invalid: [
    {
      name: 'azurerm_cognitive_account without local_auth_enabled (defaults to true): inserted aligned, with the custom subdomain Entra needs',
      code: account(''),
      errors: [{ line: 1, column: 10, endLine: 1, endColumn: 46, severity: 'warning', message: "Resource azurerm_cognitive_account 'openai' does not set local_auth_enabled, which defaults to true" }],
      fixTitle: 'Cognitive Services OpenAI User',
      output: "resource \"azurerm_cognitive_account\" \"openai\" {\n  name                  = \"oai-contoso\"\n  kind                  = \"OpenAI\"\n  sku_name              = \"S0\"\n  local_auth_enabled    = false\n  custom_subdomain_name = \"oai-contoso\"\n}\n",
    },
    {
      name: 'local_auth_enabled = true is replaced',
      code: account('  local_auth_enabled  = true\n'),
      errors: [{ line: 1, column: 10, message: 'sets local_auth_enabled to true' }],
      output: "resource \"azurerm_cognitive_account\" \"openai\" {\n  name                  = \"oai-contoso\"\n  kind                  = \"OpenAI\"\n  sku_name              = \"S0\"\n  local_auth_enabled    = false\n  custom_subdomain_name = \"oai-contoso\"\n}\n",
    },
    {
      name: 'attribute inserted before nested blocks; the aligned group above is widened like terraform fmt',
      code: 'resource "azurerm_cognitive_account" "openai" {\n  name = "oai"\n  kind = "OpenAI"\n\n  identity {\n    type = "SystemAssigned"\n  }\n}\n',
      errors: [{ line: 1, column: 10 }],
      output: "resource \"azurerm_cognitive_account\" \"openai\" {\n  name                  = \"oai\"\n  kind                  = \"OpenAI\"\n  local_auth_enabled    = false\n  custom_subdomain_name = \"oai\"\n\n  identity {\n    type = \"SystemAssigned\"\n  }\n}\n",
    },
    {
      name: 'true through a variable default in the same file: the default is flipped',
      code: `variable "local_auth" {\n  default = true\n}\n${account('  local_auth_enabled  = var.local_auth\n')}`,
      errors: [{ line: 4, column: 10, message: "(from the default of variable 'local_auth')" }],
      output: "variable \"local_auth\" {\n  default = false\n}\nresource \"azurerm_cognitive_account\" \"openai\" {\n  name                  = \"oai-contoso\"\n  kind                  = \"OpenAI\"\n  sku_name              = \"S0\"\n  local_auth_enabled    = var.local_auth\n  custom_subdomain_name = \"oai-contoso\"\n}\n",
    },
    {
      name: 'true through a variable default in variables.tf: the attribute is set',
      code: account('  local_auth_enabled  = var.local_auth\n'),
      files: { 'infra/variables.tf': 'variable "local_auth" {\n  default = true\n}\n' },
      errors: [{ line: 1, column: 10 }],
      output: "resource \"azurerm_cognitive_account\" \"openai\" {\n  name                  = \"oai-contoso\"\n  kind                  = \"OpenAI\"\n  sku_name              = \"S0\"\n  local_auth_enabled    = false\n  custom_subdomain_name = \"oai-contoso\"\n}\n",
    },
    {
      name: 'true through terraform.tfvars: reported, no fix (the value lives in the tfvars file)',
      code: account('  local_auth_enabled  = var.local_auth\n'),
      files: { 'infra/variables.tf': 'variable "local_auth" {\n  type = bool\n}\n', 'infra/terraform.tfvars': 'local_auth = true\n' },
      errors: [{ line: 1, column: 10, message: "(from variable 'local_auth' in terraform.tfvars)" }],
      output: null,
    },
    {
      name: 'a variable without default: info, depends on the caller',
      code: account('  local_auth_enabled  = var.local_auth\n'),
      files: { 'infra/variables.tf': 'variable "local_auth" {\n  type = bool\n}\n' },
      errors: [{ line: 1, column: 10, severity: 'info', message: "depends on the caller: local_auth_enabled comes from variable 'local_auth'" }],
      output: null,
    },
    {
      name: 'azurerm_ai_services without local_authentication_enabled',
      code: 'resource "azurerm_ai_services" "ai" {\n  name     = "ai"\n  sku_name = "S0"\n}\n',
      errors: [{ line: 1, column: 10, endColumn: 36, message: 'does not set local_authentication_enabled, which defaults to true' }],
      output: "resource \"azurerm_ai_services\" \"ai\" {\n  name                         = \"ai\"\n  sku_name                     = \"S0\"\n  local_authentication_enabled = false\n  custom_subdomain_name        = \"ai\"\n}\n",
    },
    {
      name: 'azapi jsonencode body without disableLocalAuth',
      code: 'resource "azapi_resource" "ai" {\n  type = "Microsoft.CognitiveServices/accounts@2024-10-01"\n  body = jsonencode({\n    kind = "OpenAI"\n    properties = {\n      customSubDomainName = "ai"\n    }\n  })\n}\n',
      errors: [{ line: 1, column: 10, message: 'does not set properties.disableLocalAuth' }],
      fixTitle: 'disableLocalAuth = true',
      output: 'resource "azapi_resource" "ai" {\n  type = "Microsoft.CognitiveServices/accounts@2024-10-01"\n  body = jsonencode({\n    kind = "OpenAI"\n    properties = {\n      customSubDomainName = "ai"\n      disableLocalAuth    = true\n    }\n  })\n}\n',
    },
    {
      name: 'an unaligned group is left as written',
      code: 'resource "azurerm_cognitive_account" "openai" {\n  name = "oai"\n  sku_name   = "S0"\n}\n',
      errors: [{ line: 1, column: 10 }],
      output: "resource \"azurerm_cognitive_account\" \"openai\" {\n  name = \"oai\"\n  sku_name   = \"S0\"\n  local_auth_enabled = false\n  custom_subdomain_name = \"oai\"\n}\n",
    },
    {
      name: 'azapi body without properties: properties created',
      code: 'resource "azapi_resource" "ai" {\n  type = "Microsoft.CognitiveServices/accounts@2024-10-01"\n  body = {\n    kind = "OpenAI"\n  }\n}\n',
      errors: [{ line: 1, column: 10 }],
      output: 'resource "azapi_resource" "ai" {\n  type = "Microsoft.CognitiveServices/accounts@2024-10-01"\n  body = {\n    kind = "OpenAI"\n    properties = {\n      disableLocalAuth = true\n    }\n  }\n}\n',
    },
    {
      name: 'azapi disableLocalAuth = false',
      code: 'resource "azapi_resource" "ai" {\n  type = "Microsoft.CognitiveServices/accounts@2024-10-01"\n  body = {\n    properties = { disableLocalAuth = false }\n  }\n}\n',
      errors: [{ line: 1, column: 10 }],
      output: 'resource "azapi_resource" "ai" {\n  type = "Microsoft.CognitiveServices/accounts@2024-10-01"\n  body = {\n    properties = { disableLocalAuth = true }\n  }\n}\n',
    },
    {
      name: 'azapi body from a local: info',
      code: 'resource "azapi_resource" "ai" {\n  type = "Microsoft.CognitiveServices/accounts@2024-10-01"\n  body = local.account_body\n}\n',
      errors: [{ line: 1, column: 10, severity: 'info', message: 'not an object literal' }],
      output: null,
    },
    {
      name: 'AVM module without local_auth_enabled (default null leaves keys on)',
      code: 'module "openai" {\n  source  = "Azure/avm-res-cognitiveservices-account/azurerm"\n  version = "0.7.0"\n  kind    = "OpenAI"\n}\n',
      errors: [{ line: 1, column: 8, endColumn: 16, message: 'whose default (null) leaves keys on' }],
      output: 'module "openai" {\n  source             = "Azure/avm-res-cognitiveservices-account/azurerm"\n  version            = "0.7.0"\n  kind               = "OpenAI"\n  local_auth_enabled = false\n}\n',
    },
    {
      name: 'CRLF line endings are kept',
      code: 'resource "azurerm_cognitive_account" "openai" {\r\n  name = "oai"\r\n}\r\n',
      errors: [{ line: 1, column: 10 }],
      output: "resource \"azurerm_cognitive_account\" \"openai\" {\r\n  name                  = \"oai\"\r\n  local_auth_enabled    = false\r\n  custom_subdomain_name = \"oai\"\r\n}\r\n",
    },
  ],
});

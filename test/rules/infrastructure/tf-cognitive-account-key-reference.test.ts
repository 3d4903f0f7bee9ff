import { rule } from '../../../rules/infrastructure/tf-cognitive-account-key-reference';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  path: 'infra/main.tf',
  valid: [
    { name: 'endpoint only', code: 'resource "azurerm_linux_web_app" "api" {\n  app_settings = {\n    AZURE_OPENAI_ENDPOINT = azurerm_cognitive_account.openai.endpoint\n  }\n}\n' },
    { name: 'storage account keys are not AI keys', code: 'output "k" {\n  value = azurerm_storage_account.st.primary_access_key\n}\n' },
    { name: 'the name in a comment or string is not a reference', code: '# azurerm_cognitive_account.openai.primary_access_key\nlocals {\n  note = "azurerm_cognitive_account.openai.primary_access_key"\n}\n' },
  ],
  invalid: [
    {
      name: 'key in app settings',
      code: 'resource "azurerm_linux_web_app" "api" {\n  app_settings = {\n    AZURE_OPENAI_API_KEY = azurerm_cognitive_account.openai.primary_access_key\n  }\n}\n',
      errors: [{ line: 3, column: 28, endLine: 3, endColumn: 79, severity: 'warning', message: "reads the API key of resource azurerm_cognitive_account 'openai'" }],
      output: null,
    },
    {
      name: 'output not marked sensitive',
      code: 'output "openai_key" {\n  value = azurerm_ai_services.ai.secondary_access_key\n}\n',
      errors: [{ line: 2, column: 11, message: "in output 'openai_key', which is not marked sensitive" }],
    },
    {
      name: 'data source key inside a policy heredoc and a Key Vault secret',
      code: 'resource "azurerm_key_vault_secret" "k" {\n  value = data.azurerm_cognitive_account.openai.primary_access_key\n}\nresource "azurerm_api_management_api_policy" "p" {\n  xml_content = <<XML\n<set-header name="api-key"><value>${azurerm_cognitive_account.openai[0].primary_access_key}</value></set-header>\nXML\n}\n',
      errors: [{ line: 2, column: 11, message: "data source azurerm_cognitive_account 'openai'" }, { line: 6, column: 37 }],
    },
  ],
});

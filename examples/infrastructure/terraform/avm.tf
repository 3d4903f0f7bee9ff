module "openai_avm" {
  source  = "Azure/avm-res-cognitiveservices-account/azurerm"
  version = "0.7.0"

  name                  = "oai-avm-${var.environment_name}"
  location              = var.location
  resource_group_name   = azurerm_resource_group.rg.name
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-avm-${var.environment_name}"
}

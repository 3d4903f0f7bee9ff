terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
    azapi = {
      source = "Azure/azapi"
    }
  }
}

provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-${var.environment_name}"
  location = var.location
}

resource "azurerm_cognitive_account" "openai" {
  name                  = "oai-${var.environment_name}"
  location              = azurerm_resource_group.rg.location
  resource_group_name   = azurerm_resource_group.rg.name
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-${var.environment_name}"
  local_auth_enabled    = var.openai_local_auth_enabled
}

resource "azurerm_cognitive_deployment" "chat" {
  name                 = "chat"
  cognitive_account_id = azurerm_cognitive_account.openai.id

  model {
    format  = "OpenAI"
    name    = "gpt-4o-mini"
    version = "2024-07-18"
  }

  sku {
    name     = "GlobalStandard"
    capacity = 30
  }
}

resource "azurerm_ai_services" "foundry" {
  name                  = "ais-${var.environment_name}"
  location              = azurerm_resource_group.rg.location
  resource_group_name   = azurerm_resource_group.rg.name
  sku_name              = "S0"
  custom_subdomain_name = "ais-${var.environment_name}"
}

resource "azapi_resource" "speech" {
  type      = "Microsoft.CognitiveServices/accounts@2024-10-01"
  name      = "speech-${var.environment_name}"
  parent_id = azurerm_resource_group.rg.id
  location  = var.location
  body = {
    kind = "SpeechServices"
    sku  = { name = "S0" }
    properties = {
      customSubDomainName = "speech-${var.environment_name}"
      disableLocalAuth    = true
    }
  }
}

resource "azurerm_linux_web_app" "api" {
  name                = "app-${var.environment_name}"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
  service_plan_id     = var.service_plan_id

  site_config {}

  app_settings = {
    AZURE_OPENAI_ENDPOINT = azurerm_cognitive_account.openai.endpoint
    AZURE_OPENAI_API_KEY  = azurerm_cognitive_account.openai.primary_access_key
  }
}

// AI Foundry project with a connection to an existing Azure OpenAI account.
param foundryName string
param projectName string = 'chat-project'
param openAiName string
param location string = resourceGroup().location

resource openai 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {
  name: openAiName
}

resource foundry 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: foundryName
  location: location
  kind: 'AIServices'
  sku: {
    name: 'S0'
  }
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    allowProjectManagement: true
    customSubDomainName: foundryName
    disableLocalAuth: true
  }

  resource project 'projects' = {
    name: projectName
    location: location
    identity: {
      type: 'SystemAssigned'
    }
    properties: {}

    resource aoai 'connections' = {
      name: 'aoai-connection'
      properties: {
        category: 'AzureOpenAI'
        target: openai.properties.endpoint
        authType: 'ApiKey'
        isSharedToAll: true
        credentials: {
          key: openai.listKeys().key1
        }
        metadata: {
          ApiType: 'Azure'
          ResourceId: openai.id
        }
      }
    }
  }
}

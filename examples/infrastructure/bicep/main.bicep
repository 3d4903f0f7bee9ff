targetScope = 'resourceGroup'

@minLength(1)
@maxLength(64)
@description('Name of the environment, used to generate a short unique hash for resources.')
param environmentName string

@description('Primary location for all resources')
param location string = resourceGroup().location

@description('Keep API keys on for local experiments (set to false for production).')
param openAiAllowKeys bool = true

param chatDeploymentName string = 'chat'
param chatModelName string = 'gpt-4o-mini'

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }

// azd-style module: whether keys stay on is decided by what this call passes.
module openAi 'core/ai/cognitiveservices.bicep' = {
  name: 'openai'
  params: {
    name: 'oai-${resourceToken}'
    location: location
    tags: tags
    disableLocalAuth: !openAiAllowKeys
    deployments: [
      {
        name: chatDeploymentName
        model: {
          format: 'OpenAI'
          name: chatModelName
          version: '2024-07-18'
        }
        sku: {
          name: 'GlobalStandard'
          capacity: 30
        }
      }
    ]
  }
}

// Azure Verified Module: disableLocalAuth defaults to true, so this call is keyless.
module search 'br/public:avm/res/cognitive-services/account:0.9.0' = {
  name: 'aiservices'
  params: {
    name: 'ais-${resourceToken}'
    kind: 'AIServices'
    location: location
    customSubDomainName: 'ais-${resourceToken}'
  }
}

resource openAiAccount 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: 'oai-${resourceToken}'
}

output AZURE_OPENAI_ENDPOINT string = openAi.outputs.endpoint
output AZURE_OPENAI_CHAT_DEPLOYMENT string = chatDeploymentName
output AZURE_OPENAI_API_KEY string = openAiAccount.listKeys().key1

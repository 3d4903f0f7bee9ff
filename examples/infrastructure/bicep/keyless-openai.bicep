// The recommended shape: keys off, custom subdomain, managed identity, role assignment.
param name string
param location string = resourceGroup().location
param principalId string

resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: name
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

// Cognitive Services OpenAI User
var openAiUserRole = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd')

resource openAiUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: openai
  name: guid(openai.id, principalId, openAiUserRole)
  properties: {
    principalId: principalId
    roleDefinitionId: openAiUserRole
    principalType: 'ServicePrincipal'
  }
}

output endpoint string = openai.properties.endpoint

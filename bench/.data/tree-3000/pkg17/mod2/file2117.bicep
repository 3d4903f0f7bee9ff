param location string = resourceGroup().location
resource st2117 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st2117'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

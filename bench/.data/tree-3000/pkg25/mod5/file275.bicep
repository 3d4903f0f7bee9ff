param location string = resourceGroup().location
resource st275 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st275'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

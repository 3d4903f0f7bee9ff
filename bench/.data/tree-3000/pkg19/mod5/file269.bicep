param location string = resourceGroup().location
resource st269 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st269'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st323 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st323'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

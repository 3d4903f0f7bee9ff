param location string = resourceGroup().location
resource st497 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st497'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st473 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st473'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

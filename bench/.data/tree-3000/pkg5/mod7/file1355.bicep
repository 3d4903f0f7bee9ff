param location string = resourceGroup().location
resource st1355 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1355'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

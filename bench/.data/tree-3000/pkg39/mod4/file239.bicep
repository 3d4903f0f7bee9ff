param location string = resourceGroup().location
resource st239 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st239'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

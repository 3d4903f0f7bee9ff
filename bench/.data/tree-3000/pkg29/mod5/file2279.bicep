param location string = resourceGroup().location
resource st2279 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st2279'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st407 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st407'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

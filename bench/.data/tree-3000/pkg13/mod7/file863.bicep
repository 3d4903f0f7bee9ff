param location string = resourceGroup().location
resource st863 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st863'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

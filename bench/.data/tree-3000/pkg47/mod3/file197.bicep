param location string = resourceGroup().location
resource st197 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st197'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st857 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st857'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st419 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st419'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

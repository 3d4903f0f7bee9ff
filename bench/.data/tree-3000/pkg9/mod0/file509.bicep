param location string = resourceGroup().location
resource st509 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st509'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st131 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st131'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st119 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st119'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

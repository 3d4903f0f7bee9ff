param location string = resourceGroup().location
resource st329 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st329'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

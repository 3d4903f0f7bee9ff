param location string = resourceGroup().location
resource st293 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st293'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

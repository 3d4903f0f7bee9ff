param location string = resourceGroup().location
resource st1643 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1643'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

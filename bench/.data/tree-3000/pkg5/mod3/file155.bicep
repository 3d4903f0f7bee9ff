param location string = resourceGroup().location
resource st155 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st155'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

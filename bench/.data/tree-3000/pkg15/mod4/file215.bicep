param location string = resourceGroup().location
resource st215 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st215'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

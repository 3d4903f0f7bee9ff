param location string = resourceGroup().location
resource st1409 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1409'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

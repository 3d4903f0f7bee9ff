param location string = resourceGroup().location
resource st1901 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1901'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

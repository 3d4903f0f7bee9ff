param location string = resourceGroup().location
resource st833 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st833'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

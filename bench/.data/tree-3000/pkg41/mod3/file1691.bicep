param location string = resourceGroup().location
resource st1691 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1691'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

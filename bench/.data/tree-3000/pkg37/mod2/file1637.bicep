param location string = resourceGroup().location
resource st1637 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1637'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

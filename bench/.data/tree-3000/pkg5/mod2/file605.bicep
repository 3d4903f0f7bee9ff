param location string = resourceGroup().location
resource st605 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st605'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

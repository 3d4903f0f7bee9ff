param location string = resourceGroup().location
resource st1097 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1097'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

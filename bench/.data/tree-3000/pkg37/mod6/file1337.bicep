param location string = resourceGroup().location
resource st1337 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1337'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

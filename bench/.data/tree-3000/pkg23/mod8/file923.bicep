param location string = resourceGroup().location
resource st923 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st923'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

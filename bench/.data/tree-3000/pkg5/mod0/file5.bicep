param location string = resourceGroup().location
resource st5 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st5'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

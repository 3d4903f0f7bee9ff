param location string = resourceGroup().location
resource st251 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st251'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st137 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st137'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

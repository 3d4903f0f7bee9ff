param location string = resourceGroup().location
resource st551 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st551'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

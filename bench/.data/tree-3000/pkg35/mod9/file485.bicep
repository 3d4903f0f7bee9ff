param location string = resourceGroup().location
resource st485 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st485'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st413 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st413'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

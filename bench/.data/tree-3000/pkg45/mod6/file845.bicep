param location string = resourceGroup().location
resource st845 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st845'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

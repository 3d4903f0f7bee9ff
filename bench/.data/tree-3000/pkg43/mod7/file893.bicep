param location string = resourceGroup().location
resource st893 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st893'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

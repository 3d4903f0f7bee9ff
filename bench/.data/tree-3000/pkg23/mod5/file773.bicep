param location string = resourceGroup().location
resource st773 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st773'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

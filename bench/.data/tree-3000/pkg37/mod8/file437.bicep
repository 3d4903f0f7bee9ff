param location string = resourceGroup().location
resource st437 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st437'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st647 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st647'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

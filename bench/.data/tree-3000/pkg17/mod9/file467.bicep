param location string = resourceGroup().location
resource st467 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st467'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st161 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st161'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

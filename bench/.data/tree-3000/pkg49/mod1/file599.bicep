param location string = resourceGroup().location
resource st599 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st599'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

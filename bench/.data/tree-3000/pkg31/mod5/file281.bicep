param location string = resourceGroup().location
resource st281 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st281'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

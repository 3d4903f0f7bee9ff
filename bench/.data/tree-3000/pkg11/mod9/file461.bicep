param location string = resourceGroup().location
resource st461 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st461'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st389 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st389'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

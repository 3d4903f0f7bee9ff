param location string = resourceGroup().location
resource st317 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st317'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

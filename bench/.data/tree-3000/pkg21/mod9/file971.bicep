param location string = resourceGroup().location
resource st971 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st971'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

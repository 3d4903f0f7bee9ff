param location string = resourceGroup().location
resource st263 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st263'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st563 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st563'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

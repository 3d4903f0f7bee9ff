param location string = resourceGroup().location
resource st35 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st35'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

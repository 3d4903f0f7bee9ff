param location string = resourceGroup().location
resource st125 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st125'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

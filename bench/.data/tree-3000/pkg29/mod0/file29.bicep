param location string = resourceGroup().location
resource st29 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st29'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

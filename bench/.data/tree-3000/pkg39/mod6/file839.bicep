param location string = resourceGroup().location
resource st839 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st839'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st101 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st101'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

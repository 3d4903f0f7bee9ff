param location string = resourceGroup().location
resource st593 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st593'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

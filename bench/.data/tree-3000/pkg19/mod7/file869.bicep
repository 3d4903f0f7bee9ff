param location string = resourceGroup().location
resource st869 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st869'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

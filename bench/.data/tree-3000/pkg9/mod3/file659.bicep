param location string = resourceGroup().location
resource st659 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st659'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st701 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st701'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

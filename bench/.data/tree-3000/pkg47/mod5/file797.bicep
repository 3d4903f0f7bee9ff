param location string = resourceGroup().location
resource st797 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st797'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st1745 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1745'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st479 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st479'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

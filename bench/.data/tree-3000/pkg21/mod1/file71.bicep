param location string = resourceGroup().location
resource st71 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st71'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

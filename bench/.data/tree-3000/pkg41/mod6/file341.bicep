param location string = resourceGroup().location
resource st341 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st341'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st455 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st455'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

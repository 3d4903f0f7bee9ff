param location string = resourceGroup().location
resource st947 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st947'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

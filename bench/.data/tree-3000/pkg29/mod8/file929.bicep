param location string = resourceGroup().location
resource st929 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st929'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

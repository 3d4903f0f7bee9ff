param location string = resourceGroup().location
resource st755 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st755'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st521 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st521'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

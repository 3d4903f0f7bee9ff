param location string = resourceGroup().location
resource st803 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st803'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st911 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st911'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

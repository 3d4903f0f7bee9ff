param location string = resourceGroup().location
resource st335 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st335'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

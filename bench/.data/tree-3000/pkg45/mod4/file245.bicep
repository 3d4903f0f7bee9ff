param location string = resourceGroup().location
resource st245 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st245'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

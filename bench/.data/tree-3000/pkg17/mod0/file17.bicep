param location string = resourceGroup().location
resource st17 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st17'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

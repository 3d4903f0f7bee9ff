param location string = resourceGroup().location
resource st347 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st347'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

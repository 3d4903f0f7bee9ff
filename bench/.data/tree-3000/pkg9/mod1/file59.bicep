param location string = resourceGroup().location
resource st59 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st59'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

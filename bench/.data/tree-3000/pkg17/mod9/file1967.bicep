param location string = resourceGroup().location
resource st1967 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1967'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

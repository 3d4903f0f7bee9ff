param location string = resourceGroup().location
resource st695 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st695'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

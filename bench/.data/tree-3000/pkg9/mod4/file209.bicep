param location string = resourceGroup().location
resource st209 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st209'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

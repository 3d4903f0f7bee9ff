param location string = resourceGroup().location
resource st311 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st311'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

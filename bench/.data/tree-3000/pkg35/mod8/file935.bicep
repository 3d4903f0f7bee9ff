param location string = resourceGroup().location
resource st935 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st935'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

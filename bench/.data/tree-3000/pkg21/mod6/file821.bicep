param location string = resourceGroup().location
resource st821 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st821'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

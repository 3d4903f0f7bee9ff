param location string = resourceGroup().location
resource st899 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st899'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

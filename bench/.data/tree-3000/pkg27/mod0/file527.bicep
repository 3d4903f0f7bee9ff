param location string = resourceGroup().location
resource st527 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st527'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

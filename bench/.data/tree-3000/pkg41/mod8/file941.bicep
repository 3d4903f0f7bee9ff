param location string = resourceGroup().location
resource st941 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st941'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

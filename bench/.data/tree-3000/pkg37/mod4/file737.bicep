param location string = resourceGroup().location
resource st737 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st737'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

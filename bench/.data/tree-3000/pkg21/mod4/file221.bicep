param location string = resourceGroup().location
resource st221 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st221'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

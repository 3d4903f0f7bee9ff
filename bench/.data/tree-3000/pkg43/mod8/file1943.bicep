param location string = resourceGroup().location
resource st1943 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1943'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

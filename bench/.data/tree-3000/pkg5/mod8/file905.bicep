param location string = resourceGroup().location
resource st905 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st905'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

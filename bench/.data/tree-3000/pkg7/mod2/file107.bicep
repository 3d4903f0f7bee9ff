param location string = resourceGroup().location
resource st107 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st107'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

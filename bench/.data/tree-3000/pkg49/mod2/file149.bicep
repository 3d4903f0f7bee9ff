param location string = resourceGroup().location
resource st149 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st149'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

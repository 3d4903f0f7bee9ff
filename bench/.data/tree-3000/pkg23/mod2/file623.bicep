param location string = resourceGroup().location
resource st623 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st623'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

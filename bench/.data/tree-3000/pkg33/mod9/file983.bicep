param location string = resourceGroup().location
resource st983 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st983'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st287 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st287'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st53 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st53'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st707 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st707'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

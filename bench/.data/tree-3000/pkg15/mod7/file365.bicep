param location string = resourceGroup().location
resource st365 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st365'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st383 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st383'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

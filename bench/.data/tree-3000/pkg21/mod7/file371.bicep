param location string = resourceGroup().location
resource st371 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st371'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

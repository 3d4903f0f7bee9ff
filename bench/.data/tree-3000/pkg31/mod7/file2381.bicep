param location string = resourceGroup().location
resource st2381 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st2381'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

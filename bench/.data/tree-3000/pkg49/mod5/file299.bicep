param location string = resourceGroup().location
resource st299 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st299'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

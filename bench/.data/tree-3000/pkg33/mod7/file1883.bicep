param location string = resourceGroup().location
resource st1883 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1883'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

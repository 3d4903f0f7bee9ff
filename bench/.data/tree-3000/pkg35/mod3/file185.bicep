param location string = resourceGroup().location
resource st185 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st185'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

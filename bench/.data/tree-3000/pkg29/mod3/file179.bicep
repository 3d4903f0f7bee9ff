param location string = resourceGroup().location
resource st179 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st179'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

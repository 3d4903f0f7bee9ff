param location string = resourceGroup().location
resource st749 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st749'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

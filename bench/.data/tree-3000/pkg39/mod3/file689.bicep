param location string = resourceGroup().location
resource st689 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st689'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

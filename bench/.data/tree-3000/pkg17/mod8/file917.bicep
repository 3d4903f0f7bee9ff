param location string = resourceGroup().location
resource st917 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st917'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

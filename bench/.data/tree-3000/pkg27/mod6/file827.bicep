param location string = resourceGroup().location
resource st827 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st827'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

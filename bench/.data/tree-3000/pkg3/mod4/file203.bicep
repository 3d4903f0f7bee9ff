param location string = resourceGroup().location
resource st203 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st203'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

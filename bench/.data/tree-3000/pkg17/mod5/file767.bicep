param location string = resourceGroup().location
resource st767 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st767'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st1871 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1871'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

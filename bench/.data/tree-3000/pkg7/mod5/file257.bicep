param location string = resourceGroup().location
resource st257 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st257'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

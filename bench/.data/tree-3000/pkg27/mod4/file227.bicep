param location string = resourceGroup().location
resource st227 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st227'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st881 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st881'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

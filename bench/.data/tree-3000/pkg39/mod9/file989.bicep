param location string = resourceGroup().location
resource st989 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st989'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

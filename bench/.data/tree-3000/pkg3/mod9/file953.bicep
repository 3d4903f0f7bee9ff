param location string = resourceGroup().location
resource st953 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st953'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st173 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st173'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

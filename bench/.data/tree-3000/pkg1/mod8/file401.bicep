param location string = resourceGroup().location
resource st401 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st401'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

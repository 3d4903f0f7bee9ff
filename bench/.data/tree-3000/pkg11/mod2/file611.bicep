param location string = resourceGroup().location
resource st611 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st611'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

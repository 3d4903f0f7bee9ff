param location string = resourceGroup().location
resource st1133 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1133'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

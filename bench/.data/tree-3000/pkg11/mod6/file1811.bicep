param location string = resourceGroup().location
resource st1811 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1811'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

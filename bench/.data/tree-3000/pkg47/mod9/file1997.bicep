param location string = resourceGroup().location
resource st1997 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1997'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

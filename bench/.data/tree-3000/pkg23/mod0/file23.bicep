param location string = resourceGroup().location
resource st23 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st23'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

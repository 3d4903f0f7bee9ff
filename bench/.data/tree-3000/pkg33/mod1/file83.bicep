param location string = resourceGroup().location
resource st83 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st83'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

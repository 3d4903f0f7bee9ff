param location string = resourceGroup().location
resource st581 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st581'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

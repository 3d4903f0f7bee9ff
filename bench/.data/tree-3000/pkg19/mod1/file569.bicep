param location string = resourceGroup().location
resource st569 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st569'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

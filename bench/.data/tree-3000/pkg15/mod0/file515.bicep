param location string = resourceGroup().location
resource st515 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st515'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

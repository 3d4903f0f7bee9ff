param location string = resourceGroup().location
resource st1733 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1733'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st761 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st761'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

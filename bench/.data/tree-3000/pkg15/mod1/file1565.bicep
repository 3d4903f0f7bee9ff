param location string = resourceGroup().location
resource st1565 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1565'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

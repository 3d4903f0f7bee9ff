param location string = resourceGroup().location
resource st1475 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1475'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st491 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st491'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

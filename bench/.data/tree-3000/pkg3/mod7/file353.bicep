param location string = resourceGroup().location
resource st353 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st353'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

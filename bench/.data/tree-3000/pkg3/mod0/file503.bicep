param location string = resourceGroup().location
resource st503 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st503'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

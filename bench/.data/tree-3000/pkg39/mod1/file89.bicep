param location string = resourceGroup().location
resource st89 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st89'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

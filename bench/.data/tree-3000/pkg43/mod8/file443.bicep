param location string = resourceGroup().location
resource st443 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st443'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

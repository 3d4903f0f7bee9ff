param location string = resourceGroup().location
resource st1265 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1265'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

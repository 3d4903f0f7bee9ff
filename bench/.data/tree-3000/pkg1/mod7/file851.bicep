param location string = resourceGroup().location
resource st851 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st851'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

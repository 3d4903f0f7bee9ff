param location string = resourceGroup().location
resource st1847 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1847'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

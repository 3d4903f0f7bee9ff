param location string = resourceGroup().location
resource st809 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st809'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

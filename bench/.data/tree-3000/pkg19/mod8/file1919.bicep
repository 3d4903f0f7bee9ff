param location string = resourceGroup().location
resource st1919 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1919'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

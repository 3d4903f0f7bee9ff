param location string = resourceGroup().location
resource st1937 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1937'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

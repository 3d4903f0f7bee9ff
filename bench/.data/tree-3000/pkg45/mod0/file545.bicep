param location string = resourceGroup().location
resource st545 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st545'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st713 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st713'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

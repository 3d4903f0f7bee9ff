param location string = resourceGroup().location
resource st305 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st305'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

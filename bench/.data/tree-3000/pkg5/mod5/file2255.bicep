param location string = resourceGroup().location
resource st2255 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st2255'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

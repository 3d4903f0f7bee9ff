param location string = resourceGroup().location
resource st2429 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st2429'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

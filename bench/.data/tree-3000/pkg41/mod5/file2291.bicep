param location string = resourceGroup().location
resource st2291 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st2291'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

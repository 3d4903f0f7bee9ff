param location string = resourceGroup().location
resource st377 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st377'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st359 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st359'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

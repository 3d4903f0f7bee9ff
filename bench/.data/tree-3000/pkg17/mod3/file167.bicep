param location string = resourceGroup().location
resource st167 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st167'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

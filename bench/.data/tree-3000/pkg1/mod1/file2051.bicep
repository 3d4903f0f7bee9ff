param location string = resourceGroup().location
resource st2051 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st2051'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

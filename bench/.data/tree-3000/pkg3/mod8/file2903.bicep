param location string = resourceGroup().location
resource st2903 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st2903'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

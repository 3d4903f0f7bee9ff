param location string = resourceGroup().location
resource st671 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st671'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

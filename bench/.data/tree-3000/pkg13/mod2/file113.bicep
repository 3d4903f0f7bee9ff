param location string = resourceGroup().location
resource st113 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st113'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st2783 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st2783'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

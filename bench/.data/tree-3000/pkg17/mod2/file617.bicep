param location string = resourceGroup().location
resource st617 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st617'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

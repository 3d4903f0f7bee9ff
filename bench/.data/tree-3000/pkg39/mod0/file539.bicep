param location string = resourceGroup().location
resource st539 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st539'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

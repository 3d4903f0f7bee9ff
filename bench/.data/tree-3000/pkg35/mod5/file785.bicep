param location string = resourceGroup().location
resource st785 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st785'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

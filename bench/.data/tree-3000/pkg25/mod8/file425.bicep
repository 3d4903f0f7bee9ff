param location string = resourceGroup().location
resource st425 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st425'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

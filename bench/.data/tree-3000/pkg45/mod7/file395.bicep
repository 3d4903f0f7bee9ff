param location string = resourceGroup().location
resource st395 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st395'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

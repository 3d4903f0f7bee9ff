param location string = resourceGroup().location
resource st815 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st815'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

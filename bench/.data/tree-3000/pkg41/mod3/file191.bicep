param location string = resourceGroup().location
resource st191 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st191'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

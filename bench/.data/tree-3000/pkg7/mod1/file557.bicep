param location string = resourceGroup().location
resource st557 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st557'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st725 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st725'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

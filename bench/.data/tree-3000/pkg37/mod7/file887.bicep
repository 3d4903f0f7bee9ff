param location string = resourceGroup().location
resource st887 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st887'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

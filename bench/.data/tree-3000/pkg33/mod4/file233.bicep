param location string = resourceGroup().location
resource st233 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st233'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

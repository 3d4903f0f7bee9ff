param location string = resourceGroup().location
resource st1169 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1169'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st719 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st719'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st995 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st995'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

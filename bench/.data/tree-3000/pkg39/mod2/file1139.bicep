param location string = resourceGroup().location
resource st1139 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1139'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

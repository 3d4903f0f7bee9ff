param location string = resourceGroup().location
resource st1607 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1607'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

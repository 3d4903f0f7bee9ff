param location string = resourceGroup().location
resource st743 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st743'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

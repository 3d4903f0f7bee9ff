param location string = resourceGroup().location
resource st11 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st11'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st65 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st65'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

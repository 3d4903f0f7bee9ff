param location string = resourceGroup().location
resource st959 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st959'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st1751 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st1751'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st875 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st875'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

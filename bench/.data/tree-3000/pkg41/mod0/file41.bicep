param location string = resourceGroup().location
resource st41 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st41'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

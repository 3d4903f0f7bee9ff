param location string = resourceGroup().location
resource st95 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st95'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

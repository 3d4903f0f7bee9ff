param location string = resourceGroup().location
resource st683 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st683'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

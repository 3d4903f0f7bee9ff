param location string = resourceGroup().location
resource st2801 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st2801'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

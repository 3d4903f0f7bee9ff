param location string = resourceGroup().location
resource st653 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st653'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

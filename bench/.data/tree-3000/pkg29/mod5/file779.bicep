param location string = resourceGroup().location
resource st779 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st779'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

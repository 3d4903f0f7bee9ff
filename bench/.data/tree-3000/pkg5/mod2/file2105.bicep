param location string = resourceGroup().location
resource st2105 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st2105'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

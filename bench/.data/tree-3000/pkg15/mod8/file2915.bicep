param location string = resourceGroup().location
resource st2915 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st2915'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

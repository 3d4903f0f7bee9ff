param location string = resourceGroup().location
resource st2483 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st2483'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

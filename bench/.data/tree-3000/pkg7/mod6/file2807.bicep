param location string = resourceGroup().location
resource st2807 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st2807'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st677 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st677'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st641 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st641'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

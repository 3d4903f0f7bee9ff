param location string = resourceGroup().location
resource st575 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st575'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

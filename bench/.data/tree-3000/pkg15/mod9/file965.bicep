param location string = resourceGroup().location
resource st965 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st965'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

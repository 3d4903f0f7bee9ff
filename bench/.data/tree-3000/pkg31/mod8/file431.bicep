param location string = resourceGroup().location
resource st431 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st431'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st629 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st629'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st449 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st449'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st77 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st77'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

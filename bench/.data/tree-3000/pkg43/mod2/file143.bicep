param location string = resourceGroup().location
resource st143 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st143'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

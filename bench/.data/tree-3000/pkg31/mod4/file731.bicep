param location string = resourceGroup().location
resource st731 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st731'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

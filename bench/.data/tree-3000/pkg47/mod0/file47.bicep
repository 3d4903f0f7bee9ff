param location string = resourceGroup().location
resource st47 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st47'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

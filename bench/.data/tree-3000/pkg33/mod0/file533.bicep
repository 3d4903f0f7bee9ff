param location string = resourceGroup().location
resource st533 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st533'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

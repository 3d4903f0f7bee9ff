param location string = resourceGroup().location
resource st587 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st587'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st2033 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st2033'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

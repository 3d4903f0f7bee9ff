param location string = resourceGroup().location
resource st2849 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st2849'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

param location string = resourceGroup().location
resource st2891 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st2891'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

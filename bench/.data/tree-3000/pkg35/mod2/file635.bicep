param location string = resourceGroup().location
resource st635 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st635'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

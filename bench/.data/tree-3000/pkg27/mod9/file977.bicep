param location string = resourceGroup().location
resource st977 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st977'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

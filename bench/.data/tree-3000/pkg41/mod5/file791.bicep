param location string = resourceGroup().location
resource st791 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st791'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

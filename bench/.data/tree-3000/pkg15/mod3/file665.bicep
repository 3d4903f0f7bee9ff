param location string = resourceGroup().location
resource st665 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'st665'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

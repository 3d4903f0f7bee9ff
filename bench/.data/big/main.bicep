param disableLocal bool = false
param location string = resourceGroup().location

resource acct0 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-0'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-0'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct1 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-1'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-1'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct2 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-2'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-2'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct3 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-3'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-3'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct4 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-4'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-4'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct5 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-5'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-5'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct6 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-6'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-6'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct7 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-7'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-7'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct8 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-8'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-8'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct9 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-9'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-9'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct10 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-10'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-10'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct11 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-11'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-11'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct12 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-12'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-12'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct13 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-13'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-13'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct14 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-14'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-14'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct15 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-15'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-15'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct16 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-16'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-16'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct17 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-17'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-17'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct18 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-18'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-18'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct19 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-19'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-19'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct20 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-20'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-20'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct21 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-21'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-21'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct22 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-22'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-22'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct23 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-23'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-23'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct24 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-24'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-24'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct25 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-25'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-25'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct26 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-26'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-26'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct27 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-27'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-27'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct28 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-28'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-28'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct29 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-29'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-29'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct30 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-30'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-30'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct31 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-31'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-31'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct32 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-32'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-32'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct33 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-33'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-33'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct34 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-34'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-34'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct35 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-35'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-35'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct36 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-36'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-36'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct37 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-37'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-37'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct38 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-38'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-38'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct39 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-39'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-39'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct40 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-40'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-40'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct41 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-41'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-41'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct42 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-42'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-42'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct43 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-43'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-43'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct44 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-44'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-44'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct45 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-45'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-45'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct46 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-46'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-46'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct47 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-47'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-47'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct48 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-48'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-48'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct49 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-49'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-49'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct50 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-50'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-50'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct51 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-51'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-51'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct52 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-52'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-52'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct53 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-53'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-53'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct54 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-54'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-54'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct55 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-55'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-55'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct56 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-56'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-56'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct57 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-57'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-57'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct58 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-58'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-58'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct59 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-59'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-59'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct60 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-60'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-60'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct61 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-61'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-61'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct62 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-62'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-62'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct63 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-63'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-63'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct64 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-64'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-64'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct65 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-65'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-65'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct66 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-66'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-66'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct67 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-67'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-67'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct68 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-68'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-68'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct69 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-69'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-69'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct70 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-70'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-70'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct71 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-71'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-71'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct72 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-72'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-72'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct73 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-73'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-73'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct74 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-74'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-74'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct75 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-75'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-75'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct76 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-76'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-76'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct77 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-77'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-77'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct78 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-78'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-78'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct79 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-79'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-79'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct80 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-80'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-80'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct81 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-81'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-81'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct82 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-82'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-82'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct83 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-83'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-83'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct84 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-84'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-84'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct85 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-85'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-85'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct86 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-86'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-86'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct87 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-87'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-87'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct88 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-88'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-88'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct89 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-89'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-89'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct90 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-90'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-90'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct91 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-91'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-91'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct92 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-92'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-92'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct93 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-93'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-93'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct94 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-94'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-94'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct95 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-95'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-95'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct96 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-96'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-96'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct97 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-97'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-97'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct98 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-98'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-98'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct99 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-99'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-99'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct100 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-100'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-100'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct101 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-101'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-101'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct102 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-102'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-102'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct103 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-103'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-103'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct104 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-104'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-104'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct105 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-105'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-105'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct106 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-106'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-106'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct107 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-107'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-107'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct108 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-108'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-108'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct109 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-109'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-109'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct110 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-110'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-110'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct111 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-111'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-111'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct112 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-112'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-112'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct113 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-113'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-113'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct114 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-114'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-114'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct115 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-115'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-115'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct116 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-116'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-116'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct117 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-117'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-117'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct118 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-118'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-118'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct119 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-119'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-119'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct120 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-120'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-120'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct121 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-121'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-121'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct122 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-122'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-122'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct123 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-123'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-123'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct124 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-124'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-124'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct125 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-125'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-125'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct126 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-126'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-126'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct127 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-127'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-127'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct128 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-128'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-128'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct129 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-129'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-129'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct130 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-130'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-130'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct131 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-131'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-131'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct132 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-132'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-132'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct133 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-133'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-133'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct134 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-134'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-134'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct135 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-135'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-135'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct136 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-136'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-136'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct137 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-137'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-137'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct138 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-138'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-138'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct139 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-139'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-139'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct140 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-140'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-140'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct141 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-141'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-141'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct142 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-142'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-142'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct143 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-143'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-143'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct144 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-144'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-144'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct145 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-145'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-145'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct146 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-146'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-146'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct147 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-147'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-147'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct148 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-148'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-148'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct149 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-149'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-149'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct150 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-150'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-150'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct151 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-151'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-151'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct152 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-152'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-152'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct153 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-153'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-153'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct154 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-154'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-154'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct155 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-155'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-155'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct156 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-156'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-156'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct157 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-157'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-157'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct158 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-158'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-158'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct159 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-159'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-159'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct160 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-160'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-160'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct161 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-161'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-161'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct162 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-162'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-162'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct163 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-163'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-163'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct164 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-164'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-164'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct165 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-165'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-165'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct166 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-166'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-166'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct167 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-167'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-167'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct168 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-168'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-168'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct169 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-169'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-169'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct170 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-170'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-170'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct171 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-171'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-171'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct172 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-172'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-172'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct173 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-173'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-173'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct174 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-174'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-174'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct175 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-175'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-175'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct176 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-176'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-176'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct177 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-177'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-177'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct178 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-178'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-178'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct179 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-179'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-179'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct180 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-180'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-180'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct181 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-181'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-181'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct182 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-182'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-182'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct183 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-183'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-183'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct184 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-184'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-184'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct185 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-185'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-185'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct186 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-186'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-186'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct187 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-187'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-187'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct188 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-188'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-188'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct189 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-189'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-189'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct190 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-190'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-190'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct191 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-191'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-191'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct192 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-192'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-192'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct193 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-193'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-193'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct194 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-194'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-194'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct195 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-195'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-195'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct196 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-196'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-196'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct197 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-197'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-197'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct198 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-198'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-198'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct199 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-199'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-199'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct200 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-200'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-200'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct201 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-201'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-201'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct202 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-202'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-202'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct203 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-203'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-203'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct204 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-204'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-204'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct205 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-205'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-205'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct206 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-206'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-206'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct207 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-207'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-207'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct208 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-208'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-208'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct209 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-209'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-209'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct210 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-210'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-210'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct211 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-211'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-211'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct212 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-212'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-212'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct213 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-213'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-213'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct214 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-214'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-214'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct215 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-215'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-215'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct216 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-216'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-216'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct217 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-217'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-217'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct218 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-218'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-218'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct219 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-219'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-219'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct220 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-220'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-220'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct221 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-221'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-221'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct222 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-222'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-222'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct223 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-223'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-223'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct224 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-224'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-224'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct225 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-225'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-225'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct226 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-226'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-226'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct227 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-227'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-227'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct228 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-228'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-228'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct229 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-229'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-229'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct230 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-230'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-230'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct231 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-231'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-231'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct232 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-232'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-232'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct233 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-233'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-233'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct234 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-234'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-234'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct235 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-235'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-235'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct236 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-236'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-236'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct237 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-237'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-237'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct238 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-238'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-238'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct239 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-239'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-239'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct240 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-240'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-240'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct241 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-241'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-241'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct242 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-242'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-242'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct243 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-243'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-243'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct244 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-244'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-244'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct245 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-245'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-245'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct246 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-246'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-246'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct247 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-247'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-247'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct248 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-248'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-248'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct249 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-249'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-249'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct250 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-250'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-250'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct251 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-251'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-251'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct252 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-252'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-252'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct253 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-253'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-253'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct254 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-254'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-254'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct255 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-255'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-255'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct256 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-256'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-256'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct257 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-257'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-257'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct258 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-258'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-258'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct259 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-259'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-259'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct260 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-260'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-260'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct261 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-261'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-261'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct262 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-262'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-262'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct263 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-263'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-263'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct264 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-264'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-264'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct265 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-265'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-265'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct266 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-266'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-266'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct267 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-267'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-267'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct268 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-268'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-268'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct269 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-269'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-269'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct270 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-270'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-270'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct271 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-271'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-271'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct272 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-272'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-272'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct273 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-273'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-273'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct274 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-274'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-274'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct275 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-275'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-275'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct276 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-276'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-276'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct277 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-277'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-277'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct278 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-278'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-278'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct279 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-279'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-279'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct280 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-280'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-280'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct281 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-281'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-281'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct282 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-282'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-282'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct283 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-283'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-283'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct284 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-284'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-284'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct285 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-285'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-285'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct286 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-286'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-286'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct287 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-287'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-287'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct288 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-288'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-288'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct289 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-289'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-289'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct290 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-290'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-290'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct291 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-291'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-291'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct292 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-292'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-292'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct293 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-293'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-293'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct294 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-294'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-294'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct295 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-295'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-295'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct296 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-296'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-296'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct297 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-297'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-297'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct298 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-298'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-298'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct299 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-299'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-299'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct300 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-300'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-300'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct301 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-301'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-301'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct302 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-302'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-302'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct303 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-303'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-303'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct304 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-304'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-304'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct305 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-305'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-305'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct306 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-306'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-306'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct307 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-307'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-307'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct308 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-308'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-308'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct309 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-309'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-309'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct310 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-310'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-310'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct311 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-311'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-311'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct312 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-312'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-312'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct313 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-313'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-313'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct314 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-314'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-314'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct315 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-315'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-315'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct316 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-316'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-316'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct317 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-317'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-317'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct318 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-318'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-318'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct319 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-319'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-319'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct320 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-320'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-320'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct321 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-321'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-321'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct322 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-322'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-322'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct323 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-323'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-323'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct324 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-324'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-324'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct325 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-325'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-325'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct326 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-326'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-326'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct327 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-327'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-327'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct328 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-328'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-328'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct329 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-329'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-329'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct330 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-330'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-330'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct331 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-331'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-331'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct332 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-332'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-332'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct333 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-333'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-333'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct334 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-334'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-334'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct335 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-335'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-335'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct336 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-336'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-336'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct337 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-337'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-337'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct338 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-338'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-338'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct339 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-339'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-339'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct340 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-340'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-340'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct341 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-341'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-341'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct342 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-342'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-342'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct343 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-343'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-343'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct344 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-344'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-344'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct345 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-345'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-345'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct346 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-346'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-346'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct347 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-347'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-347'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct348 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-348'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-348'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct349 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-349'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-349'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct350 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-350'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-350'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct351 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-351'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-351'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct352 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-352'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-352'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct353 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-353'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-353'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct354 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-354'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-354'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct355 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-355'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-355'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct356 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-356'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-356'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct357 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-357'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-357'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct358 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-358'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-358'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct359 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-359'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-359'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct360 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-360'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-360'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct361 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-361'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-361'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct362 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-362'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-362'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct363 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-363'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-363'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct364 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-364'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-364'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct365 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-365'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-365'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct366 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-366'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-366'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct367 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-367'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-367'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct368 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-368'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-368'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct369 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-369'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-369'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct370 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-370'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-370'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct371 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-371'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-371'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct372 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-372'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-372'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct373 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-373'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-373'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct374 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-374'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-374'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct375 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-375'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-375'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct376 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-376'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-376'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct377 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-377'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-377'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct378 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-378'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-378'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct379 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-379'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-379'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct380 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-380'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-380'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct381 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-381'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-381'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct382 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-382'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-382'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct383 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-383'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-383'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct384 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-384'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-384'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct385 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-385'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-385'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct386 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-386'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-386'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct387 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-387'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-387'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct388 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-388'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-388'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct389 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-389'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-389'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct390 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-390'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-390'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct391 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-391'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-391'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct392 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-392'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-392'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct393 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-393'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-393'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct394 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-394'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-394'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct395 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-395'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-395'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct396 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-396'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-396'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct397 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-397'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-397'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct398 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-398'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-398'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct399 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-399'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-399'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct400 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-400'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-400'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct401 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-401'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-401'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct402 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-402'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-402'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct403 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-403'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-403'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct404 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-404'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-404'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct405 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-405'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-405'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct406 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-406'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-406'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct407 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-407'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-407'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct408 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-408'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-408'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct409 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-409'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-409'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct410 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-410'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-410'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct411 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-411'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-411'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct412 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-412'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-412'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct413 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-413'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-413'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct414 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-414'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-414'
    disableLocalAuth: disableLocal
    publicNetworkAccess: 'Disabled'
  }
}

resource acct415 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-415'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-415'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

resource acct416 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'acct-416'
  location: location
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'acct-416'
    disableLocalAuth: true
    publicNetworkAccess: 'Disabled'
  }
}

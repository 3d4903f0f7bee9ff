import { rule as header } from '../../../rules/powershell/powershell-api-key-header';
import { rule as accountKey } from '../../../rules/powershell/powershell-cognitiveservices-account-key';
import { rule as env } from '../../../rules/powershell/powershell-azure-openai-key-env';
import { testRule } from '../../helpers/rule-tester';

const TOKEN = [
  "$aoaiToken = (Get-AzAccessToken -ResourceUrl 'https://cognitiveservices.azure.com').Token",
  "if ($aoaiToken -is [securestring]) { $aoaiToken = [System.Net.NetworkCredential]::new('', $aoaiToken).Password }",
];

testRule(header, {
  path: 'scripts/chat.ps1',
  valid: [
    { name: 'a bearer token already', code: '$h = @{ "Authorization" = "Bearer $token" }\nInvoke-RestMethod -Uri $u -Headers $h\n' },
    { name: 'Azure AI Search only', code: '$u = "https://acme.search.windows.net/indexes?api-version=2023-11-01"\nInvoke-RestMethod -Uri $u -Headers @{ "api-key" = $searchKey }\n' },
    { name: 'the header in a comment and an empty value', code: '# @{ "api-key" = $key }\n$h = @{ "api-key" = "" }\n' },
  ],
  invalid: [
    {
      name: 'a headers hashtable: the token is fetched before the statement and sent as Authorization',
      code: '$headers = @{ "api-key" = $env:AZURE_OPENAI_API_KEY; "Content-Type" = "application/json" }\nInvoke-RestMethod -Method Post -Uri $uri -Headers $headers -Body $body\n',
      errors: [{ line: 1, column: 15, endColumn: 53, severity: 'warning', message: 'sends an `api-key` header' }],
      fixTitle: /Connect-AzAccount.*Cognitive Services OpenAI User/,
      output: [...TOKEN, '$headers = @{ "Authorization" = "Bearer $aoaiToken"; "Content-Type" = "application/json" }', 'Invoke-RestMethod -Method Post -Uri $uri -Headers $headers -Body $body', ''].join('\n'),
    },
    {
      name: 'inline -Headers in a function keeps the indentation and the quote style',
      code: "function Get-Models {\n    Invoke-WebRequest -Uri $env:AZURE_OPENAI_ENDPOINT -Headers @{ 'api-key' = $key }\n}\n",
      errors: [{ line: 2, column: 67 }],
      output: `function Get-Models {\n    ${TOKEN[0]}\n    ${TOKEN[1]}\n    Invoke-WebRequest -Uri $env:AZURE_OPENAI_ENDPOINT -Headers @{ 'Authorization' = "Bearer $aoaiToken" }\n}\n`,
    },
    {
      name: '.Add and index assignment: one token at the top of the block serves both',
      code: '# Azure OpenAI\n$h = @{}\n$h.Add("api-key", $k)\n$h["Api-Key"] = $k\n',
      errors: [{ line: 3, column: 1 }, { line: 4, column: 1 }],
      output: ['# Azure OpenAI', ...TOKEN, '$h = @{}', '$h.Add("Authorization", "Bearer $aoaiToken")', '$h["Authorization"] = "Bearer $aoaiToken"', ''].join('\n'),
    },
    {
      name: 'a param block stays first',
      code: 'param([string]$Uri)\n\nInvoke-RestMethod -Uri $Uri -Headers @{ "api-key" = $env:AZURE_OPENAI_API_KEY }\n',
      errors: [{ line: 3, column: 41 }],
      output: ['param([string]$Uri)', '', ...TOKEN, 'Invoke-RestMethod -Uri $Uri -Headers @{ "Authorization" = "Bearer $aoaiToken" }', ''].join('\n'),
    },
    {
      name: 'an APIM subscription key is info, no fix',
      code: '$h = @{ "Ocp-Apim-Subscription-Key" = $apimKey }\n',
      errors: [{ line: 1, column: 9, severity: 'info', message: 'API Management subscription key' }],
      output: null,
    },
  ],
});

testRule(env, {
  path: 'scripts/setup.ps1',
  valid: [
    { name: 'the endpoint', code: '$e = $env:AZURE_OPENAI_ENDPOINT\n' },
    { name: 'OPENAI_API_KEY with no Azure context', code: '$k = $env:OPENAI_API_KEY\n' },
  ],
  invalid: [
    {
      name: 'a read, a set and the .NET API',
      code: '$k = $env:AZURE_OPENAI_API_KEY\n${env:AOAI_KEY} = "x"\n$v = [Environment]::GetEnvironmentVariable("AZURE_OPENAI_KEY")\n',
      errors: [
        { line: 1, column: 6, message: 'Reads the Azure OpenAI key AZURE_OPENAI_API_KEY' },
        { line: 2, column: 1, message: 'Sets the Azure OpenAI key AOAI_KEY' },
        { line: 3, column: 6, message: 'Reads the Azure OpenAI key AZURE_OPENAI_KEY' },
      ],
    },
  ],
});

testRule(accountKey, {
  path: 'scripts/keys.ps1',
  valid: [{ name: 'listing accounts', code: 'Get-AzCognitiveServicesAccount -ResourceGroupName rg\n' }],
  invalid: [
    {
      name: 'fetching the keys',
      code: '$keys = Get-AzCognitiveServicesAccountKey -ResourceGroupName rg -Name contoso\n',
      errors: [{ line: 1, column: 9, endColumn: 42, message: 'fetches the account' }],
    },
  ],
});

<#
.SYNOPSIS
    Summarizes a text file with an Azure OpenAI deployment.
#>
param(
    [Parameter(Mandatory)] [string] $Path,
    [string] $Deployment = "gpt-4o-mini"
)

$endpoint = $env:AZURE_OPENAI_ENDPOINT
$headers = @{
    "api-key"      = $env:AZURE_OPENAI_API_KEY
    "Content-Type" = "application/json"
}
$body = @{
    messages = @(@{ role = "user"; content = "Summarize:`n" + (Get-Content -Raw $Path) })
} | ConvertTo-Json -Depth 5

$uri = "$endpoint/openai/deployments/$Deployment/chat/completions?api-version=2024-10-21"
$response = Invoke-RestMethod -Method Post -Uri $uri -Headers $headers -Body $body
$response.choices[0].message.content

using Azure;
using Azure.AI.Inference;

// Azure AI Foundry model endpoint with a key: flagged (the fix is a suggestion, the audience differs).
var foundry = new ChatCompletionsClient(
    new Uri("https://contoso-ai.services.ai.azure.com/models"),
    new AzureKeyCredential(Environment.GetEnvironmentVariable("AZURE_INFERENCE_CREDENTIAL")!));

// GitHub Models takes a GitHub token and has no Entra path: not flagged.
var github = new ChatCompletionsClient(
    new Uri("https://models.inference.ai.azure.com"),
    new AzureKeyCredential(Environment.GetEnvironmentVariable("GITHUB_TOKEN")!));

// Azure AI Search is a different service with its own audience: not flagged.
var searchKey = Environment.GetEnvironmentVariable("AZURE_SEARCH_KEY")!;
var search = new Azure.Search.Documents.SearchClient(new Uri("https://contoso.search.windows.net"), "products", new AzureKeyCredential(searchKey));

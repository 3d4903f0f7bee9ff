using Azure;
using Azure.AI.OpenAI;

var key = Environment.GetEnvironmentVariable("MY_KEY");
var client = new AzureOpenAIClient(
    new Uri("https://contoso.openai.azure.com"),
    new AzureKeyCredential(key));

// Already keyless: Microsoft Entra ID through DefaultAzureCredential. No findings expected.
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.SemanticKernel;
using OpenAI.Chat;

var endpoint = new Uri(Environment.GetEnvironmentVariable("AZURE_OPENAI_ENDPOINT")!);
var client = new AzureOpenAIClient(endpoint, new DefaultAzureCredential());
ChatClient chat = client.GetChatClient("gpt-4o");

var kernel = Kernel.CreateBuilder()
    .AddAzureOpenAIChatCompletion("gpt-4o", endpoint.ToString(), new DefaultAzureCredential())
    .Build();

using System.ClientModel;
using OpenAI;
using OpenAI.Chat;

// The OpenAI .NET library against the Azure OpenAI v1 endpoint, with a key.
var key = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!;
var client = new OpenAIClient(
    new ApiKeyCredential(key),
    new OpenAIClientOptions { Endpoint = new Uri("https://contoso.openai.azure.com/openai/v1/") });
ChatClient chat = client.GetChatClient("gpt-4o-mini");
Console.WriteLine((await chat.CompleteChatAsync("Hello!")).Value.Content[0].Text);

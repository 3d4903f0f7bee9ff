// An ASP.NET Core service that talks to Azure OpenAI with an API key from configuration.
using Azure;
using Azure.AI.OpenAI;
using Microsoft.Extensions.Configuration;
using OpenAI.Chat;

namespace Contoso.Support;

public sealed class ChatService
{
    private readonly ChatClient _chat;

    public ChatService(IConfiguration configuration)
    {
        var endpoint = new Uri(configuration["AzureOpenAI:Endpoint"]!);
        var credential = new AzureKeyCredential(configuration["AzureOpenAI:ApiKey"]!);
        var client = new AzureOpenAIClient(endpoint, credential);
        _chat = client.GetChatClient(configuration["AzureOpenAI:Deployment"] ?? "gpt-4o");
    }

    public async Task<string> AskAsync(string question, CancellationToken cancellationToken = default)
    {
        ChatCompletion completion = await _chat.CompleteChatAsync(
            [new SystemChatMessage("You answer questions about Contoso products."), new UserChatMessage(question)],
            cancellationToken: cancellationToken);
        return completion.Content[0].Text;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.SemanticKernel;

var config = new ConfigurationBuilder()
    .AddUserSecrets<Program>()
    .AddEnvironmentVariables()
    .Build();

string apiKey = config["AzureOpenAI:ApiKey"]!;

var builder = Kernel.CreateBuilder();
builder.AddAzureOpenAIChatCompletion(
    deploymentName: config["AzureOpenAI:ChatDeployment"]!,
    endpoint: config["AzureOpenAI:Endpoint"]!,
    apiKey: apiKey);

Kernel kernel = builder.Build();
Console.WriteLine(await kernel.InvokePromptAsync("Give me three names for a coffee shop."));

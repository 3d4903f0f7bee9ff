// ASP.NET Core start-up that registers Azure OpenAI through the Azure client factory.
using Azure;
using Microsoft.Extensions.Azure;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAzureClients(clientBuilder =>
{
    var endpoint = builder.Configuration["AzureOpenAI:Endpoint"]!;
    var key = builder.Configuration.GetSection("AzureOpenAI")["ApiKey"]!;
    clientBuilder.AddOpenAIClient(new Uri(endpoint), new AzureKeyCredential(key));
});

builder.Services.AddControllers();

var app = builder.Build();
app.MapControllers();
app.Run();

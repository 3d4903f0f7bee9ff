using System.Net.Http.Json;

// Calls the Azure OpenAI REST API directly, without the SDK.
var endpoint = Environment.GetEnvironmentVariable("AZURE_OPENAI_ENDPOINT")!;
var deployment = Environment.GetEnvironmentVariable("AZURE_OPENAI_DEPLOYMENT") ?? "gpt-4o";
var apiKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!;

using var http = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Post, $"{endpoint}/openai/deployments/{deployment}/chat/completions?api-version=2024-10-21");
request.Headers.Add("api-key", apiKey);
request.Content = JsonContent.Create(new { messages = new[] { new { role = "user", content = "Hello" } } });

var response = await http.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());

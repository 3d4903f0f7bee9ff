// Calling the REST API by hand with fetch.
const endpoint = process.env.AZURE_OPENAI_ENDPOINT;
const deployment = "gpt-4o";

export async function complete(prompt: string): Promise<string> {
  const res = await fetch(`${endpoint}/openai/deployments/${deployment}/chat/completions?api-version=2024-10-21`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "api-key": process.env.AZURE_OPENAI_API_KEY ?? "",
    },
    body: JSON.stringify({ messages: [{ role: "user", content: prompt }] }),
  });
  const json = await res.json();
  return json.choices[0].message.content;
}

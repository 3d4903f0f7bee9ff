// Minimal chat app, written the way the Azure OpenAI quickstart did before keyless auth.
import { AzureOpenAI } from "openai";
import "dotenv/config";

const endpoint = process.env.AZURE_OPENAI_ENDPOINT!;
const apiKey = process.env.AZURE_OPENAI_API_KEY!;
const apiVersion = "2024-10-21";
const deployment = process.env.AZURE_OPENAI_DEPLOYMENT_NAME ?? "gpt-4o";

export async function main() {
  const client = new AzureOpenAI({ endpoint, apiKey, apiVersion, deployment });
  const result = await client.chat.completions.create({
    model: deployment,
    messages: [
      { role: "system", content: "You are a helpful assistant." },
      { role: "user", content: "Does Azure OpenAI support customer managed keys?" },
    ],
    max_tokens: 256,
  });
  for (const choice of result.choices) console.log(choice.message.content);
}

main().catch((err) => {
  console.error("The sample encountered an error:", err);
});

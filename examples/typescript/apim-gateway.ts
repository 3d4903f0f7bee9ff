import { AzureOpenAI } from "openai";

// Azure OpenAI behind an API Management gateway: the key is the APIM subscription key.
const client = new AzureOpenAI({
  endpoint: process.env.APIM_GATEWAY_URL,
  apiKey: process.env.APIM_SUBSCRIPTION_KEY,
  apiVersion: "2024-10-21",
  deployment: "gpt-4o",
});

const completion = await client.chat.completions.create({
  model: "gpt-4o",
  messages: [{ role: "user", content: "Hello" }],
});
console.log(completion.choices[0].message.content);

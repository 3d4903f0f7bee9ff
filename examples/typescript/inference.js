// Azure AI Inference (Foundry Models) from CommonJS.
const ModelClient = require("@azure-rest/ai-inference").default;
const { isUnexpected } = require("@azure-rest/ai-inference");
const { AzureKeyCredential } = require("@azure/core-auth");

const client = ModelClient(process.env.AZURE_INFERENCE_ENDPOINT, new AzureKeyCredential(process.env.AZURE_INFERENCE_CREDENTIAL));

async function summarize(text) {
  const response = await client.path("/chat/completions").post({
    body: { model: "Phi-4", messages: [{ role: "user", content: `Summarize: ${text}` }] },
  });
  if (isUnexpected(response)) throw response.body.error;
  return response.body.choices[0].message.content;
}

module.exports = { summarize };

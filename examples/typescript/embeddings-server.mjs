// Express endpoint that embeds text; the Azure client reads its key from the environment implicitly.
import express from "express";
import { AzureOpenAI } from "openai";

const app = express();
app.use(express.json());

const client = new AzureOpenAI({
  endpoint: process.env.AZURE_OPENAI_ENDPOINT,
  apiVersion: "2024-10-21",
  deployment: "text-embedding-3-small",
});

app.post("/embed", async (req, res) => {
  const result = await client.embeddings.create({ model: "text-embedding-3-small", input: req.body.text });
  res.json(result.data[0].embedding);
});

app.listen(3000);

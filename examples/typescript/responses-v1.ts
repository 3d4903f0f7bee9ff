// The v1 API with the plain OpenAI client: one keyed, one already keyless.
import OpenAI from "openai";
import { DefaultAzureCredential, getBearerTokenProvider } from "@azure/identity";

const endpoint = process.env.AZURE_OPENAI_ENDPOINT;

export const keyed = new OpenAI({
  baseURL: `${endpoint}/openai/v1/`,
  apiKey: process.env.AZURE_OPENAI_API_KEY,
});

export const keyless = new OpenAI({
  baseURL: `${endpoint}/openai/v1/`,
  apiKey: getBearerTokenProvider(new DefaultAzureCredential(), "https://ai.azure.com/.default"),
});

// api.openai.com: no Entra option exists, so this is never a finding.
export const publicOpenAI = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

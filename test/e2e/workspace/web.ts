import { AzureOpenAI } from "openai";

const endpoint = process.env.AZURE_OPENAI_ENDPOINT;
const apiVersion = "2024-10-21";
export const client = new AzureOpenAI({ apiKey: process.env.AZURE_OPENAI_API_KEY, endpoint, apiVersion });

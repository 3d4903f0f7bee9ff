package main

// The header Azure OpenAI reads its API key from.
const authHeader = "api-key"

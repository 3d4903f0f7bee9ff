#!/usr/bin/env bash
# Smoke-tests the deployment after `azd provision`.
set -euo pipefail

RG="${AZURE_RESOURCE_GROUP:-rg-contoso-ai}"
ACCOUNT="${AZURE_OPENAI_NAME:-contoso-aoai}"
export AZURE_OPENAI_ENDPOINT="https://${ACCOUNT}.openai.azure.com/"
AZURE_OPENAI_API_KEY=$(az cognitiveservices account keys list -g "$RG" -n "$ACCOUNT" --query key1 -o tsv)

curl -sS "${AZURE_OPENAI_ENDPOINT}openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21" \
  -H "Content-Type: application/json" \
  -H "api-key: ${AZURE_OPENAI_API_KEY}" \
  -d '{"messages":[{"role":"user","content":"ping"}],"max_tokens":5}'

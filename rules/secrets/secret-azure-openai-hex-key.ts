import { redactSecret } from '../../engine/redact';
import type { Rule } from '../../engine/rule';
import { ALL_KINDS, findContextualHexKeys, isLockFile } from './key-literals';

export const rule: Rule = {
  meta: {
    code: 'AOAI502',
    name: 'secret-azure-openai-hex-key',
    description: 'Flags 32-character hexadecimal Azure OpenAI keys that are written next to an Azure OpenAI key name or endpoint.',
    severity: 'error',
    category: 'secrets',
    kinds: ALL_KINDS,
    fix: 'none',
    docs: {
      whatItDoes:
        'Flags 32-character hexadecimal literals (the older Azure OpenAI / Cognitive Services key format) only with Azure OpenAI context: a key-like name earlier on the same line (`AZURE_OPENAI_API_KEY=`, `"ApiKey": "`, `api_key="`, `api-key: `; for `value:` lines the `name:` line above, as in Kubernetes `env` lists) that either names Azure OpenAI itself or sits within 40 lines of an Azure OpenAI endpoint. A base64-encoded hex key (44 characters ending in `=`, as in Kubernetes `Secret` `data`) is decoded and held to the same context. Placeholders (`<your-key>`, `xxxx`, `${VAR}`, `{{var}}`, repeated characters, `11111222223333344444555556666677`), hashes and ids (`PublicKeyToken=`, `sha`, `md5`, `guid`, `etag`, `tenant`, `client_id`), keys of other services (`AZURE_SEARCH_KEY`, storage, Cosmos DB) and lock files are not reported. Every file kind is read, and any other text file up to 1 MB whatever its extension (a committed `terraform.tfstate` holds the account\'s `primary_access_key`); binary files are skipped.',
      whyBad:
        'A key in a file is a leak: it sits in every clone and in git history and grants full data-plane access until rotated. Thirty-two hex characters alone are also GUIDs and MD5 sums, so the rule needs the context above to stay quiet on ordinary code.',
      example: 'client = AzureOpenAI(\n    azure_endpoint="https://contoso.openai.azure.com/",\n    api_key="<32 hex characters>",\n    api_version="2024-10-21",\n)',
      useInstead:
        'from azure.identity import DefaultAzureCredential, get_bearer_token_provider\n\nclient = AzureOpenAI(\n    azure_endpoint="https://contoso.openai.azure.com/",\n    azure_ad_token_provider=get_bearer_token_provider(\n        DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default"\n    ),\n    api_version="2024-10-21",\n)',
      exampleLanguage: 'python',
      references: [
        'https://learn.microsoft.com/purview/sit-defn-azure-cognitive-service-key',
        'https://learn.microsoft.com/azure/ai-services/openai/how-to/managed-identity',
        'https://github.com/microsoft/autogen/issues/3195',
      ],
    },
  },
  // Base64 of hex text starts every 4-character group with one of M N O Q R Y Z.
  prefilter: /[0-9a-fA-F]{32}|(?:[MNOQRYZ][A-Za-z0-9+/]{3}){10}[MNOQRYZ][A-Za-z0-9+/]{2}=/,
  check(context) {
    if (isLockFile(context.file.path)) return;
    for (const key of findContextualHexKeys(context.file.text)) {
      context.report({
        start: key.start,
        end: key.end,
        message: `Hard-coded Azure OpenAI key ${redactSecret(key.value)}${key.encoded ? ' (base64-encoded)' : ''}: anyone who can read this file or its history can call the resource. Rotate the key and switch to Microsoft Entra ID.`,
        data: { format: 'hex-32', encoded: key.encoded },
      });
    }
  },
};

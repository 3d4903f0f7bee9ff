import { redactSecret } from '../../engine/redact';
import type { Rule } from '../../engine/rule';
import { ALL_KINDS, findIdentifiableKeys, isLockFile } from './key-literals';

export const rule: Rule = {
  meta: {
    code: 'AOAI501',
    name: 'secret-azure-ai-identifiable-key',
    description: 'Flags Azure OpenAI and Azure AI Services keys in the 84-character identifiable format, in any file.',
    severity: 'error',
    category: 'secrets',
    kinds: ALL_KINDS,
    fix: 'none',
    docs: {
      whatItDoes:
        'Flags literals in the identifiable key format Azure AI Services issues (84 characters: 52 random base62 characters, `JQQJ99` at offset 52, a date and reserved block, then `AAA` + a service letter and the provider signature `ACOG` at offsets 72-79, e.g. `AAAB` for Azure OpenAI). The markers make the match unambiguous, so it is reported in every file kind (code, notebooks, IaC, policies, config, `.http` and shell files, and any other text file up to 1 MB whatever its extension: Terraform state, Go or Java sources, template copies; binary files are skipped) without needing a key-like name nearby. Keys written base64-encoded (112 characters, as in Kubernetes `Secret` `data`) are decoded and reported too. Lock files are skipped. The message shows only the first four characters and the length.',
      whyBad:
        'A key in a file is a leak: it sits in every clone, fork, backup and in git history, and grants full data-plane access to the resource until it is rotated. Several popular scanners miss the 84-character format. A config rule may also flag the same setting (with a removal fix); that finding does not replace this one, because removing the line does not revoke the key.',
      example: 'AZURE_OPENAI_API_KEY=<84-character key: 52 chars + JQQJ99... + AAABACOG....>',
      useInstead:
        '# Rotate the key (az cognitiveservices account keys regenerate), then authenticate with\n# Microsoft Entra ID: DefaultAzureCredential + the Cognitive Services OpenAI User role.\nAZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/',
      exampleLanguage: 'dotenv',
      references: [
        'https://github.com/microsoft/security-utilities',
        'https://learn.microsoft.com/azure/ai-services/authentication',
        'https://learn.microsoft.com/azure/ai-services/disable-local-auth',
      ],
    },
  },
  // `UUo5` is `QJ9` (offsets 54-56) base64-encoded: every encoded identifiable key contains it.
  prefilter: /JQQJ9[9DH]|UUo5/,
  check(context) {
    if (isLockFile(context.file.path)) return;
    for (const key of findIdentifiableKeys(context.file.text)) {
      context.report({
        start: key.start,
        end: key.end,
        message: `Hard-coded Azure AI Services key ${redactSecret(key.value)}${key.encoded ? ' (base64-encoded)' : ''}: anyone who can read this file or its history can call the resource. Rotate the key and switch to Microsoft Entra ID.`,
        data: { format: 'identifiable-84', encoded: key.encoded },
      });
    }
  },
};

import { inComment, shellParser } from '../../engine/parsers/shell';
import type { Rule } from '../../engine/rule';

/** `az cognitiveservices account keys list`, words separated by blanks or `\`-newline continuations. */
export const KEYS_LIST = /\baz(?:[ \t]|\\\r?\n)+cognitiveservices(?:[ \t]|\\\r?\n)+account(?:[ \t]|\\\r?\n)+keys(?:[ \t]|\\\r?\n)+list\b/;

export const rule: Rule = {
  meta: {
    code: 'AOAI406',
    name: 'shell-cognitiveservices-keys-list',
    description: 'Flags shell scripts that fetch Azure OpenAI account keys with `az cognitiveservices account keys list`.',
    severity: 'warning',
    category: 'config',
    kinds: ['shell'],
    fix: 'none',
    docs: {
      whatItDoes:
        'Flags `az cognitiveservices account keys list` in shell scripts (usually captured into a variable such as `KEY=$(az cognitiveservices account keys list ... --query key1 -o tsv)`), outside comments and here-documents. Shell scripts embedded in YAML are checked too: GitHub Actions and azd hook `run:` blocks, Azure Pipelines `script:`/`bash:` and AzureCLI@2 `inlineScript:` (not when a sibling `shell:`/`scriptType:` names PowerShell, cmd or Python).',
      whyBad:
        'Fetching the key at runtime keeps the resource on key auth and needs a management-plane role that can read every key of the account (listKeys) — broader than the data-plane role Entra auth needs. The identity that runs the script can call Azure OpenAI directly with a token instead, and `disableLocalAuth` cannot be turned on while scripts depend on keys.',
      example: 'AZURE_OPENAI_API_KEY=$(az cognitiveservices account keys list -g rg -n contoso --query key1 -o tsv)',
      useInstead: 'TOKEN=$(az account get-access-token --scope https://cognitiveservices.azure.com/.default --query accessToken -o tsv)\n# send "Authorization: Bearer $TOKEN", or let DefaultAzureCredential use the az login',
      exampleLanguage: 'bash',
      references: [
        'https://learn.microsoft.com/cli/azure/cognitiveservices/account/keys#az-cognitiveservices-account-keys-list',
        'https://learn.microsoft.com/azure/ai-services/disable-local-auth',
        'https://learn.microsoft.com/cli/azure/account#az-account-get-access-token',
      ],
    },
  },
  prefilter: /cognitiveservices/,
  check(context) {
    const text = context.file.text;
    const doc = context.parse(shellParser);
    const re = new RegExp(KEYS_LIST.source, 'g');
    for (const command of doc.commands) {
      const span = text.slice(command.start, command.end);
      re.lastIndex = 0;
      for (let m = re.exec(span); m; m = re.exec(span)) {
        const start = command.start + m.index;
        if (inComment(doc, start)) continue;
        context.report({
          start,
          end: start + m[0].length,
          message: 'This script fetches the Azure OpenAI account key at runtime: still key auth, and it needs a role that can read every key. Request a Microsoft Entra token instead (az account get-access-token).',
        });
      }
    }
  },
};

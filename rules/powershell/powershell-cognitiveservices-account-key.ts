import { childByField, nodeText, powershellParser } from '../../engine/parsers/powershell';
import type { Rule } from '../../engine/rule';

/** `Get-AzCognitiveServicesAccountKey`: a script that fetches the account keys. */
export const rule: Rule = {
  meta: {
    code: 'AOAI833',
    name: 'powershell-cognitiveservices-account-key',
    description: 'A PowerShell script fetches Azure OpenAI / AI Services account keys with `Get-AzCognitiveServicesAccountKey`.',
    severity: 'warning',
    category: 'code',
    kinds: ['powershell'],
    fix: 'none',
    docs: {
      whatItDoes: 'Flags `Get-AzCognitiveServicesAccountKey` (and `New-AzCognitiveServicesAccountKey`, which regenerates a key and returns it) in PowerShell scripts.',
      whyBad:
        'Fetching the keys hands a god-mode data-plane credential to whatever the script passes it to, and the caller needs a management role (`listKeys`) that an app never should. Once every client uses Microsoft Entra ID the keys can be turned off (`disableLocalAuth`) and nothing needs them.',
      example: '$keys = Get-AzCognitiveServicesAccountKey -ResourceGroupName rg -Name contoso\n$env:AZURE_OPENAI_API_KEY = $keys.Key1',
      useInstead: '# No key: the app uses DefaultAzureCredential; give its identity the role once\nNew-AzRoleAssignment -ObjectId $principalId -RoleDefinitionName "Cognitive Services OpenAI User" -Scope $account.Id',
      exampleLanguage: 'powershell',
      references: ['https://learn.microsoft.com/powershell/module/az.cognitiveservices/get-azcognitiveservicesaccountkey', 'https://learn.microsoft.com/azure/ai-services/disable-local-auth'],
    },
  },
  prefilter: /-AzCognitiveServicesAccountKey\b/i,
  parsers: [powershellParser],
  check(context) {
    const tree = context.parse(powershellParser);
    for (const c of tree.commands) {
      const name = childByField(c, 'command_name');
      if (!name || !/^(?:Get|New)-AzCognitiveServicesAccountKey$/i.test(nodeText(tree.file, name))) continue;
      context.report({
        start: name.start,
        end: name.end,
        message: `\`${nodeText(tree.file, name)}\` fetches the account's API keys: every holder of a key has full data-plane access. Move the callers to Microsoft Entra ID (a role assignment of "Cognitive Services OpenAI User") and turn keys off.`,
      });
    }
  },
};

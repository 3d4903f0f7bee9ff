import { AMBIGUOUS_KEY_NAMES, isAzureKeyName } from '../../engine/azure-signals';
import { constantString, envVariableName, nodeText, powershellParser, walk } from '../../engine/parsers/powershell';
import type { SyntaxNode } from '../../engine/parsers/tree-sitter';
import type { Rule } from '../../engine/rule';

/** `$env:X` on the left of an assignment sets X; anywhere else reads it. */
function isAssignmentTarget(node: SyntaxNode): boolean {
  for (let n: SyntaxNode | null = node.parent; n; n = n.parent) {
    if (n.type === 'left_assignment_expression') return true;
    if (n.type === 'assignment_expression' || n.type === 'pipeline' || n.type === 'statement_list') return false;
  }
  return false;
}

/** PowerShell reads and sets of Azure OpenAI / AI Services keys in the environment. */
export const rule: Rule = {
  meta: {
    code: 'AOAI832',
    name: 'powershell-azure-openai-key-env',
    description: 'A PowerShell script reads or sets an Azure OpenAI or Azure AI Services API key in the environment.',
    severity: 'warning',
    category: 'code',
    kinds: ['powershell'],
    fix: 'none',
    docs: {
      whatItDoes:
        'Flags `$env:X` and `${env:X}` (read or set) and `[Environment]::GetEnvironmentVariable("X")` / `SetEnvironmentVariable("X", ...)` when `X` names an Azure OpenAI / AI Services key (`AZURE_OPENAI_API_KEY`, `AZURE_OPENAI_KEY`, `AOAI_KEY`, ...). `OPENAI_API_KEY` counts in a script that also names an Azure OpenAI setting or host.',
      whyBad:
        'A script that reads or exports the key keeps key auth alive for every tool it runs. With Microsoft Entra ID the script and the tools it starts use the signed-in identity instead.',
      example: '$env:AZURE_OPENAI_API_KEY = (Get-AzCognitiveServicesAccountKey -ResourceGroupName rg -Name contoso).Key1',
      useInstead: '# Sign in once; SDKs and tools then use DefaultAzureCredential\nConnect-AzAccount',
      exampleLanguage: 'powershell',
      references: ['https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_environment_variables', 'https://learn.microsoft.com/azure/ai-services/disable-local-auth'],
    },
  },
  prefilter: /(?:AZURE|AOAI|OPENAI)\w*KEY|AZURE\w*CREDENTIAL/i,
  parsers: [powershellParser],
  check(context) {
    const tree = context.parse(powershellParser);
    const file = tree.file;
    const azure = /AZURE_OPENAI|\.openai\.azure\.com|cognitiveservices\.azure\.com/i.test(file.text);
    const keyName = (name: string) => isAzureKeyName(name) || (azure && AMBIGUOUS_KEY_NAMES.has(name.toUpperCase()));
    const service = (name: string) => (/OPENAI|AOAI/i.test(name) ? 'Azure OpenAI' : 'Azure AI Services');
    for (const v of tree.variables) {
      const name = envVariableName(file, v);
      if (!name || !keyName(name)) continue;
      const sets = isAssignmentTarget(v);
      context.report({
        start: v.start,
        end: v.end,
        message: `${sets ? 'Sets' : 'Reads'} the ${service(name)} key ${name} ${sets ? 'in' : 'from'} the environment, so key auth stays in use; sign in with Microsoft Entra ID (Connect-AzAccount, DefaultAzureCredential) and drop the key.`,
      });
    }
    for (const n of walk(tree.root)) {
      if (n.type !== 'invokation_expression') continue;
      const member = n.children.find((c) => c.type === 'member_name');
      const verb = member ? /^(Get|Set)EnvironmentVariable$/i.exec(nodeText(file, member))?.[1] : undefined;
      if (!verb || !/^\[(?:System\.)?Environment\]$/i.test(nodeText(file, n.children[0]))) continue;
      const first = [...walk(n)].find((c) => c.type === 'argument_expression');
      const name = constantString(file, first);
      if (!name || !keyName(name)) continue;
      const sets = /^set$/i.test(verb);
      context.report({
        start: n.start,
        end: n.end,
        message: `${sets ? 'Sets' : 'Reads'} the ${service(name)} key ${name} ${sets ? 'in' : 'from'} the environment, so key auth stays in use; sign in with Microsoft Entra ID (Connect-AzAccount, DefaultAzureCredential) and drop the key.`,
      });
    }
  },
};

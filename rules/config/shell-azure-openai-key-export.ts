import { shellParser, type ShellCommand, type ShellWord } from '../../engine/parsers/shell';
import type { Rule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { classifyValue, displayName, isKeySettingName, removalTitle, severityFor, settingMessage } from './key-settings';
import { fileAzureContext } from './shell-context';
import { KEYS_LIST } from './shell-cognitiveservices-keys-list';

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/;

/** Assignment words of a command: after `export`/`declare -x`/`readonly`, or leading `NAME=value` words. */
function assignments(command: ShellCommand): ShellWord[] {
  const w = command.words;
  if (w[0]?.text === 'export' || w[0]?.text === 'readonly' || w[0]?.text === 'declare' || w[0]?.text === 'typeset') {
    return w.slice(1).filter((x) => ASSIGNMENT.test(x.text));
  }
  const out: ShellWord[] = [];
  for (const x of w) {
    if (!ASSIGNMENT.test(x.text)) break;
    out.push(x);
  }
  // `NAME=value cmd` sets the variable for that one command: still key plumbing, reported the same.
  return out;
}

/** Deletes the command's lines when it stands alone on them (a trailing comment goes too). */
function removeCommandFix(text: string, command: ShellCommand, title: string): Fix | undefined {
  let start = command.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  if (start > 0 && text[start - 1] !== '\n') return undefined;
  const nl = text.indexOf('\n', command.end);
  const rest = text.slice(command.end, nl < 0 ? text.length : nl).trim();
  if (rest !== '' && !rest.startsWith('#')) return undefined;
  return { title, applicability: 'unsafe', edits: [{ start, end: nl < 0 ? text.length : nl + 1, newText: '' }] };
}

export const rule: Rule = {
  meta: {
    code: 'AOAI405',
    name: 'shell-azure-openai-key-export',
    description: 'Flags shell scripts that set an Azure OpenAI API-key environment variable.',
    severity: 'warning',
    category: 'config',
    kinds: ['shell'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags `export AZURE_OPENAI_API_KEY=...`, `AZURE_OPENAI_KEY=...` and the other Azure OpenAI key names (and `OPENAI_API_KEY` when the script shows an Azure context) in shell scripts. A literal value is a warning; a reference (`$VAR`, `${VAR}`, `$(az keyvault secret show ...)`) or a placeholder is info. Values that call `az cognitiveservices account keys list` are left to `shell-cognitiveservices-keys-list`. Shell scripts embedded in YAML are checked too: GitHub Actions and azd hook `run:` blocks, Azure Pipelines `script:`/`bash:` and AzureCLI@2 `inlineScript:` (not when a sibling `shell:`/`scriptType:` names PowerShell, cmd or Python).',
      whyBad:
        'The openai SDKs and LangChain pick `AZURE_OPENAI_API_KEY` up implicitly, so a script that exports it keeps every tool it launches on key auth (and openai-node refuses to combine it with a token provider).',
      example: 'export AZURE_OPENAI_ENDPOINT="https://contoso.openai.azure.com/"\nexport AZURE_OPENAI_API_KEY="$(az keyvault secret show --vault-name kv --name aoai-key --query value -o tsv)"\npython app.py',
      useInstead: 'export AZURE_OPENAI_ENDPOINT="https://contoso.openai.azure.com/"\naz login  # DefaultAzureCredential in app.py picks up the Azure CLI sign-in\npython app.py',
      exampleLanguage: 'bash',
      fixSafety:
        'Unsafe: deleting the line switches the launched app away from key auth; it must authenticate with DefaultAzureCredential and its identity needs the Cognitive Services OpenAI User role. Offered only when the assignment is the only thing on its line(s).',
      references: [
        'https://learn.microsoft.com/azure/ai-services/openai/how-to/managed-identity',
        'https://github.com/openai/openai-python/blob/main/src/openai/lib/azure.py',
      ],
    },
  },
  prefilter: /KEY/i,
  check(context) {
    const text = context.file.text;
    const doc = context.parse(shellParser);
    const azure = fileAzureContext(text);
    for (const command of doc.commands) {
      const list = assignments(command);
      for (const word of list) {
        const [, name, value] = ASSIGNMENT.exec(word.text)!;
        if (!isKeySettingName(name, azure)) continue;
        if (KEYS_LIST.test(value)) continue;
        const cls = classifyValue(value.includes('$(') ? '$(cmd)' : value);
        const fix = list.length === 1 ? removeCommandFix(text, command, removalTitle(name)) : undefined;
        context.report({
          start: word.start,
          end: word.end,
          severity: severityFor(cls),
          message: settingMessage(name, cls, 'This script'),
          fixes: fix ? [fix] : [],
          data: { setting: displayName(name), value: cls },
        });
      }
    }
  },
};

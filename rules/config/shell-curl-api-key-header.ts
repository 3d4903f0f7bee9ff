import { shellParser, type ShellWord } from '../../engine/parsers/shell';
import type { Rule } from '../../engine/rule';
import { ROLE } from './key-settings';
import { commandTarget, expandVariables, programIndex, programName } from './shell-context';

/** A header argument: `-H V`, `--header V`, `-HV`, `--header=V` (curl), `--header=V` (wget). */
interface HeaderArg {
  /** The word holding the header text. */
  word: ShellWord;
  /** The header text. */
  header: string;
  /** What precedes the header inside the word (`-H`, `--header=`), '' when it is a word of its own. */
  attached: string;
}

function headerArgs(words: ShellWord[], from: number): HeaderArg[] {
  const out: HeaderArg[] = [];
  for (let i = from; i < words.length; i++) {
    const t = words[i].text;
    if ((t === '-H' || t === '--header') && words[i + 1]) {
      out.push({ word: words[i + 1], header: words[i + 1].text, attached: '' });
      i++;
    } else if (t.startsWith('--header=')) out.push({ word: words[i], header: t.slice(9), attached: '--header=' });
    else if (t.startsWith('-H') && t.length > 2 && !t.startsWith('-H-')) out.push({ word: words[i], header: t.slice(2), attached: '-H' });
  }
  return out;
}

/** `az account get-access-token` for the configured scope (the CLI accepts `--scope` with `/.default`). */
export function tokenCommand(scope: string): string {
  return `$(az account get-access-token --scope ${scope} --query accessToken -o tsv)`;
}

export const rule: Rule = {
  meta: {
    code: 'AOAI404',
    name: 'shell-curl-api-key-header',
    description: 'Flags curl and wget calls that send an `api-key` header to Azure OpenAI in shell scripts.',
    severity: 'warning',
    category: 'config',
    kinds: ['shell'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags `curl -H "api-key: ..."` (also `--header`, `-H\'...\'`, `--header=...`, and `wget --header=...`), across `\\` line continuations, when the same command targets an Azure OpenAI / AI Services endpoint (host, an `/openai/deployments/` or `/openai/v1/` path, an `$AZURE_OPENAI_ENDPOINT` variable, or the Azure OpenAI path `/deployments/<name>/chat/completions?api-version=`). URLs and headers built in the script\'s own variables (`key="api-key: $K"` ... `-H "$key"`) are followed; a header set in a variable is reported on the assignment. Calls through an API Management gateway (`*.azure-api.net`), and `Ocp-Apim-Subscription-Key` headers to such a route, are info without a fix: a gateway key is still key auth, and the fix is on the gateway; Azure AI Search and GitHub Models calls are not flagged; comments and here-document bodies are ignored. Shell scripts embedded in YAML are checked too: GitHub Actions and azd hook `run:` blocks, Azure Pipelines `script:`/`bash:` and AzureCLI@2 `inlineScript:` (not when a sibling `shell:`/`scriptType:` names PowerShell, cmd or Python).',
      whyBad:
        'Scripts are copied into READMEs, CI and runbooks; an `api-key` header makes every one of them depend on a shared, long-lived key instead of the caller\'s own Entra identity.',
      example: 'curl "$AZURE_OPENAI_ENDPOINT/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21" \\\n  -H "Content-Type: application/json" \\\n  -H "api-key: $AZURE_OPENAI_API_KEY" \\\n  -d @body.json',
      useInstead:
        'curl "$AZURE_OPENAI_ENDPOINT/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21" \\\n  -H "Content-Type: application/json" \\\n  -H "Authorization: Bearer $(az account get-access-token --scope https://cognitiveservices.azure.com/.default --query accessToken -o tsv)" \\\n  -d @body.json',
      exampleLanguage: 'bash',
      fixSafety:
        'Unsafe rather than display-only: the replacement is complete and runnable (no placeholders), but it changes who authenticates. The script then needs a signed-in Azure CLI (`az login`, or `azure/login` with OIDC in CI) whose identity holds the Cognitive Services OpenAI User role. The header is always written in double quotes so the `$(...)` expands, even where the original used single quotes.',
      references: [
        'https://learn.microsoft.com/cli/azure/account#az-account-get-access-token',
        'https://learn.microsoft.com/azure/ai-services/openai/reference#authentication',
        'https://learn.microsoft.com/azure/ai-services/openai/how-to/managed-identity',
      ],
    },
  },
  prefilter: /api-key|ocp-apim-subscription-key/i,
  check(context) {
    const doc = context.parse(shellParser);
    // `NAME=value` commands of the script: headers and URLs are often built in variables.
    const vars = new Map<string, string>();
    const assigned = new Map<string, ShellWord>();
    for (const command of doc.commands) {
      for (const w of command.words) {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/.exec(w.text);
        if (!m) break;
        vars.set(m[1], m[2]);
        assigned.set(m[1], w);
      }
    }
    for (const command of doc.commands) {
      const program = programName(command);
      if (program !== 'curl' && program !== 'wget') continue;
      const args: (HeaderArg & { gatewayKey: boolean; fromVariable: boolean })[] = [];
      for (const a of headerArgs(command.words, programIndex(command) + 1)) {
        // `-H "$key"` with `key="api-key: …"`: the header is the variable's value, reported where it is set.
        const ref = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(a.header.trim());
        const source = ref && !a.attached ? assigned.get(ref[1]) : undefined;
        const header = source ? expandVariables(vars.get(ref![1]) ?? '', vars) : a.header;
        const gatewayKey = /^\s*ocp-apim-subscription-key\s*:/i.test(header);
        if (!gatewayKey && !/^\s*api-key\s*:/i.test(header)) continue;
        args.push(source ? { word: source, header, attached: '', gatewayKey, fromVariable: true } : { ...a, gatewayKey, fromVariable: false });
      }
      if (args.length === 0) continue;
      const where = commandTarget(command.words.map((w) => ({ ...w, text: expandVariables(w.text, vars) })));
      if (!where) continue;
      for (const a of args) {
        if (where === 'apim' || a.gatewayKey) {
          context.report({
            start: a.word.start,
            end: a.word.end,
            severity: 'info',
            message:
              'This call sends an API Management subscription key to a gateway in front of Azure OpenAI: a gateway key is still key auth, so the fix is on the gateway (validate-azure-ad-token, managed identity to the backend) and the caller sends a Microsoft Entra token.',
          });
          continue;
        }
        if (a.fromVariable) {
          context.report({
            start: a.word.start,
            end: a.word.end,
            message: `This header, built in a variable and sent by ${program}, authenticates to Azure OpenAI with an api-key: a shared key instead of the caller's Microsoft Entra identity.`,
          });
          continue;
        }
        const header = `"Authorization: Bearer ${tokenCommand(context.settings.tokenScope)}"`;
        context.report({
          start: a.word.start,
          end: a.word.end,
          message: `This ${program} call authenticates to Azure OpenAI with an api-key header: a shared key instead of the caller's Microsoft Entra identity.`,
          fixes: [
            {
              title: `Send a Microsoft Entra token from the Azure CLI (needs az login); the signed-in identity needs the ${ROLE} role`,
              applicability: 'unsafe',
              edits: [{ start: a.word.start, end: a.word.end, newText: a.attached + header }],
            },
          ],
        });
      }
    }
  },
};

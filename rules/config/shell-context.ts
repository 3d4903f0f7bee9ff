/** Shell helpers shared by the `shell-*` rules: what a command runs, and where it sends requests. */
import { isAzureAIEndpoint } from '../../engine/azure-signals';
import type { ShellCommand, ShellWord } from '../../engine/parsers/shell';

/** Words that only prefix the real command (`sudo curl`, `time curl`, `FOO=1 curl`). */
const PREFIX = /^(?:sudo|command|time|exec|nohup|env)$|^[A-Za-z_][A-Za-z0-9_]*=/;

/** The index of the word naming the program the command runs, or -1. */
export function programIndex(command: ShellCommand): number {
  return command.words.findIndex((w) => !PREFIX.test(w.text));
}

/** The program name, without its directory (`/usr/bin/curl` → `curl`). */
export function programName(command: ShellCommand): string | undefined {
  const i = programIndex(command);
  return i < 0 ? undefined : command.words[i].text.split('/').pop();
}

/**
 * The Azure OpenAI data-plane path (`/deployments/<name>/chat/completions?api-version=…`), as an
 * API Management gateway that fronts it exposes it too.
 */
const AOAI_PATH = /\/deployments\/[^/\s]+\/(?:chat\/completions|completions|embeddings|images\/generations|audio\/)[^\s]*api-version=/i;

/**
 * Expands `$NAME` / `${NAME}` from the script's own assignments (`url="${base}/openai/…"`), a few
 * levels deep, so a URL or header built in variables is seen as the command sends it.
 */
export function expandVariables(text: string, vars: ReadonlyMap<string, string>, depth = 3): string {
  let out = text;
  for (let i = 0; i < depth && /\$\{?[A-Za-z_]/.test(out); i++) {
    out = out.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (m, a: string | undefined, b: string | undefined) => vars.get((a ?? b)!) ?? m);
  }
  return out;
}

/** Where a command's URL-ish words point. */
export function commandTarget(words: ShellWord[]): 'azure-ai' | 'apim' | undefined {
  const all = words.map((w) => w.text).join(' ');
  if (/search\.windows\.net|models\.inference\.ai\.azure\.com|models\.github\.ai/i.test(all)) return undefined;
  if (/\.azure-api\.net/i.test(all)) return /\/openai\//i.test(all) || AOAI_PATH.test(all) ? 'apim' : undefined;
  if (isAzureAIEndpoint(all) || /(?:^|[/}])openai\/(?:deployments|v1)\b/i.test(all) || /AZURE_OPENAI_(?:ENDPOINT|BASE|API_BASE)/i.test(all) || AOAI_PATH.test(all)) return 'azure-ai';
  return undefined;
}

/** True when the script shows it talks to Azure OpenAI (for the ambiguous `OPENAI_API_KEY`). */
export function fileAzureContext(text: string): boolean {
  return isAzureAIEndpoint(text) || /OPENAI_API_TYPE=["']?azure\b/i.test(text) || /\bAZURE_OPENAI_/i.test(text);
}

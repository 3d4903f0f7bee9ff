import { isAzureAIEndpoint } from '../../engine/azure-signals';
import { dotenvParser, type DotenvEntry } from '../../engine/parsers/dotenv';
import type { Rule } from '../../engine/rule';
import {
  classifyValue,
  CONNECTION_STRING_TITLE,
  connectionStringKey,
  connectionStringMessage,
  displayName,
  gatewaySettingMessage,
  isGatewayKeyName,
  isGenericKeyBesideEndpoint,
  isKeySettingName,
  removalFix,
  severityFor,
  settingMessage,
} from './key-settings';
import { settingReaders } from './setting-readers';

/**
 * The entries of each block (lines not parted by a blank line): the siblings that give a generic
 * name (`PROJECT_API_KEY`, `API_KEY`) its meaning, as a YAML map's keys do.
 */
function blocksOf(text: string, entries: DotenvEntry[]): Map<DotenvEntry, DotenvEntry[]> {
  const byEntry = new Map<DotenvEntry, DotenvEntry[]>();
  let block: DotenvEntry[] = [];
  let prev: DotenvEntry | undefined;
  for (const e of entries) {
    const between = prev ? text.slice(prev.lineEnd, e.lineStart).split('\n').slice(0, -1) : [];
    if (between.some((line) => line.trim() === '')) block = [];
    block.push(e);
    byEntry.set(e, block);
    prev = e;
  }
  return byEntry;
}

/** `OPENAI_API_TYPE=azure` or an Azure endpoint / `AZURE_OPENAI_*` setting beside the ambiguous name. */
function azureContext(entries: DotenvEntry[]): boolean {
  return entries.some(
    (e) =>
      (/^OPENAI_API_TYPE$/i.test(e.name) && /^azure$/i.test(e.value.trim())) ||
      /^AZURE_OPENAI_/i.test(e.name) ||
      isAzureAIEndpoint(e.value),
  );
}

/** With `OPENAI_API_TYPE=azure_ad` the legacy SDK sends OPENAI_API_KEY as an Entra token. */
function isEntraTokenType(entries: DotenvEntry[]): boolean {
  return entries.some((e) => /^OPENAI_API_TYPE$/i.test(e.name) && /^(azure_ad|azuread)$/i.test(e.value.trim()));
}

/** The file says the openai settings are Azure's: `OPENAI_API_TYPE=azure`, or `OPENAI_BASE_URL` on an Azure endpoint. */
const AZURE_TYPED = /OPENAI_API_TYPE\s*=\s*["']?azure|OPENAI_BASE_URL\s*=\s*["']?https:\/\/[^\s"']*\.(?:openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com)/i;

export const rule: Rule = {
  meta: {
    code: 'AOAI401',
    name: 'env-azure-openai-key-setting',
    description: 'Flags Azure OpenAI API-key settings in dotenv files.',
    severity: 'warning',
    category: 'config',
    kinds: ['dotenv'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags `.env`-style assignments of an Azure OpenAI / Azure AI Services key (`AZURE_OPENAI_API_KEY`, `AZURE_OPENAI_KEY`, `AOAI_KEY`, ...), and of `OPENAI_API_KEY` when the file shows an Azure context (`OPENAI_API_TYPE=azure`, an Azure endpoint or another `AZURE_OPENAI_*` setting). A generic name (`API_KEY`, `KEY`, `PROJECT_API_KEY`, `GPT4_KEY`) counts when an entry of its own block (lines not parted by a blank line) is an Azure OpenAI endpoint (`AZURE_OPENAI_ENDPOINT`, `INFERENCE_ENDPOINT`, an `*.openai.azure.com` value) or shares its prefix with one; keys of other services (`WEATHER_API_KEY`) do not. API Management subscription keys (`APIM_SUBSCRIPTION_KEY`, `APIM_KEY`, or a generic key beside an `*.azure-api.net` URL) are reported with gateway advice: a gateway key is still key auth. Files are found by name: `.env`, `.env.*`, `*.env`, `env`, `_env`, `env.sample`, `env.sample.txt`, `*.env.template`. A literal value is a warning; an empty value, a placeholder (`<your-key>`) or a reference (`${VAR}`) is info, because it still sets the app up for key auth (templates such as `.env.sample` teach every clone to use a key). Connection strings to an Azure OpenAI endpoint that carry a key (`ConnectionStrings__openai=Endpoint=https://...;Key=...`, the .NET Aspire format) are flagged too; their fix deletes only the `Key=` part. Commented-out lines are ignored.',
      whyBad:
        'The openai SDKs read `AZURE_OPENAI_API_KEY` implicitly: while it is set, openai-node refuses to combine it with a token provider and openai-python keeps using the key for Realtime. Keys are shared, long-lived and give no per-caller audit trail. A key-shaped literal is also reported by `secret-azure-ai-identifiable-key` / `secret-azure-openai-hex-key` (error): that finding asks for the key to be rotated, which removing the line does not do, so both are kept.',
      example: 'AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\nAZURE_OPENAI_API_KEY=<key from the portal>',
      useInstead: 'AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\n# Auth: DefaultAzureCredential (az login locally, managed identity in Azure)',
      exampleLanguage: 'dotenv',
      fixSafety:
        'Unsafe: removing the line switches the app away from key auth. It only works once the code authenticates with DefaultAzureCredential (or another token credential) and the identity holds the Cognitive Services OpenAI User role. The fix is display-only while code near the file (its folder and two levels below) still names the setting (the title lists the files), and for `OPENAI_API_KEY` unless `OPENAI_API_TYPE=azure` or an Azure `OPENAI_BASE_URL` says it is an Azure key: it may be a public OpenAI key.',
      references: [
        'https://learn.microsoft.com/azure/ai-services/openai/how-to/managed-identity',
        'https://github.com/openai/openai-python/blob/main/src/openai/lib/azure.py',
        'https://github.com/openai/openai-node/blob/master/src/azure.ts',
      ],
    },
  },
  prefilter: /KEY/i,
  check(context) {
    const { entries } = context.parse(dotenvParser);
    const entraToken = isEntraTokenType(entries);
    const azure = azureContext(entries) && !entraToken;
    const blocks = blocksOf(context.file.text, entries);
    const generic = (e: DotenvEntry) => (entraToken ? undefined : isGenericKeyBesideEndpoint(e.name, blocks.get(e) ?? []));
    for (const e of entries) {
      const cs = connectionStringKey(e.value);
      if (cs) {
        // `ConnectionStrings__openai=Endpoint=…;Key=…` (Aspire / .NET configuration from the environment).
        const cls = classifyValue(cs.key);
        const innerStart = e.quote ? e.rawStart + 1 : e.rawStart;
        const editable = context.file.text.slice(innerStart, innerStart + e.value.length) === e.value;
        context.report({
          start: e.nameStart,
          end: e.end,
          severity: severityFor(cls),
          message: connectionStringMessage(e.name, cls),
          fixes: editable ? [{ title: CONNECTION_STRING_TITLE, applicability: 'unsafe', edits: [{ start: innerStart + cs.start, end: innerStart + cs.end, newText: '' }] }] : [],
          data: { setting: displayName(e.name), value: cls },
        });
        continue;
      }
      const known = isKeySettingName(e.name, azure);
      const gateway = isGatewayKeyName(e.name) || (!known && generic(e) === 'gateway');
      if (!gateway && !known && !generic(e)) continue;
      const cls = classifyValue(e.value);
      const end = e.end > e.nameEnd ? e.end : e.rawStart;
      context.report({
        start: e.nameStart,
        end,
        severity: severityFor(cls),
        message: gateway ? gatewaySettingMessage(e.name, cls, 'This line') : settingMessage(e.name, cls, 'This line'),
        fixes: [removalFix(e.name, [{ start: e.lineStart, end: e.lineEnd, newText: '' }], settingReaders(context.workspace, context.file.path, e.name), AZURE_TYPED.test(context.file.text))],
        data: { setting: displayName(e.name), value: cls },
      });
    }
  },
};

import * as path from 'node:path';
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { APIM_GATEWAY_HOST, isAzureAIEndpoint, normalizeName } from '../../engine/azure-signals';
import { templateBase } from '../../engine/file-kinds';
import type { Parser } from '../../engine/rule';
import type { Rule } from '../../engine/rule';
import type { SourceFile } from '../../engine/source';
import type { TextEdit } from '../../engine/types';
import { classifyValue, CONNECTION_STRING_TITLE, connectionStringKey, connectionStringMessage, displayName, isKeySettingName, removalTitle, severityFor, settingMessage, type ValueClass } from './key-settings';

/** .NET and Azure Functions settings files, decided by name; other JSON (ARM, notebooks, package.json) is not settings. */
// Template copies (`appsettings.Development.json.tpl`) count too, once the file kinds open them as JSON.
const SETTINGS_FILE = /^(?:appsettings(?:[.-][\w.-]+)?\.json|local\.settings\.json|secrets\.json|launchsettings\.json)(?:\.tpl|\.template)?$/i;

export function isSettingsFile(filePath: string): boolean {
  // Template copies (`appsettings.Development.json.tpl`) are settings files too.
  return SETTINGS_FILE.test(templateBase(path.basename(filePath)));
}

/**
 * Mustache section tags (`{{#if x}}`, `{{/if}}`, `{{^x}}`, `{{else}}`, `{{! note }}`) as written in
 * `dotnet new` / Yeoman templates. Blanked to spaces before parsing so offsets stay the file's.
 */
const MUSTACHE_TAG = /\{\{~?\s*(?:[#/^!]|else\b)[^{}]*\}\}/g;

/** A settings file parsed tolerantly: comments, trailing commas and template section tags allowed. */
export interface SettingsJson {
  root: Node | undefined;
  errors: ParseError[];
}

export const settingsJsonParser: Parser<SettingsJson> = {
  id: 'json-settings-template-tolerant',
  parse(file: SourceFile) {
    const text = file.text.replace(MUSTACHE_TAG, (m) => ' '.repeat(m.length));
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
    return { root, errors };
  },
};

/** Last segments that name a key but not whose: `Key`, `ApiKey`, `OpenAIKey`, `OPENAI_API_KEY`. */
const GENERIC_KEY = new Set(['KEY', 'API_KEY', 'APIKEY', 'OPENAI_API_KEY', 'OPENAI_KEY']);

/**
 * True when the entries beside a generic key show it is Azure OpenAI's: an Azure OpenAI / AI
 * Services or API Management endpoint value, a `…Deployment…` entry (Azure OpenAI addresses models
 * by deployment), `"Type": "azure"`; or the key's own placeholder says so ("your Azure OpenAI key").
 * The sibling entries are the context, not the whole file: an `OpenAI` section beside an
 * `AzureOpenAI` one stays public OpenAI's.
 */
function siblingAzureContext(prop: Node): boolean {
  const value = prop.children?.[1];
  if (value?.type === 'string' && typeof value.value === 'string' && /azure[\s_-]?open[\s_-]?ai|\bapim\b|api management/i.test(value.value)) return true;
  for (const sibling of prop.parent?.children ?? []) {
    if (sibling === prop) continue;
    const k = sibling.children?.[0]?.value;
    const v = sibling.children?.[1];
    if (typeof k === 'string' && /deployment/i.test(k)) return true;
    if (v?.type !== 'string' || typeof v.value !== 'string') continue;
    if (isAzureAIEndpoint(v.value) || APIM_GATEWAY_HOST.test(v.value)) return true;
    if (typeof k === 'string' && /^(?:api_?type|type)$/i.test(k) && /^azure$/i.test(v.value)) return true;
  }
  return false;
}

/** The setting's name as .NET configuration spells it (`AzureOpenAI:ApiKey`), if it holds a key. */
function keySettingName(keys: string[], prop: Node): string | undefined {
  for (let n = 1; n <= Math.min(3, keys.length); n++) {
    const name = keys.slice(keys.length - n).join(':');
    if (isKeySettingName(name, false)) return name;
  }
  const last = keys[keys.length - 1];
  if (GENERIC_KEY.has(normalizeName(last)) && siblingAzureContext(prop)) return keys.slice(-2).join(':');
  return undefined;
}

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** Offset past the line break that ends the line containing `offset`. */
function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/**
 * Edits that delete `prop` and its comma. When the property sits on lines of its own, whole lines
 * go (so no blank line is left); otherwise just the text and one separating comma.
 */
export function removePropertyEdits(text: string, prop: Node): TextEdit[] {
  const siblings = prop.parent?.children ?? [prop];
  const i = siblings.indexOf(prop);
  const prev = siblings[i - 1];
  const next = siblings[i + 1];
  const start = prop.offset;
  const end = prop.offset + prop.length;
  const lineStart = lineStartOf(text, start);
  const ownLine = text.slice(lineStart, start).trim() === '';
  const commaAfter = /^\s*,/.exec(text.slice(end));
  const afterComma = commaAfter ? end + commaAfter[0].length : end;
  const restOfLine = text.slice(afterComma, nextLineStart(text, afterComma)).trim();
  const ownLines = ownLine && (restOfLine === '' || restOfLine.startsWith('//'));
  if (next) {
    if (ownLines && !restOfLine.startsWith('//')) return [{ start: lineStart, end: nextLineStart(text, afterComma), newText: '' }];
    return [{ start, end: next.offset, newText: '' }];
  }
  if (prev && !(ownLines && !restOfLine.startsWith('//'))) {
    // Inline last property: drop `, "Key": "v"` back to the previous value.
    const between = text.slice(prev.offset + prev.length, start);
    if (!/\/[/*]/.test(between)) return [{ start: prev.offset + prev.length, end: afterComma, newText: '' }];
  }
  const edits: TextEdit[] = [];
  if (prev) {
    const between = text.slice(prev.offset + prev.length, start);
    const comma = between.indexOf(',');
    if (comma >= 0) edits.push({ start: prev.offset + prev.length + comma, end: prev.offset + prev.length + comma + 1, newText: '' });
  }
  if (ownLines && !restOfLine.startsWith('//')) edits.push({ start: lineStart, end: nextLineStart(text, afterComma), newText: '' });
  else edits.push({ start, end: afterComma, newText: '' });
  return edits;
}

export const rule: Rule = {
  meta: {
    code: 'AOAI402',
    name: 'json-azure-openai-key-setting',
    description: 'Flags Azure OpenAI API-key settings in appsettings, local.settings.json and user-secrets files.',
    severity: 'warning',
    category: 'config',
    kinds: ['json'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags key settings in .NET and Azure Functions settings files, chosen by file name (`appsettings*.json`, `local.settings.json`, `secrets.json`, `launchSettings.json`): nested (`"AzureOpenAI": { "ApiKey": ... }`), flat (`"AzureOpenAI:ApiKey"`), environment-style (`"Values": { "AZURE_OPENAI_API_KEY": ... }`), connection strings to an Azure OpenAI endpoint that carry a key (`"ConnectionStrings": { "openai": "Endpoint=https://...;Key=..." }`, the .NET Aspire format: the fix deletes the `Key=` part, after which the Aspire client integrations use DefaultAzureCredential), and a generic `Key` / `ApiKey` / `OPENAI_API_KEY` (`"OpenAI": { "Key" }`) only when the entries beside it show Azure OpenAI: an Azure OpenAI, AI Services or API Management endpoint, a `…Deployment…` entry or `"Type": "azure"`, or when its own placeholder names Azure OpenAI; the rest of the file is not context, so an `OpenAI` section next to an `AzureOpenAI` one is left alone. A literal value is a warning; an empty value, a placeholder or a reference (`@Microsoft.KeyVault(...)`, `${VAR}`, `#{token}#`) is info. Comments (JSONC) are ignored, so commented-out settings are not findings; template section tags (`{{#if}}` ... `{{/if}}`) are tolerated. ARM templates, notebooks and other JSON are left to their own rules.',
      whyBad:
        'A key setting keeps the app on key auth: shared, long-lived, unaudited, and a literal here is copied into every deployment and often into source control. A Key Vault reference keeps the key out of the file but the app still authenticates with it.',
      example: '{\n  "AzureOpenAI": {\n    "Endpoint": "https://contoso.openai.azure.com/",\n    "ApiKey": "<key>"\n  }\n}',
      useInstead:
        '{\n  "AzureOpenAI": {\n    "Endpoint": "https://contoso.openai.azure.com/"\n  }\n}\n// new AzureOpenAIClient(new Uri(endpoint), new DefaultAzureCredential())',
      exampleLanguage: 'jsonc',
      fixSafety:
        'Unsafe: removing the setting switches the app away from key auth; the code must create the client with DefaultAzureCredential and the identity needs the Cognitive Services OpenAI User role. The property is removed with its comma; comments are kept.',
      references: [
        'https://learn.microsoft.com/azure/ai-services/openai/how-to/managed-identity',
        'https://learn.microsoft.com/dotnet/api/overview/azure/ai.openai-readme',
        'https://learn.microsoft.com/azure/app-service/app-service-key-vault-references',
      ],
    },
  },
  prefilter: /key/i,
  check(context) {
    if (!isSettingsFile(context.file.path)) return;
    const { root } = context.parse(settingsJsonParser);
    if (!root) return;
    const text = context.file.text;
    const visit = (node: Node, keys: string[]) => {
      if (node.type === 'array') {
        node.children?.forEach((c) => visit(c, keys));
        return;
      }
      if (node.type !== 'object') return;
      for (const prop of node.children ?? []) {
        const keyNode = prop.children?.[0];
        const valueNode = prop.children?.[1];
        if (!keyNode || typeof keyNode.value !== 'string') continue;
        const path = [...keys, keyNode.value];
        if (!valueNode) continue;
        if (valueNode.type === 'object' || valueNode.type === 'array') {
          visit(valueNode, path);
          continue;
        }
        if (valueNode.type === 'string' && typeof valueNode.value === 'string') {
          const cs = connectionStringKey(valueNode.value);
          const raw = text.slice(valueNode.offset + 1, valueNode.offset + valueNode.length - 1);
          // Edit the raw text only when it equals the value (no JSON escapes to map through).
          if (cs) {
            const cls = classifyValue(cs.key);
            const name = path.join(':');
            context.report({
              start: prop.offset,
              end: prop.offset + prop.length,
              severity: severityFor(cls),
              message: connectionStringMessage(name, cls),
              fixes:
                raw === valueNode.value
                  ? [{ title: CONNECTION_STRING_TITLE, applicability: 'unsafe', edits: [{ start: valueNode.offset + 1 + cs.start, end: valueNode.offset + 1 + cs.end, newText: '' }] }]
                  : [],
              data: { setting: displayName(name), value: cls },
            });
            continue;
          }
        }
        const name = keySettingName(path, prop);
        if (!name) continue;
        const cls: ValueClass = valueNode.type === 'string' ? classifyValue(valueNode.value) : valueNode.type === 'null' ? 'placeholder' : 'literal';
        context.report({
          start: prop.offset,
          end: prop.offset + prop.length,
          severity: severityFor(cls),
          message: settingMessage(name, cls, 'This setting'),
          fixes: [{ title: removalTitle(name), applicability: 'unsafe', edits: removePropertyEdits(text, prop) }],
          data: { setting: displayName(name), value: cls },
        });
      }
    };
    visit(root, []);
  },
};

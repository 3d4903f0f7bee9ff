import { isAzureAIEndpoint } from '../../engine/azure-signals';
import { propertiesParser, type PropertyEntry } from '../../engine/parsers/properties';
import type { Rule } from '../../engine/rule';
import { classifyValue, displayName, isKeySettingName, removalTitle, severityFor, settingMessage } from './key-settings';

/** An Azure OpenAI endpoint or another Azure OpenAI setting beside an ambiguous key name. */
function azureContext(entries: PropertyEntry[]): boolean {
  return entries.some((e) => /azure[._-]?openai/i.test(e.key) || isAzureAIEndpoint(e.value));
}

export const rule: Rule = {
  meta: {
    code: 'AOAI411',
    name: 'properties-azure-openai-key-setting',
    description: 'Flags Azure OpenAI API-key settings in Java `.properties` files (Spring AI `application.properties`).',
    severity: 'warning',
    category: 'config',
    kinds: ['properties'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags `.properties` settings that hold an Azure OpenAI / Azure AI Services key: Spring AI `spring.ai.azure.openai.api-key`, and keys such as `azure.openai.key` or `AZURE_OPENAI_API_KEY` (`key=value`, `key: value` and `key value` forms, continued lines). A literal value is a warning; an empty value, a placeholder or a reference to another property or the environment (`${AZURE_OPENAI_API_KEY}`) is info, because the app is still set up for key auth. Commented-out lines are ignored.',
      whyBad:
        'Spring AI uses the key when `spring.ai.azure.openai.api-key` is set and Microsoft Entra ID only when it is not. Keys are shared, long-lived and give no per-caller audit trail.',
      example: 'spring.ai.azure.openai.endpoint=https://contoso.openai.azure.com/\nspring.ai.azure.openai.api-key=${AZURE_OPENAI_API_KEY}',
      useInstead: 'spring.ai.azure.openai.endpoint=https://contoso.openai.azure.com/\n# No key: Spring AI then authenticates with DefaultAzureCredential (azure-identity on the classpath)',
      exampleLanguage: 'properties',
      fixSafety:
        'Unsafe: removing the setting switches the app away from key auth. It works only once the identity holds the Cognitive Services OpenAI User role and `com.azure:azure-identity` is on the classpath.',
      references: ['https://docs.spring.io/spring-ai/reference/api/chat/azure-openai-chat.html', 'https://learn.microsoft.com/azure/ai-services/openai/how-to/managed-identity'],
    },
  },
  prefilter: /key/i,
  check(context) {
    const { entries } = context.parse(propertiesParser);
    let azure: boolean | undefined;
    for (const e of entries) {
      if (!isKeySettingName(e.key, (azure ??= azureContext(entries)))) continue;
      const cls = classifyValue(e.value);
      context.report({
        start: e.keyStart,
        end: Math.max(e.keyEnd, e.valueEnd),
        severity: severityFor(cls),
        message: settingMessage(e.key, cls, 'This setting'),
        fixes: [{ title: removalTitle(e.key), applicability: 'unsafe', edits: [{ start: e.lineStart, end: e.lineEnd, newText: '' }] }],
        data: { setting: displayName(e.key), value: cls },
      });
    }
  },
};

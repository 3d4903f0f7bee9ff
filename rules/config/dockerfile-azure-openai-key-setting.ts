import { dockerfileParser } from '../../engine/parsers/dockerfile';
import type { Rule } from '../../engine/rule';
import type { TextEdit } from '../../engine/types';
import { classifyValue, displayName, isKeySettingName, removalTitle, severityFor, settingMessage } from './key-settings';

export const rule: Rule = {
  meta: {
    code: 'AOAI412',
    name: 'dockerfile-azure-openai-key-setting',
    description: 'Flags Azure OpenAI API-key settings in Dockerfile `ENV` and `ARG` instructions.',
    severity: 'warning',
    category: 'config',
    kinds: ['dockerfile'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags `ENV` and `ARG` instructions of a Dockerfile (`Dockerfile`, `Dockerfile.*`, `*.dockerfile`, `Containerfile`) that set an Azure OpenAI / Azure AI Services key (`AZURE_OPENAI_API_KEY`, `AZURE_OPENAI_KEY`, `AOAI_KEY`, ...): `ENV a=1 b=2`, the legacy `ENV name value`, continued lines. A literal value is a warning; no value, an empty one, a placeholder or a reference (`ENV AZURE_OPENAI_API_KEY=$AZURE_OPENAI_API_KEY`) is info: the image is still built for key auth, and a build argument that carries a key is kept in the image history.',
      whyBad:
        'A key baked into an image travels with every copy of it and shows in `docker history`; a key passed at run time is still a shared, long-lived secret. A container in Azure can use its managed identity (DefaultAzureCredential) instead.',
      example: 'FROM python:3.12-slim\nARG AZURE_OPENAI_API_KEY\nENV AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/ \\\n    AZURE_OPENAI_API_KEY=$AZURE_OPENAI_API_KEY',
      useInstead: 'FROM python:3.12-slim\nENV AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\n# Auth: the container\'s managed identity (DefaultAzureCredential)',
      exampleLanguage: 'dockerfile',
      fixSafety:
        'Unsafe: removing the setting switches the app away from key auth. It works only once the code authenticates with DefaultAzureCredential and the container\'s identity holds the Cognitive Services OpenAI User role. An instruction that sets only the key is removed whole; otherwise only the key\'s pair.',
      references: ['https://docs.docker.com/reference/dockerfile/#env', 'https://docs.docker.com/build/building/secrets/', 'https://learn.microsoft.com/azure/ai-services/openai/how-to/managed-identity'],
    },
  },
  prefilter: /^\s*(?:ENV|ARG)\s/im,
  check(context) {
    const { settings } = context.parse(dockerfileParser);
    for (const s of settings) {
      if (!isKeySettingName(s.name, false)) continue;
      const cls = s.value === undefined ? 'placeholder' : classifyValue(s.value);
      let edit: TextEdit;
      const siblings = settings.filter((o) => o.instructionStart === s.instructionStart);
      const i = siblings.indexOf(s);
      if (s.pairs === 1) edit = { start: s.instructionStart, end: s.instructionEnd, newText: '' };
      // A pair and what separates it from the next one (white space, a line continuation)...
      else if (i < siblings.length - 1) edit = { start: s.nameStart, end: siblings[i + 1].nameStart, newText: '' };
      // ... or, for the last pair, from the end of the one before it.
      else edit = { start: siblings[i - 1].end, end: s.end, newText: '' };
      context.report({
        start: s.nameStart,
        end: s.end,
        severity: severityFor(cls),
        message: settingMessage(s.name, cls, s.instruction === 'ARG' ? 'This build argument' : 'This instruction'),
        fixes: [{ title: removalTitle(s.name), applicability: 'unsafe', edits: [edit] }],
        data: { setting: displayName(s.name), value: cls },
      });
    }
  },
};

import type { Rule } from '../../engine/rule';
import { reportClientSites } from './report-client-sites';

/** promptflow's `AzureOpenAIConnection` entity built with `api_key=`. */
export const rule: Rule = {
  meta: {
    code: 'AOAI212',
    name: 'py-promptflow-azure-openai-connection-key-auth',
    description: 'A promptflow `AzureOpenAIConnection` created in Python authenticates with an API key.',
    severity: 'warning', // a hard-coded key raises its own report to error
    category: 'code',
    kinds: ['python'],
    fix: 'none',
    docs: {
      whatItDoes:
        'Flags `AzureOpenAIConnection(...)` from `promptflow.entities` / `promptflow.connections` given `api_key=`: the connection (and every flow that uses it) calls Azure OpenAI with the key. `auth_mode="meid_token"` is Entra and is not flagged, and a connection without a key is not a key site. The YAML form of the same connection is AOAI-yaml-prompt-flow-connection-key-auth\'s. A hard-coded key is an error, every other finding a warning.',
      whyBad:
        'The key is stored in the connection and shared by every flow run. A connection with `auth_mode="meid_token"` uses the identity running the flow, governed by Azure RBAC, and stores no secret.',
      example: `from promptflow.entities import AzureOpenAIConnection

connection = AzureOpenAIConnection(
    name="aoai",
    api_key=os.environ["AZURE_OPENAI_API_KEY"],
    api_base="https://contoso.openai.azure.com",
)`,
      useInstead: `from promptflow.entities import AzureOpenAIConnection

connection = AzureOpenAIConnection(
    name="aoai",
    auth_mode="meid_token",
    api_base="https://contoso.openai.azure.com",
)`,
      exampleLanguage: 'python',
      references: ['https://microsoft.github.io/promptflow/reference/python-library-reference/promptflow-core/promptflow.connections.html'],
    },
  },
  prefilter: /\bAzureOpenAIConnection\b/,
  check(context) {
    reportClientSites(context, {
      family: 'promptflow',
      fixKeywords: [],
      implicitSource: 'nothing',
      implicitSeverity: 'warning',
      noFix: true,
    });
  },
};

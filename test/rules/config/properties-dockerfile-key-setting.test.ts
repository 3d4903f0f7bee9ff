import { rule as dockerfile } from '../../../rules/config/dockerfile-azure-openai-key-setting';
import { rule as properties } from '../../../rules/config/properties-azure-openai-key-setting';
import { testRule } from '../../helpers/rule-tester';

const ROLE = 'Cognitive Services OpenAI User';

testRule(properties, {
  path: 'src/main/resources/application.properties',
  valid: [
    { name: 'the endpoint and deployment only', code: 'spring.ai.azure.openai.endpoint=https://contoso.openai.azure.com/\nspring.ai.azure.openai.chat.options.deployment-name=gpt-4o\n' },
    { name: 'a commented-out key', code: '# spring.ai.azure.openai.api-key=abc\n! azure.openai.key=abc\n' },
    { name: 'a public OpenAI key with no Azure setting beside it', code: 'spring.ai.openai.api-key=${OPENAI_API_KEY}\n' },
    { name: 'a Key Vault property source name, not a key', code: 'azure.keyvault.uri=https://kv.vault.azure.net/\n' },
  ],
  invalid: [
    {
      name: 'Spring AI api-key from the environment (a reference: info) and a literal key (warning)',
      code: 'spring.ai.azure.openai.endpoint=https://contoso.openai.azure.com/\nspring.ai.azure.openai.api-key=${AZURE_OPENAI_API_KEY}\nazure.openai.key: s3cr3t-value-here\n',
      errors: [
        { line: 2, column: 1, endColumn: 55, severity: 'info', message: 'passes the Azure OpenAI key spring.ai.azure.openai.api-key from a secret store' },
        { line: 3, column: 1, severity: 'warning', message: 'sets the Azure OpenAI key azure.openai.key' },
      ],
      fixTitle: ROLE,
      output: 'spring.ai.azure.openai.endpoint=https://contoso.openai.azure.com/\n',
    },
    {
      name: 'a key continued over two lines is removed whole',
      code: 'AZURE_OPENAI_API_KEY = 0123456789 \\\n    abcdef\nother=1\n',
      errors: [{ line: 1, column: 1, endLine: 2, endColumn: 11 }],
      output: 'other=1\n',
    },
  ],
});

testRule(dockerfile, {
  path: 'Dockerfile',
  valid: [
    { name: 'the endpoint only', code: 'FROM node:20\nENV AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\n' },
    { name: 'a key name in a RUN line or a comment', code: 'FROM node:20\n# ENV AZURE_OPENAI_API_KEY=x\nRUN echo AZURE_OPENAI_API_KEY=x\n' },
  ],
  invalid: [
    {
      name: 'an ARG without a default and an ENV from it: both info; the build argument line goes, the last pair goes with its continuation',
      code: 'FROM python:3.12-slim\nARG AZURE_OPENAI_API_KEY\nENV AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/ \\\n    AZURE_OPENAI_API_KEY=$AZURE_OPENAI_API_KEY\nCMD ["python", "app.py"]\n',
      errors: [
        { line: 2, column: 5, severity: 'info', message: 'This build argument declares the Azure OpenAI key setting AZURE_OPENAI_API_KEY' },
        { line: 4, column: 5, endColumn: 47, severity: 'info', message: 'passes the Azure OpenAI key' },
      ],
      fixTitle: ROLE,
      output: 'FROM python:3.12-slim\nENV AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\nCMD ["python", "app.py"]\n',
    },
    {
      name: 'a literal key in the legacy form and as the first of two pairs',
      code: 'FROM x\nENV AOAI_KEY abc123def456\nENV AZURE_OPENAI_KEY=literal123 PORT=80\n',
      errors: [
        { line: 2, column: 5, severity: 'warning' },
        { line: 3, column: 5, endColumn: 32, severity: 'warning' },
      ],
      output: 'FROM x\nENV PORT=80\n',
    },
  ],
});

import { rule } from '../../../rules/secrets/secret-azure-ai-identifiable-key';
import { testRule } from '../../helpers/rule-tester';
import { fakeIdentifiableKey } from './fake-keys';

const K = fakeIdentifiableKey('B');
const AI = fakeIdentifiableKey('A');
const end = (col: number) => col + 84;

testRule(rule, {
  path: 'app.py',
  valid: [
    { name: 'placeholder key', code: 'api_key = "<your-key>"\n' },
    { name: '112-character base64 that is not a key', code: `blob = "${Buffer.from('x'.repeat(84)).toString('base64')}"\n` },
    { name: 'an 84-character string without the markers', code: `x = "${'a1B2'.repeat(21)}"\n` },
    { name: 'a longer token that merely contains the layout', code: `x = "${K}Z"\n` },
    { name: 'lock files are skipped', path: 'package-lock.json', code: `{"integrity": "${K}"}\n` },
    { name: 'hand-made example with repeated characters', code: `x = "${'a'.repeat(52)}JQQJ99aA${'b'.repeat(12)}AAABACOGcccc"\n` },
  ],
  invalid: [
    {
      name: 'Azure OpenAI key in Python, message redacted',
      code: `client = AzureOpenAI(api_key="${K}")\n`,
      errors: [{ line: 1, column: 31, endLine: 1, endColumn: end(31), severity: 'error', message: `${K.slice(0, 4)}… (84 chars)` }],
      output: null,
    },
    {
      name: 'AI Services multi-service key (AAAA) in a .env file',
      path: '.env',
      code: `AZURE_AI_SERVICES_KEY=${AI}\n`,
      errors: [{ line: 1, column: 23, endLine: 1, endColumn: end(23) }],
    },
    { name: 'in a notebook output', path: 'nb.ipynb', code: `{"cells": [{"outputs": [{"text": ["key=${K}\\n"]}]}]}`, errors: [{ line: 1, column: 40 }] },
    { name: 'in YAML without any key name', path: 'values.yaml', code: `token: ${K}\n`, errors: [{ line: 1, column: 8 }] },
    { name: 'in a C# string', path: 'Program.cs', code: `var c = new AzureKeyCredential("${K}");\n`, errors: [{ line: 1, column: 33 }] },
    { name: 'in a Terraform variable default', path: 'main.tf', code: `variable "k" {\n  default = "${K}"\n}\n`, errors: [{ line: 2, column: 14 }] },
    { name: 'in an APIM policy', path: 'policy.xml', code: `<set-header name="api-key"><value>${K}</value></set-header>\n`, errors: [{ line: 1, column: 35 }] },
    {
      name: 'base64-encoded in a Kubernetes Secret',
      path: 'k8s/secret.yaml',
      code: `kind: Secret\ndata:\n  AZURE_OPENAI_API_KEY: ${Buffer.from(K).toString('base64')}\n`,
      errors: [{ line: 3, column: 25, endLine: 3, endColumn: 137, message: '(base64-encoded)' }],
    },
    { name: 'two keys in one file', path: 'run.sh', code: `A=${K}\nB=${AI}\n`, errors: [{ line: 1, column: 3 }, { line: 2, column: 3 }] },
  ],
});

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_TOKEN_SCOPE } from '../../../engine/config';
import { Engine } from '../../../engine/engine';
import { pythonEmbedders, pythonRules } from '../../../rules/python';
import { MemoryWorkspace } from '../../helpers/rule-tester';

const engine = new Engine(pythonRules, pythonEmbedders);
const options = { settings: { tokenScope: DEFAULT_TOKEN_SCOPE }, workspace: new MemoryWorkspace() };
const FIXTURES = path.resolve(__dirname, '../../fixtures/python');
const EXAMPLES = path.resolve(__dirname, '../../../examples/python');

function internalErrors(file: string, text: string): string[] {
  return engine.lint(file, text, options).notices.filter((n) => n.message.startsWith('Internal error')).map((n) => n.message);
}

describe('Python rules on broken input', () => {
  it('never throw on any truncation of the fixtures', () => {
    for (const name of fs.readdirSync(FIXTURES)) {
      const text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
      for (let end = 0; end <= text.length; end += 13) assert.deepEqual(internalErrors(`/ws/${name}`, text.slice(0, end)), [], `${name} cut at ${end}`);
    }
  });

  it('never throw on any truncation of an example notebook', () => {
    const text = fs.readFileSync(path.join(EXAMPLES, 'explore.ipynb'), 'utf8');
    for (let end = 0; end <= text.length; end += 17) assert.deepEqual(internalErrors('/ws/explore.ipynb', text.slice(0, end)), [], `cut at ${end}`);
  });

  it('never throw on odd shapes: unterminated strings, deep nesting, stray dedents', () => {
    const odd = [
      'AzureOpenAI(api_key="unterminated\n',
      'from openai import AzureOpenAI\nAzureOpenAI(' + '('.repeat(500) + '\n',
      'from openai import AzureOpenAI\nx = AzureOpenAI(api_key=)\n  y = 1\n z = 2\n',
      'import openai\nopenai.api_type = "azure"\nopenai.api_key =\n',
      'os.environ[',
      'requests.post(headers={"api-key": ',
      'from openai import AzureOpenAI\nAzureOpenAI(**)',
    ];
    for (const text of odd) assert.deepEqual(internalErrors('/ws/odd.py', text), [], JSON.stringify(text));
  });
});

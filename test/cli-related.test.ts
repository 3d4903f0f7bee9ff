/**
 * The CLI with the product rules: a key read and the client it feeds are two SARIF results that
 * point at each other (relatedLocations, linked from the message), in TypeScript and in C#.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { after, describe, it } from 'node:test';
import { Engine } from '../engine/engine';
import { allEmbedders, allRules } from '../rules';
import { main } from '../server/cli';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aoai-lint-cli-related-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

async function sarif(files: Record<string, string>): Promise<Json> {
  const root = fs.mkdtempSync(path.join(tmp, 'ws-'));
  for (const [p, t] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
    fs.writeFileSync(path.join(root, p), t);
  }
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (d) => (out += d));
  const engine = new Engine(allRules, allEmbedders);
  await engine.init();
  await main(['--format', 'sarif'], { stdout, stderr: new PassThrough(), cwd: root }, engine);
  return JSON.parse(out);
}

/** `ruleId line:column` and, per related location, `-> line:column message`. */
function shape(result: Json): string[] {
  const r = result.locations[0].physicalLocation.region;
  return [
    `${result.ruleId} ${r.startLine}:${r.startColumn}`,
    ...(result.relatedLocations ?? []).map((l: Json) => `-> ${l.physicalLocation.region.startLine}:${l.physicalLocation.region.startColumn} ${l.message.text}`),
  ];
}

describe('aoai-lint CLI: key reads and their clients as SARIF relatedLocations', () => {
  it('TypeScript: the env read (AOAI105) and the AzureOpenAI client (AOAI101) point at each other', async () => {
    const log = await sarif({
      'src/openai.ts': [
        'import { AzureOpenAI } from "openai";',
        'const apiKey = process.env.AZURE_OPENAI_API_KEY;',
        'export const client = new AzureOpenAI({ apiKey, endpoint: "https://contoso.openai.azure.com", apiVersion: "2024-10-21" });',
        '',
      ].join('\n'),
    });
    const results = log.runs[0].results.sort((a: Json, b: Json) => a.locations[0].physicalLocation.region.startLine - b.locations[0].physicalLocation.region.startLine);
    assert.deepEqual(results.flatMap(shape), [
      'AOAI105 2:16',
      '-> 3:41 `AzureOpenAI` authenticates with this key.',
      'AOAI101 3:41',
      '-> 2:16 The key is read here from AZURE_OPENAI_API_KEY.',
    ]);
    assert.match(results[0].message.text, /\[`AzureOpenAI` authenticates with this key\.\]\(1\)/);
    assert.equal(results[1].relatedLocations[0].physicalLocation.artifactLocation.uri, 'src/openai.ts');
  });

  it('C#: the configuration read (AOAI303) and the key credential client (AOAI301) point at each other', async () => {
    const log = await sarif({
      'Program.cs': [
        'using Azure;',
        'using Azure.AI.OpenAI;',
        'var key = builder.Configuration["OpenAI:Key"];',
        'var client = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new AzureKeyCredential(key));',
        '',
      ].join('\n'),
    });
    const results = log.runs[0].results.sort((a: Json, b: Json) => a.locations[0].physicalLocation.region.startLine - b.locations[0].physicalLocation.region.startLine);
    assert.deepEqual(results.flatMap(shape), [
      'AOAI303 3:11',
      '-> 4:82 `AzureOpenAIClient` authenticates with this key.',
      'AOAI301 4:82',
      '-> 3:11 The key is read here from configuration `OpenAI:Key`.',
    ]);
  });
});

/**
 * No output of the tool ever prints a whole key. Plants format-valid fake keys of both formats
 * (generated here, never committed) in every file kind, runs the real CLI entry in every output
 * mode, and looks for any 16-character piece of any key in everything it wrote.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { redactSecret, redactText } from '../engine/redact';
import { main } from '../server/cli';
import { CLIENT_CAPABILITIES, LspClient } from './server/lsp-client';
import { fakeHexKey, fakeIdentifiableKey } from './rules/secrets/fake-keys';

const EP = 'https://contoso.openai.azure.com/';

/** Keys planted in the workspace: two identifiable (OpenAI, AI Services) and two hex. */
const K = fakeIdentifiableKey('B');
const KA = fakeIdentifiableKey('A');
const H = fakeHexKey();
const H2 = fakeHexKey();
/** The same keys as Kubernetes `Secret` `data` writes them: an encoded key is still the key. */
const ENCODED = [Buffer.from(K).toString('base64'), Buffer.from(H).toString('base64')];
const KEYS = [K, KA, H, H2, ...ENCODED];

/** One realistic file per kind, each holding keys where real projects put them. */
function workspaceFiles(): Record<string, string> {
  const notebook = {
    cells: [
      { cell_type: 'markdown', metadata: {}, source: ['# Chat demo\n'] },
      {
        cell_type: 'code',
        execution_count: 1,
        metadata: {},
        outputs: [{ name: 'stdout', output_type: 'stream', text: [`using key ${KA}\n`] }],
        source: ['from openai import AzureOpenAI\n', `client = AzureOpenAI(azure_endpoint="${EP}", api_key="${K}", api_version="2024-10-21")\n`, `AZURE_OPENAI_API_KEY = "${H}"\n`],
      },
    ],
    metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
    nbformat: 4,
    nbformat_minor: 5,
  };
  const arm = {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: {
      azureOpenAIKey: { type: 'securestring', defaultValue: K },
      azureOpenAIApiKey: { type: 'string', defaultValue: H },
    },
    resources: [],
  };
  return {
    'src/app.ts': `import { AzureOpenAI } from 'openai';\nconst client = new AzureOpenAI({ endpoint: '${EP}', apiKey: '${K}', apiVersion: '2024-10-21' });\nconst azureOpenAIKey = '${H}';\n`,
    'src/app.js': `const { AzureOpenAI } = require('openai');\nconst client = new AzureOpenAI({ endpoint: "${EP}", apiKey: "${KA}", apiVersion: "2024-10-21" });\nconst AZURE_OPENAI_API_KEY = "${H2}";\n`,
    'src/app.py': `from openai import AzureOpenAI\n\nAZURE_OPENAI_API_KEY = "${H}"\nclient = AzureOpenAI(azure_endpoint="${EP}", api_key="${K}", api_version="2024-10-21")\n`,
    'notebooks/demo.ipynb': JSON.stringify(notebook, null, 1),
    'dotnet/Program.cs': `using Azure;\nusing Azure.AI.OpenAI;\n\nvar azureOpenAIKey = "${H}";\nvar client = new AzureOpenAIClient(new Uri("${EP}"), new AzureKeyCredential("${K}"));\n`,
    'infra/main.bicep': `param azureOpenAIApiKey string = '${H}'\nparam aoaiKey string = '${K}'\n`,
    'infra/azuredeploy.json': JSON.stringify(arm, null, 2),
    'infra/main.tf': `variable "azure_openai_api_key" {\n  default = "${H}"\n}\nlocals {\n  key84 = "${K}"\n}\n`,
    'apim/policy.xml': `<policies>\n  <inbound>\n    <set-backend-service base-url="${EP}openai" />\n    <set-header name="api-key" exists-action="override"><value>${H}</value></set-header>\n    <set-header name="x-alt" exists-action="override"><value>${K}</value></set-header>\n  </inbound>\n</policies>\n`,
    'k8s/deployment.yaml': `env:\n  - name: AZURE_OPENAI_API_KEY\n    value: "${H}"\n  - name: AZURE_AI_SERVICES_KEY\n    value: "${KA}"\n`,
    'k8s/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: aoai\ntype: Opaque\ndata:\n  AZURE_OPENAI_API_KEY: ${ENCODED[0]}\n  AZURE_OPENAI_KEY: ${ENCODED[1]}\n`,
    'k8s/broken.yaml': `env: [\n  AZURE_OPENAI_API_KEY: ${K}: x\n  "unterminated ${H}\n`,
    '.env': `AZURE_OPENAI_ENDPOINT=${EP}\nAZURE_OPENAI_API_KEY=${K}\nAOAI_KEY=${H}\nAZURE_OPENAI_KEY_1="\n${H2}"\n`,
    'dotnet/appsettings.json': `{\n  "AzureOpenAI": {\n    "Endpoint": "${EP}",\n    "ApiKey": "${K}",\n    "Key": "${H}"\n  }\n}\n`,
    'requests/chat.http': `@key = ${KA}\n\nPOST ${EP}openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21\napi-key: ${H}\nContent-Type: application/json\n\n{}\n`,
    'scripts/chat.sh': `#!/usr/bin/env bash\nexport AZURE_OPENAI_API_KEY=${K}\ncurl "${EP}openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21" \\\n  -H "api-key: ${H}" \\\n  -d @body.json\n`,
  };
}

/**
 * Keys where a name belongs: pasted as the environment variable's name, or joined by `_` to a
 * setting name. Rules quote names, so these reach messages, fix titles and JSON `data` unless the
 * engine redacts what leaves it.
 */
function keyAsNameFiles(): Record<string, string> {
  return {
    'names/env_name.py': `import os\nfrom openai import AzureOpenAI\nclient = AzureOpenAI(azure_endpoint="${EP}", api_key=os.getenv("${K}"), api_version="2024-10-21")\nc2 = AzureOpenAI(azure_endpoint="${EP}", api_key=os.environ["${H}"], api_version="2024-10-21")\nc3 = AzureOpenAI(azure_endpoint="${EP}", api_key=os.environ["AZURE_OPENAI_API_KEY_${H2}"], api_version="2024-10-21")\n`,
    'names/env-name.ts': `import { AzureOpenAI } from 'openai';\nconst client = new AzureOpenAI({ endpoint: '${EP}', apiKey: process.env["${KA}"], apiVersion: '2024-10-21' });\nconst c2 = new AzureOpenAI({ endpoint: '${EP}', apiKey: process.env["AZURE_OPENAI_API_KEY_${H}"], apiVersion: '2024-10-21' });\n`,
    'names/EnvName.cs': `using Azure;\nusing Azure.AI.OpenAI;\nvar client = new AzureOpenAIClient(new Uri("${EP}"), new AzureKeyCredential(Environment.GetEnvironmentVariable("${K}")));\nvar c2 = new AzureOpenAIClient(new Uri("${EP}"), new AzureKeyCredential(Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY_${H2}")));\n`,
    'names/.env': `AZURE_OPENAI_API_KEY_${H}=\nAZURE_OPENAI_${KA}_KEY=\n`,
  };
}

/** Every 16-character piece of every key found in `output` (empty when nothing leaked). */
function leaks(output: string): string[] {
  const found: string[] = [];
  for (const key of KEYS) {
    for (let i = 0; i + 16 <= key.length; i++) {
      const piece = key.slice(i, i + 16);
      if (output.includes(piece)) {
        found.push(`${key.length}-char ${ENCODED.includes(key) ? 'base64-encoded ' : ''}key, offset ${i}`);
        break;
      }
    }
  }
  return found;
}

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

async function run(cwd: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = sink();
  const err = sink();
  const code = await main(argv, { stdout: out.stream, stderr: err.stream, cwd });
  return { code, out: out.text(), err: err.text() };
}

describe('no output ever prints a whole key', () => {
  let dir: string;
  const files = workspaceFiles();
  const names = keyAsNameFiles();

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aoai-redaction-'));
    for (const [rel, text] of Object.entries({ ...files, ...names })) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('plants every key in the workspace (the test can fail)', () => {
    const all = Object.values(files).join('\n');
    assert.deepEqual(leaks(all).length, KEYS.length);
  });

  it('plants keys where names belong, and every such file gets a finding that names one', async () => {
    assert.deepEqual(leaks(Object.values(names).join('\n')).length, 4);
    const { out } = await run(dir, ['--format', 'json', 'names']);
    const report = JSON.parse(out) as { files: { path: string; findings: { message: string }[] }[] };
    for (const rel of Object.keys(names)) {
      const f = report.files.find((x) => x.path === rel);
      assert.ok(f && f.findings.some((x) => /… \((84|32) chars\)/.test(x.message)), `no redacted name in ${rel}`);
    }
    assert.match(out, /AZURE_OPENAI_API_KEY_[0-9a-f]{4}… \(32 chars\)/);
  });

  it('reports a redacted key finding in every planted file kind', async () => {
    const { out } = await run(dir, ['--format', 'json', '.']);
    const report = JSON.parse(out) as { files: { path: string; findings: { code: string; message: string }[] }[] };
    for (const rel of Object.keys(files)) {
      if (rel === 'k8s/broken.yaml') continue;
      const f = report.files.find((x) => x.path === rel);
      assert.ok(f, `no findings for ${rel}`);
      assert.ok(
        f.findings.some((x) => x.code === 'AOAI501' || x.code === 'AOAI502'),
        `no key finding in ${rel}: ${f.findings.map((x) => x.code).join(', ')}`,
      );
    }
    assert.match(out, /… \(84 chars\)/);
    assert.match(out, /… \(32 chars\)/);
  });

  const modes: [string, string[]][] = [
    ['text', []],
    ['json', ['--format', 'json']],
    ['sarif', ['--format', 'sarif']],
    ['diff with unsafe fixes', ['--diff', '--unsafe-fixes']],
    ['text without colour', ['--no-color']],
    ['rule selection', ['--select', 'AOAI501,AOAI401', '--format', 'json']],
  ];
  for (const [name, args] of modes) {
    it(`${name}: stdout and stderr hold no key`, async () => {
      const { out, err } = await run(dir, [...args, '.']);
      assert.ok(out.length > 0, 'the mode printed something');
      assert.deepEqual(leaks(out), [], 'stdout leaks');
      assert.deepEqual(leaks(err), [], 'stderr leaks');
    });
  }

  it('the diff really contains the removed key lines, redacted', async () => {
    const { out } = await run(dir, ['--diff', '--unsafe-fixes', '.']);
    assert.match(out, /^-AZURE_OPENAI_API_KEY=.*… \(84 chars\)$/m);
    assert.match(out, /^-AOAI_KEY=.*… \(32 chars\)$/m);
  });

  for (const format of ['text', 'json', 'sarif']) {
    it(`--output FILE (${format}) holds no key`, async () => {
      const file = path.join(dir, '..', `${path.basename(dir)}-report.${format}`);
      try {
        const { out } = await run(dir, ['--format', format, '--output', file, '.']);
        assert.equal(out, '');
        const written = fs.readFileSync(file, 'utf8');
        assert.ok(written.length > 0);
        assert.deepEqual(leaks(written), []);
      } finally {
        fs.rmSync(file, { force: true });
      }
    });
  }

  it('--fix --unsafe-fixes reports what remains without printing a key', async () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'aoai-redaction-fix-'));
    try {
      fs.cpSync(dir, copy, { recursive: true });
      const { out, err } = await run(copy, ['--fix', '--unsafe-fixes', '--format', 'json', '.']);
      assert.deepEqual(leaks(out), []);
      assert.deepEqual(leaks(err), []);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('the language server never sends a whole key', () => {
  let dir: string;
  let client: LspClient;
  const stdout: string[] = [];
  const files = { ...workspaceFiles(), ...keyAsNameFiles() };
  const LANGUAGE: Record<string, string> = { py: 'python', ts: 'typescript', cs: 'csharp', env: 'dotenv' };

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aoai-redaction-lsp-'));
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    // Every product rule (no AOAI_LINT_TEST_RULES_ONLY): the shapes come from real rules' messages.
    const root = path.resolve(__dirname, '..');
    client = new LspClient(process.execPath, ['--import', 'tsx', path.join(root, 'test/server/test-server.ts'), '--stdio'], { ...process.env, AOAI_LINT_DEBOUNCE_MS: '20' }, root);
    client.proc.stdout.on('data', (d: Buffer) => stdout.push(d.toString('utf8')));
    client.handlers.set('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ scanOnStartup: 'on' })));
    client.handlers.set('client/registerCapability', () => null);
    client.handlers.set('window/workDoneProgress/create', () => null);
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).toString(),
      workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }],
      capabilities: CLIENT_CAPABILITIES,
    });
    client.notify('initialized', {});
  });
  after(async () => {
    await client?.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('diagnostics, code-action titles and logs of open documents hold no key', async () => {
    for (const rel of Object.keys(keyAsNameFiles())) {
      const uri = pathToFileURL(path.join(dir, rel)).toString();
      const languageId = LANGUAGE[rel.split('.').pop()!];
      const since = client.notifications.length;
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: files[rel] } });
      const diagnostics = (await client.diagnosticsFor(uri, since)).params.diagnostics as { range: unknown; message: string }[];
      assert.ok(diagnostics.some((d) => /… \((84|32) chars\)/.test(d.message)), `${rel}: a diagnostic names a redacted key`);
      assert.deepEqual(leaks(JSON.stringify(diagnostics)), [], `${rel}: diagnostics leak`);
      for (const d of diagnostics) {
        const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], triggerKind: 1 } });
        assert.deepEqual(leaks(JSON.stringify((actions as { title: string }[]).map((a) => a.title))), [], `${rel}: code-action titles leak`);
      }
    }
    // Everything the server wrote except resolved edits (there are none: edits resolve lazily),
    // the start-up scan of the whole workspace included.
    assert.deepEqual(leaks(stdout.join('')), [], 'the server\'s output leaks');
    assert.deepEqual(leaks(client.stderr.join('')), [], 'the server\'s stderr leaks');
  });
});

describe('redactText', () => {
  it('redacts a hex key at the start of a removed or added diff line', () => {
    assert.equal(redactText(`-${H}"\n+${H2}`, { hex32: true }), `-${redactSecret(H)}"\n+${redactSecret(H2)}`);
  });

  it('redacts a hex key joined by an underscore to a setting name', () => {
    assert.equal(redactText(`AZURE_OPENAI_API_KEY_${H}`, { hex32: true }), `AZURE_OPENAI_API_KEY_${redactSecret(H)}`);
    assert.equal(redactText(`${H}_KEY`, { hex32: true }), `${redactSecret(H)}_KEY`);
    assert.equal(redactText(`AZURE_OPENAI_${K}_KEY`), `AZURE_OPENAI_${redactSecret(K)}_KEY`);
  });

  it('leaves a hex run joined to a word by a dash alone (ids, hashes in names)', () => {
    assert.equal(redactText(`sha-${H}`, { hex32: true }), `sha-${H}`);
  });

  it('redacts identifiable keys always and bare hex only when asked', () => {
    assert.equal(redactText(`k=${K} h=${H}`), `k=${redactSecret(K)} h=${H}`);
  });
});

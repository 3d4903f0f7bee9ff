/**
 * Language-server benchmark (not a test; prints figures):
 *  1. time from textDocument/didChange to the matching publishDiagnostics for a 2,000-line and a
 *     20,000-line Python file, with the default 150 ms debounce and with it off (server-side work);
 *  2. wall time of "Scan Workspace" over a generated workspace of 10,000 files, and the server's
 *     RSS after it.
 * The server runs bundled (as in the .vsix) with every product rule plus the TEST-ONLY rules, so
 * something is always found. Usage: npm run bench:server   (node --import tsx bench/server-latency.ts)
 */
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLIENT_CAPABILITIES, LspClient } from '../test/server/lsp-client';

const root = path.resolve(__dirname, '..');
/** Generated files and the bundle live outside the repository (its .gitignore would hide them from the scan). */
const data = path.join(os.tmpdir(), 'aoai-lint-bench-server');

function pythonFile(lines: number): string {
  const out: string[] = ['import os', 'from openai import AzureOpenAI', ''];
  for (let i = 0; out.length < lines; i++) {
    if (i % 50 === 0) {
      out.push(`client_${i} = AzureOpenAI(`, '    api_key=os.environ["AZURE_OPENAI_API_KEY"],', '    azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],', '    api_version="2024-10-21",', ')');
    } else {
      out.push(`def handler_${i}(request, items=None):`, `    """Handle request ${i}."""`, `    total = sum(x * ${i % 7} for x in (items or []))`, `    return {"id": ${i}, "total": total, "name": f"item-{request}"}`, '');
    }
  }
  return out.slice(0, lines).join('\n') + '\n';
}

function generateWorkspace(dir: string, files: number): void {
  fs.rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < files; i++) {
    const sub = path.join(dir, `pkg${Math.floor(i / 100)}`);
    if (i % 100 === 0) fs.mkdirSync(sub, { recursive: true });
    const kind = i % 4;
    if (kind === 0) fs.writeFileSync(path.join(sub, `mod${i}.py`), pythonFile(60));
    else if (kind === 1) fs.writeFileSync(path.join(sub, `mod${i}.ts`), `import { AzureOpenAI } from "openai";\nexport const c${i} = new AzureOpenAI({ apiKey: process.env.AZURE_OPENAI_API_KEY, endpoint, apiVersion });\n`.repeat(5));
    else if (kind === 2) fs.writeFileSync(path.join(sub, `settings${i}.json`), JSON.stringify({ AzureOpenAI: { Endpoint: 'https://contoso.openai.azure.com', Deployment: 'gpt-4o' } }, null, 2));
    else fs.writeFileSync(path.join(sub, `notes${i}.yaml`), `name: svc${i}\nreplicas: 2\nenv:\n  - name: AZURE_OPENAI_ENDPOINT\n    value: https://contoso.openai.azure.com\n`);
  }
}

async function startServer(bundle: string, debounceMs: number, ws: string): Promise<LspClient> {
  const client = new LspClient(process.execPath, [bundle, '--stdio'], { ...process.env, AOAI_LINT_DEBOUNCE_MS: String(debounceMs) });
  client.handlers.set('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section === 'aoaiLint' ? { scanOnStartup: 'off' } : null)));
  client.handlers.set('client/registerCapability', () => null);
  client.handlers.set('window/workDoneProgress/create', () => null);
  await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(ws).toString(), workspaceFolders: [{ uri: pathToFileURL(ws).toString(), name: 'bench' }], capabilities: CLIENT_CAPABILITIES });
  client.notify('initialized', {});
  return client;
}

function stats(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, min ${s[0].toFixed(1)} ms (n=${s.length})`;
}

async function latency(bundle: string, lines: number, debounceMs: number): Promise<string> {
  const ws = path.join(data, 'latency');
  fs.mkdirSync(ws, { recursive: true });
  const file = path.join(ws, `big${lines}.py`);
  const text = pythonFile(lines);
  fs.writeFileSync(file, text);
  const uri = pathToFileURL(file).toString();
  const client = await startServer(bundle, debounceMs, ws);
  try {
    let since = client.notifications.length;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
    await client.diagnosticsFor(uri, since, 60000);
    const times: number[] = [];
    let findings = 0;
    for (let v = 2; v <= 21; v++) {
      since = client.notifications.length;
      const line = Math.floor(lines / 2);
      const t = performance.now();
      client.notify('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: v % 2 ? '# edit\n' : '' }],
      });
      const n = await client.waitFor((x) => x.method === 'textDocument/publishDiagnostics' && x.params.uri === uri && x.params.version === v, 60000, since);
      times.push(n.at - t);
      findings = n.params.diagnostics.length;
    }
    return `${lines.toLocaleString('en')} lines, debounce ${debounceMs} ms: ${stats(times)}; ${findings} findings`;
  } finally {
    await client.shutdown();
  }
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function main(): Promise<void> {
  fs.mkdirSync(data, { recursive: true });
  const bundle = path.join(data, 'test-server.js');
  await esbuild.build({ entryPoints: [path.join(root, 'test/server/test-server.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: bundle, logLevel: 'warning', mainFields: ['module', 'main'] });
  for (const f of fs.existsSync(path.join(root, 'dist')) ? fs.readdirSync(path.join(root, 'dist')).filter((x) => x.endsWith('.wasm')) : []) {
    fs.copyFileSync(path.join(root, 'dist', f), path.join(data, f));
  }
  console.log(`Node ${process.version}, ${os.cpus().length} cores`);
  for (const lines of [2000, 20000]) for (const debounce of [0, 150]) console.log(await latency(bundle, lines, debounce));

  const ws = path.join(data, 'ws10k');
  const t0 = performance.now();
  generateWorkspace(ws, 10000);
  console.log(`generated 10,000 files in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const client = await startServer(bundle, 150, ws);
  try {
    const before = rssMb(client.proc.pid!);
    const t = performance.now();
    const summary = await client.request('workspace/executeCommand', { command: 'aoaiLint.server.scanWorkspace', arguments: [] });
    const secs = (performance.now() - t) / 1000;
    await new Promise((r) => setTimeout(r, 500));
    console.log(
      `scan of ${summary.files.toLocaleString('en')} files: ${secs.toFixed(1)} s, ${summary.findings} findings in ${summary.filesWithFindings} files; ` +
        `server RSS ${before.toFixed(0)} MB before, ${rssMb(client.proc.pid!).toFixed(0)} MB after`,
    );
  } finally {
    await client.shutdown();
    fs.rmSync(ws, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

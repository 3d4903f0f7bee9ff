// Benchmark: how long the CLI takes on the bundled examples, on a generated tree of a few thousand
// files, on a 5,000-line Bicep file and on a 2,000-line APIM policy; with peak memory (max RSS).
// Run: npm run build && npm run bench   (figures go to stdout; nothing here is a test)
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..');
// Outside the repository: the repo's .gitignore would hide generated files from the scan.
const data = path.join(require('node:os').tmpdir(), 'aoai-lint-bench');
const cli = path.join(root, 'bin', 'aoai-lint.js');
if (!fs.existsSync(path.join(root, 'dist', 'cli.js'))) throw new Error('build first: npm run build');

function write(p: string, text: string) {
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
}

/** Realistic file bodies: most files are ordinary code with nothing to report, as in a real repo. */
const bodies: Record<string, (i: number) => string> = {
  'ts': (i) =>
    i % 20 === 0
      ? `import { AzureOpenAI } from "openai";\nexport const client${i} = new AzureOpenAI({ apiKey: process.env.AZURE_OPENAI_API_KEY, endpoint: "https://r${i}.openai.azure.com", apiVersion: "2024-10-21" });\n`
      : `export function add${i}(a: number, b: number): number {\n  const total = a + b;\n  return total * ${i};\n}\n`.repeat(8),
  'py': (i) =>
    i % 20 === 0
      ? `import os\nfrom openai import AzureOpenAI\n\nclient = AzureOpenAI(api_key=os.environ["AZURE_OPENAI_API_KEY"], azure_endpoint="https://r${i}.openai.azure.com", api_version="2024-10-21")\n`
      : `def handler_${i}(event):\n    items = [x * 2 for x in event["items"]]\n    return {"count": len(items), "id": ${i}}\n\n`.repeat(8),
  'json': (i) => JSON.stringify({ name: `pkg${i}`, version: '1.0.0', scripts: { build: 'tsc' }, dependencies: { express: '^4.0.0' } }, null, 2),
  'yaml': (i) => `name: ci-${i}\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm test\n`,
  'cs': (i) => `namespace App${i};\npublic class Service${i}\n{\n    public int Add(int a, int b) => a + b + ${i};\n}\n`,
  'bicep': (i) => `param location string = resourceGroup().location\nresource st${i} 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: 'st${i}'\n  location: location\n  sku: { name: 'Standard_LRS' }\n  kind: 'StorageV2'\n}\n`,
};

function generateTree(dir: string, files: number) {
  if (fs.existsSync(path.join(dir, '.done-' + files))) return;
  fs.rmSync(dir, { recursive: true, force: true });
  const exts = Object.keys(bodies);
  for (let i = 0; i < files; i++) {
    const ext = exts[i % exts.length];
    write(path.join(dir, `pkg${i % 50}`, `mod${Math.floor(i / 50) % 10}`, `file${i}.${ext}`), bodies[ext](i));
  }
  write(path.join(dir, '.done-' + files), '');
}

function bigBicep(lines: number): string {
  const out = ["param disableLocal bool = false", "param location string = resourceGroup().location", ''];
  let i = 0;
  while (out.length < lines) {
    out.push(
      `resource acct${i} 'Microsoft.CognitiveServices/accounts@2024-10-01' = {`,
      `  name: 'acct-${i}'`,
      `  location: location`,
      `  kind: 'OpenAI'`,
      `  sku: { name: 'S0' }`,
      `  properties: {`,
      `    customSubDomainName: 'acct-${i}'`,
      `    disableLocalAuth: ${i % 3 === 0 ? 'disableLocal' : 'true'}`,
      `    publicNetworkAccess: 'Disabled'`,
      `  }`,
      `}`,
      '',
    );
    i++;
  }
  return out.join('\n');
}

function bigPolicy(lines: number): string {
  const out = ['<policies>', '  <inbound>', '    <base />'];
  let i = 0;
  while (out.length < lines - 12) {
    out.push(
      `    <set-variable name="v${i}" value="@(context.Request.Headers.GetValueOrDefault("x-id-${i}", "none"))" />`,
      `    <choose>`,
      `      <when condition="@(context.Request.Headers.GetValueOrDefault<string>("x-tier", "") == "gold" && ${i} > 0)">`,
      `        <set-header name="x-tier-${i}" exists-action="override"><value>gold</value></set-header>`,
      `      </when>`,
      `    </choose>`,
    );
    i++;
  }
  out.push('    <set-header name="api-key" exists-action="override"><value>{{aoai-key}}</value></set-header>', '  </inbound>', '  <backend><base /></backend>', '  <outbound><base /></outbound>', '  <on-error><base /></on-error>', '</policies>');
  return out.join('\n') + '\n';
}

function measure(label: string, args: string[], runs = 3) {
  const times: number[] = [];
  let rss = 0;
  let findings = '';
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    const p = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, ...args, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    rss = Math.max(rss, Number(p.stderr.trim().split('\n').pop()));
    try {
      const s = JSON.parse(p.stdout).summary;
      findings = `${s.filesScanned} files, ${s.error + s.warning + s.info} findings`;
    } catch {
      findings = `exit ${p.status}: ${p.stderr.slice(0, 200)}`;
    }
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(34)} median ${times[Math.floor(times.length / 2)].toFixed(0).padStart(6)} ms   max RSS ${(rss / 1024).toFixed(0).padStart(4)} MB   (${findings})`);
}

fs.mkdirSync(data, { recursive: true });
console.log(`node ${process.version}, ${require('node:os').cpus().length} cores; wall time of a whole CLI run (process start included), median of 3`);
measure('examples/', [path.join(root, 'examples')]);
measure('empty directory (start-up cost)', [fs.mkdtempSync(path.join(data, 'empty-'))]);
generateTree(path.join(data, 'tree-3000'), 3000);
measure('generated tree, 3,000 files', [path.join(data, 'tree-3000')]);
write(path.join(data, 'big', 'main.bicep'), bigBicep(5000));
measure('one 5,000-line Bicep file', [path.join(data, 'big', 'main.bicep')]);
write(path.join(data, 'big', 'policy.xml'), bigPolicy(2000));
measure('one 2,000-line APIM policy', [path.join(data, 'big', 'policy.xml')]);

/**
 * Rules that follow references (Bicep modules, `.bicepparam` `using`, APIM parent policies and
 * fragments) read only inside the workspace: the CLI's scan roots, the editor's folder. A path
 * outside is never opened; when it exists, the linted file gets a notice saying so.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { after, describe, it } from 'node:test';
import { Project } from '../../engine/project';
import { ConfinedWorkspaceReader, DiskWorkspaceReader, type WorkspaceReader } from '../../engine/workspace-reader';
import { createEngine } from '../../rules';
import { main } from '../../server/cli';

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'aoai-confine-')));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(files: Record<string, string>, base = fs.mkdtempSync(path.join(tmp, 'case-'))): string {
  for (const [p, t] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(base, p)), { recursive: true });
    fs.writeFileSync(path.join(base, p), t);
  }
  return base;
}

/** A disk reader that records every path it is asked for. */
class RecordingReader implements WorkspaceReader {
  readonly asked: string[] = [];
  private readonly disk = new DiskWorkspaceReader();
  readFile(p: string): string | undefined {
    this.asked.push(p);
    return this.disk.readFile(p);
  }
  listDir(d: string): string[] {
    this.asked.push(d);
    return this.disk.listDir(d);
  }
}

const acct = (props: string) => `resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n  name: name\n  kind: 'OpenAI'\n  properties: {\n${props}  }\n}\n`;
/** A module whose account's key auth depends on the caller: read, it gives the caller an info finding. */
const MODULE = `param name string = 'x'\nparam disableLocalAuth bool\n${acct('    disableLocalAuth: disableLocalAuth\n')}`;
const caller = (modulePath: string) => `param keysOff bool\nmodule ai '${modulePath}' = {\n  params: {\n    disableLocalAuth: keysOff\n  }\n}\n`;

async function cli(argv: string[], cwd: string) {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (d) => (out += d));
  const code = await main(argv, { stdout, stderr: new PassThrough(), cwd });
  return { code, report: JSON.parse(out) as { files: { path: string; findings: { code: string; line: number }[]; notices: { message: string }[] }[] } };
}

describe('cross-file reads stay inside the workspace', () => {
  it('reads a module inside the scan root (the control: the finding needs the module)', async () => {
    const ws = write({ 'infra/main.bicep': caller('./modules/ai.bicep'), 'infra/modules/ai.bicep': MODULE });
    const { report } = await cli(['--format', 'json', '.'], ws);
    const main = report.files.find((f) => f.path === 'infra/main.bicep');
    assert.ok(main?.findings.some((f) => f.line === 2), 'the module call is reported');
  });

  for (const [name, modulePath] of [
    ['a relative module path that climbs out', '../../outside/ai.bicep'],
    ['an absolute module path', '<abs>'],
  ] as const) {
    it(`${name}: not read, a notice instead`, async () => {
      const base = write({ 'outside/ai.bicep': MODULE });
      const abs = path.join(base, 'outside/ai.bicep');
      write({ 'repo/infra/main.bicep': caller(modulePath === '<abs>' ? abs : modulePath) }, base);
      assert.equal(path.resolve(base, 'repo/infra', modulePath === '<abs>' ? abs : modulePath), abs, 'the path names the module');
      const { report } = await cli(['--format', 'json', '.'], path.join(base, 'repo'));
      const main = report.files.find((f) => f.path === 'infra/main.bicep');
      assert.ok(main, 'the caller is reported');
      assert.deepEqual(main.findings.filter((f) => f.line === 2), [], 'nothing from the module');
      assert.equal(main.notices.length, 1);
      assert.match(main.notices[0].message, /^Not read: .*outside[/\\]ai\.bicep is outside the workspace/);
    });
  }

  it("a .bicepparam `using` an absolute path outside is not read", async () => {
    const outside = write({ 'main.bicep': `param name string\nparam disableLocalAuth bool\n${acct('    disableLocalAuth: disableLocalAuth\n')}` });
    const ws = write({ 'main.bicepparam': `using '${path.join(outside, 'main.bicep')}'\nparam disableLocalAuth = false\n` });
    const { report } = await cli(['--format', 'json', '.'], ws);
    const f = report.files.find((x) => x.path === 'main.bicepparam');
    assert.deepEqual(f?.findings ?? [], [], 'the template outside decides nothing');
    assert.match(f?.notices[0]?.message ?? '', /^Not read: .*main\.bicep is outside the workspace/);
  });

  it('a module reached through a symbolic link inside the root that points outside is not read', async () => {
    const outside = write({ 'ai.bicep': MODULE });
    const ws = write({ 'main.bicep': caller('./linked/ai.bicep') });
    fs.symlinkSync(outside, path.join(ws, 'linked'));
    const reader = new RecordingReader();
    const project = new Project(createEngine(), ws, { workspace: reader });
    const result = project.lintFile(path.join(ws, 'main.bicep'));
    assert.deepEqual(reader.asked.filter((p) => !p.startsWith(ws + path.sep) || p.includes('linked')), []);
    assert.deepEqual(result.findings.filter((f) => f.range.start.line === 1), []);
    assert.equal(result.notices.length, 1);
  });

  it('APIM parent policies above the root are never asked for (a recording reader)', () => {
    const policy = (inner: string) => `<policies>\n  <inbound>\n    ${inner}\n  </inbound>\n  <backend><base /></backend>\n  <outbound><base /></outbound>\n  <on-error><base /></on-error>\n</policies>\n`;
    const extract = write({
      'policy.xml': policy('<set-header name="api-key" exists-action="override"><value>{{aoai-key}}</value></set-header>'),
      'apis/chat/policy.xml': policy('<base />\n    <set-backend-service base-url="https://contoso.openai.azure.com/openai" />'),
    });
    const root = path.join(extract, 'apis', 'chat');
    const reader = new RecordingReader();
    const project = new Project(createEngine(), root, { workspace: reader });
    project.lintFile(path.join(root, 'policy.xml'));
    const outside = reader.asked.filter((p) => path.relative(root, path.resolve(p)).startsWith('..'));
    assert.deepEqual(outside, []);
  });

  it('the unit: inside passes through, `..`, absolute and linked paths do not; notices only for files that exist', () => {
    const ws = write({ 'in.bicep': 'x', 'sub/in2.bicep': 'y' });
    const out = write({ 'out.bicep': 'z' });
    fs.symlinkSync(path.join(out, 'out.bicep'), path.join(ws, 'link.bicep'));
    const base = new RecordingReader();
    const r = new ConfinedWorkspaceReader(base, ConfinedWorkspaceReader.realRoots([ws]));
    assert.equal(r.readFile(path.join(ws, 'sub', '..', 'in.bicep')), 'x');
    assert.equal(r.readFile(path.join(ws, 'sub/in2.bicep')), 'y');
    assert.equal(r.readFile(path.join(ws, '..', path.basename(out), 'out.bicep')), undefined);
    assert.equal(r.readFile(path.join(out, 'out.bicep')), undefined);
    assert.equal(r.readFile(path.join(ws, 'link.bicep')), undefined);
    assert.equal(r.readFile(path.join(out, 'missing.bicep')), undefined);
    assert.deepEqual(r.listDir(out), []);
    assert.deepEqual(base.asked, [path.join(ws, 'sub', '..', 'in.bicep'), path.join(ws, 'sub/in2.bicep')]);
    const notices = r.takeNotices('/w/main.bicep').map((n) => n.message);
    // out.bicep (asked for by two names, one path) and the link; not missing.bicep, not the listed folder.
    assert.equal(notices.length, 2, notices.join('\n'));
    assert.deepEqual(r.takeNotices('/w/main.bicep'), [], 'taken once');
  });
});

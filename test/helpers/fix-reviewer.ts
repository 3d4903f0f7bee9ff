/**
 * Applies every fix (`--fix --unsafe-fixes`) to a COPY of a tree and checks the result the way a
 * reviewer would: Python gains no undefined name, use-before-assignment or unused import
 * (Debian's pyflakes3); JSON and notebooks still parse; every APIM policy that lost an api-key
 * header authenticates with a managed identity on every path, and none lands outside inbound; no
 * account ends with keys off and no custom subdomain; the findings that had a fix are gone; no
 * key read is left in a file whose client was fixed; a second run changes nothing. Also counts
 * the key findings that carry no fix at all.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fixToFixpoint } from '../../engine/fixes';
import { Project } from '../../engine/project';
import type { FileResult, Finding } from '../../engine/types';
import { attribute, parsePolicy, sectionOf, type PolicyDocument } from '../../engine/parsers/apim';
import { isPolicyXml, policiesOfHost } from '../../engine/parsers/apim/hosts';
import { createEngine } from '../../rules';

export interface ReviewProblem {
  check: string;
  file: string;
  detail: string;
}

export interface FixReview {
  root: string;
  filesChanged: number;
  problems: ReviewProblem[];
  /** Warning/error findings before fixing, and those of them with no fix at all (display-only counts as a fix). */
  keyFindings: number;
  keyFindingsWithoutFix: number;
  /** Codes of the findings without a fix, with counts. */
  withoutFixByCode: Record<string, number>;
  pyflakes: boolean;
}

/** Rules whose finding is the key read that feeds a client (the client fix should remove it). */
const KEY_READ_RULES = new Set(['AOAI105', 'AOAI207', 'AOAI303']);
/** Client rules whose fix migrates a client. */
const CLIENT_RULES = /^AOAI(10[1-4]|20[1-6]|209|210|30[12])$/;
/** Pyflakes messages a fix must never add. */
const PYFLAKES_BAD = /undefined name|referenced before assignment|imported but unused|redefinition of unused|unable to detect undefined names/;

function hasPyflakes(): boolean {
  try {
    execFileSync('pyflakes3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Pyflakes messages of one file (Python source, or a notebook's code cells joined), without positions. */
function pyflakesMessages(file: string): string[] {
  let source: string;
  if (file.endsWith('.ipynb')) {
    try {
      const nb = JSON.parse(fs.readFileSync(file, 'utf8')) as { cells?: { cell_type?: string; source?: string | string[] }[] };
      source = (nb.cells ?? [])
        .filter((c) => c.cell_type === 'code')
        .map((c) => (Array.isArray(c.source) ? c.source.join('') : (c.source ?? '')))
        .map((s) => s.replace(/^\s*[%!].*$/gm, 'pass'))
        .join('\n');
    } catch {
      return ['notebook does not parse'];
    }
  } else source = fs.readFileSync(file, 'utf8');
  let out = '';
  try {
    out = execFileSync('pyflakes3', ['-'], { input: source, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (e) {
    out = String((e as { stdout?: string }).stdout ?? '');
  }
  return out
    .split('\n')
    .map((l) => l.replace(/^<stdin>:\d+:(\d+:)?\s*/, '').trim())
    .filter((l) => PYFLAKES_BAD.test(l));
}

/** Removes one occurrence of each of `before` from `after`: what is new. */
function newMessages(before: string[], after: string[]): string[] {
  const left = [...before];
  return after.filter((m) => {
    const i = left.indexOf(m);
    if (i >= 0) {
      left.splice(i, 1);
      return false;
    }
    return true;
  });
}

/** The policy documents of a file: an XML policy, or the policies hosted in a template. */
function policiesOf(file: string, text: string): PolicyDocument[] {
  if (file.endsWith('.xml')) return isPolicyXml(text) ? [parsePolicy(text)] : [];
  if (/\.(bicep|json|tf)$/.test(file)) {
    try {
      return policiesOfHost(file, text)
        .filter((p) => p.loadPath === undefined)
        .map((p) => parsePolicy(p.text));
    } catch {
      return [];
    }
  }
  return [];
}

const keyHeaderCount = (doc: PolicyDocument) =>
  doc.elements.filter((e) => e.name === 'set-header' && attribute(e, 'name')?.value.trim().toLowerCase() === 'api-key' && (attribute(e, 'exists-action')?.value.trim().toLowerCase() ?? 'override') !== 'delete' && sectionOf(e) !== 'outbound' && sectionOf(e) !== 'on-error').length;
const misplacedIdentity = (doc: PolicyDocument) => doc.elements.filter((e) => e.name === 'authentication-managed-identity' && (sectionOf(e) === 'outbound' || sectionOf(e) === 'backend' || sectionOf(e) === 'on-error')).length;
function unconditionalIdentity(doc: PolicyDocument): boolean {
  const container = doc.kind === 'fragment' ? doc.root : doc.root?.children.find((c) => c.name === 'inbound');
  return !!container?.children.some((c) => c.name === 'authentication-managed-identity');
}

function lintAll(project: Project, files: string[]): Map<string, FileResult> {
  const out = new Map<string, FileResult>();
  for (const f of files) out.set(f, project.lintFile(f));
  return out;
}

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== '.git') walk(p);
      } else if (e.isFile()) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}

/** Applies every safe and unsafe fix, file by file as `--fix --unsafe-fixes` does; returns the changed files. */
function fixTree(project: Project, files: string[]): Set<string> {
  const changed = new Set<string>();
  for (const f of files) {
    const result = project.lintFile(f);
    if (!result.findings.some((x) => x.fixes.length)) continue;
    const original = fs.readFileSync(f, 'utf8');
    const { options } = project.lintOptionsFor(f);
    const outcome = fixToFixpoint(project.engine, f, original, options, 'unsafe', result.kind);
    if (outcome.text !== original) {
      fs.writeFileSync(f, outcome.text);
      changed.add(f);
    }
  }
  return changed;
}

/** Reviews the fixes of a copy of `source` (the source tree is never written). */
export async function reviewFixes(source: string, copyTo?: string): Promise<FixReview> {
  const root = copyTo ?? fs.mkdtempSync(path.join(os.tmpdir(), 'aoai-fix-review-'));
  fs.rmSync(root, { recursive: true, force: true });
  fs.cpSync(source, root, { recursive: true });
  const engine = createEngine();
  await engine.init();
  const project = new Project(engine, root);
  const files = listFiles(root);
  const pyflakes = hasPyflakes();
  const problems: ReviewProblem[] = [];
  const rel = (f: string) => path.relative(root, f);

  const before = lintAll(project, files);
  const texts = new Map(files.map((f) => [f, fs.readFileSync(f, 'utf8')]));
  const pyFiles = files.filter((f) => /\.(py|ipynb)$/.test(f));
  const flakesBefore = new Map(pyflakes ? pyFiles.map((f) => [f, pyflakesMessages(f)]) : []);

  let keyFindings = 0;
  let keyFindingsWithoutFix = 0;
  const withoutFixByCode: Record<string, number> = {};
  for (const r of before.values()) {
    for (const f of r.findings) {
      if (f.severity === 'info') continue;
      keyFindings++;
      if (f.fixes.length === 0) {
        keyFindingsWithoutFix++;
        withoutFixByCode[f.code] = (withoutFixByCode[f.code] ?? 0) + 1;
      }
    }
  }

  const changed = fixTree(project, files);
  const after = lintAll(project, files);

  for (const f of changed) {
    const text = fs.readFileSync(f, 'utf8');
    // JSON and notebooks still parse.
    if (/\.(ipynb|json)$/.test(f)) {
      let parsedBefore = true;
      try {
        JSON.parse(texts.get(f)!);
      } catch {
        parsedBefore = false;
      }
      if (parsedBefore) {
        try {
          JSON.parse(text);
        } catch (e) {
          problems.push({ check: 'json-broken', file: rel(f), detail: (e as Error).message });
        }
      }
    }
    if (pyflakes && /\.(py|ipynb)$/.test(f)) {
      for (const m of newMessages(flakesBefore.get(f) ?? [], pyflakesMessages(f))) problems.push({ check: 'pyflakes', file: rel(f), detail: m });
    }
    const docsBefore = policiesOf(f, texts.get(f)!);
    const docsAfter = policiesOf(f, text);
    // A fragment included from outbound (a retry) relies on the identity its includer sets in inbound.
    const hostIdentity = docsAfter.some((d) => (d.kind === 'fragment' ? unconditionalIdentity(d) : d.elements.some((e) => e.name === 'authentication-managed-identity' && sectionOf(e) === 'inbound')));
    docsAfter.forEach((doc, i) => {
      const was = docsBefore[i];
      if (was && keyHeaderCount(was) > keyHeaderCount(doc) && !unconditionalIdentity(doc) && !(doc.kind === 'fragment' && hostIdentity)) {
        problems.push({ check: 'apim-path-without-credential', file: rel(f), detail: `policy ${i} lost api-key headers but has no unconditional authentication-managed-identity` });
      }
      if (misplacedIdentity(doc) > (was ? misplacedIdentity(was) : 0)) problems.push({ check: 'managed-identity-outside-inbound', file: rel(f), detail: `policy ${i}` });
    });
  }

  for (const f of files) {
    const a = after.get(f)!.findings;
    const b = before.get(f)!.findings;
    // An account left with keys off and no subdomain (a subdomain finding raised to warning).
    const noSub = (x: Finding[]) => x.filter((y) => /without-custom-subdomain/.test(y.rule) && y.severity !== 'info').length;
    if (noSub(a) > noSub(b)) problems.push({ check: 'keys-off-without-subdomain', file: rel(f), detail: `${noSub(a)} account(s)` });
    if (!changed.has(f)) continue;
    // Findings whose applied fix did not remove them (same rule and message still there).
    const key = (x: Finding) => `${x.code} ${x.message}`;
    const left = a.map(key);
    for (const x of b) {
      if (!x.fixes.some((fx) => fx.applicability !== 'display-only')) continue;
      const i = left.indexOf(key(x));
      if (i >= 0) {
        left.splice(i, 1);
        problems.push({ check: 'fix-did-not-remove-finding', file: rel(f), detail: `${x.code} line ${x.range.start.line + 1}` });
      }
    }
    // A key read left behind in a file whose client was migrated.
    const clientFixed = b.some((x) => CLIENT_RULES.test(x.code) && x.fixes.some((fx) => fx.applicability !== 'display-only')) && !a.some((x) => CLIENT_RULES.test(x.code));
    if (clientFixed) for (const x of a) if (KEY_READ_RULES.has(x.code)) problems.push({ check: 'key-read-left', file: rel(f), detail: `${x.code} line ${x.range.start.line + 1}` });
  }

  // A second run changes nothing.
  const snapshot = new Map(files.map((f) => [f, fs.readFileSync(f, 'utf8')]));
  const again = fixTree(project, files);
  for (const f of again) problems.push({ check: 'second-run-changes', file: rel(f), detail: 'a second --fix changed the file' });
  for (const f of again) fs.writeFileSync(f, snapshot.get(f)!);

  return { root, filesChanged: changed.size, problems, keyFindings, keyFindingsWithoutFix, withoutFixByCode, pyflakes };
}

/**
 * Fuzzes the engine in-process: `npm run fuzz -- --seconds N [--seed S] [--out DIR]`.
 *
 * Seeds are the files of test/fixtures/ and examples/ the engine has a kind for (at most 32 KB
 * each). Each input is a seed put through one to three mutations chosen for its kind (byte flips,
 * truncation, duplication, deep nesting, a huge line, unbalanced quotes and brackets, invalid
 * UTF-8, a BOM, CRLF, NUL). Every input is linted, and fixed with unsafe fixes when it has any;
 * the fuzzer records exceptions, internal-error notices, inputs over 1 s, inputs the time budget
 * skipped (hangs), fix loops (the fixer's loop notice, or the pass limit reached), fix text written
 * twice, and ranges outside the file. Each problem is minimized (lines, then chunks, removed while
 * the same problem remains) and written to the output folder (test-results/fuzz/ by default).
 * Not part of `npm test`: run it by hand or nightly, under `nice`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_FIX_PASSES, fixToFixpoint } from '../engine/fixes';
import { kindOfPath } from '../engine/file-kinds';
import type { LintOptions } from '../engine/engine';
import type { FileKind } from '../engine/types';
import { DiskWorkspaceReader } from '../engine/workspace-reader';
import { createEngine } from '../rules/index';

const root = path.resolve(__dirname, '..');
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    seed: { type: 'string', default: String(Date.now() % 1e9) },
    out: { type: 'string', default: path.join(root, 'test-results', 'fuzz') },
    'max-inputs': { type: 'string' },
  },
});
const SECONDS = Number(values.seconds);
const MAX_INPUTS = values['max-inputs'] ? Number(values['max-inputs']) : Infinity;
const OUT = path.resolve(values.out!);
const SLOW_MS = 1000;
/** Budget per file while fuzzing: a skipped file is a hang. */
const BUDGET_MS = 3000;

// ---- random numbers (seeded, so a run can be repeated) ---------------------------------------

let state = Number(values.seed) >>> 0 || 1;
function rand(): number {
  // xorshift32
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state / 0x100000000;
}
const int = (n: number) => Math.floor(rand() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];

// ---- seeds ---------------------------------------------------------------------------------------

interface Seed {
  name: string;
  kind: FileKind;
  text: string;
}

function collectSeeds(): Seed[] {
  const seeds: Seed[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') walk(p);
        continue;
      }
      const kind = kindOfPath(p);
      if (!kind || fs.statSync(p).size > 32 * 1024) continue;
      seeds.push({ name: e.name, kind, text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(path.join(root, 'test', 'fixtures'));
  walk(path.join(root, 'examples'));
  return seeds;
}

// ---- mutations -----------------------------------------------------------------------------------

const OPENERS: Partial<Record<FileKind, string[]>> = {
  json: ['{"a":', '['],
  notebook: ['{"a":', '['],
  bicep: ['{\n', '[\n', '('],
  bicepparam: ['{\n', '['],
  terraform: ['{\n', '[', '('],
  python: ['(', '[', '{', 'if x:\n'],
  typescript: ['(', '[', '{'],
  javascript: ['(', '[', '{'],
  csharp: ['{', '(', '['],
  xml: ['<a>'],
  yaml: ['- ', 'a:\n  ', '['],
};
const TOKENS = ['(', ')', '[', ']', '{', '}', '"', "'", '`', '${', '{{', '}}', '<', '>', '</', ':', ',', '=', '\\', '#', '//', '/*', '"""', "'''", '\n', '\t', ' ', '@'];

type Mutation = (text: string, kind: FileKind) => string;
const at = (text: string) => int(text.length + 1);

const MUTATIONS: Record<string, Mutation> = {
  byteFlip: (t) => {
    const i = int(Math.max(1, t.length));
    return t.slice(0, i) + String.fromCharCode(int(128)) + t.slice(i + 1);
  },
  truncate: (t) => t.slice(0, at(t)),
  duplicate: (t) => {
    const a = at(t);
    const b = Math.min(t.length, a + int(400));
    const chunk = t.slice(a, b);
    return t.slice(0, b) + chunk.repeat(1 + int(4)) + t.slice(b);
  },
  deleteChunk: (t) => {
    const a = at(t);
    return t.slice(0, a) + t.slice(Math.min(t.length, a + 1 + int(80)));
  },
  deepNesting: (t, kind) => {
    const opener = pick(OPENERS[kind] ?? ['(', '[', '{']);
    const n = 200 + int(3000);
    const i = at(t);
    return t.slice(0, i) + opener.repeat(n) + t.slice(i);
  },
  hugeLine: (t) => {
    const unit = pick(['a', 'A', ' ', '${', '{', '"', 'x.', '0123456789abcdef0123456789abcdef ', 'api_key=', 'AZURE_OPENAI_API_KEY', '\\', '-', '*']);
    const i = at(t);
    return t.slice(0, i) + unit.repeat(Math.ceil((5_000 + int(20_000)) / unit.length)) + t.slice(i);
  },
  unbalanced: (t) => {
    const i = at(t);
    return t.slice(0, i) + pick(TOKENS) + t.slice(i);
  },
  dropCloser: (t) => {
    const closers = [...t.matchAll(/[)\]}"'>]/g)];
    if (closers.length === 0) return t;
    const m = pick(closers);
    return t.slice(0, m.index!) + t.slice(m.index! + 1);
  },
  invalidUtf8: (t) => {
    // What a UTF-8 decode of broken bytes gives (U+FFFD), or a lone surrogate.
    const i = at(t);
    return t.slice(0, i) + pick(['\uFFFD', '\uD800', '\uDFFF', '\uFFFD\uFFFD']) + t.slice(i);
  },
  bom: (t) => '\uFEFF' + t,
  crlf: (t) => t.replace(/\r?\n/g, pick(['\r\n', '\r'])),
  nul: (t) => {
    const i = at(t);
    return t.slice(0, i) + '\0' + t.slice(i);
  },
  spliceSeedLines: (t) => {
    const lines = t.split('\n');
    const a = int(lines.length);
    lines.splice(a, 0, ...lines.slice(int(lines.length)).slice(0, 1 + int(5)));
    return lines.join('\n');
  },
};
const MUTATION_NAMES = Object.keys(MUTATIONS);

// ---- one input -----------------------------------------------------------------------------------

const engine = createEngine();
const options: LintOptions = {
  settings: { tokenScope: 'https://cognitiveservices.azure.com/.default' },
  workspace: new DiskWorkspaceReader(),
  timeBudgetMs: BUDGET_MS,
};

type Problem = 'exception' | 'internal-error' | 'slow' | 'hang' | 'fix-loop' | 'duplicated-fix' | 'out-of-range';

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** The problems one input shows, and how long it took. */
function check(filePath: string, kind: FileKind, text: string): { problems: Map<Problem, string>; ms: number } {
  const problems = new Map<Problem, string>();
  const started = performance.now();
  try {
    const result = engine.lint(filePath, text, options, kind);
    for (const n of result.notices) {
      if (n.message.startsWith('Internal error')) problems.set('internal-error', n.message);
      if (n.message.startsWith('Skipped: took longer')) problems.set('hang', n.message);
    }
    for (const f of result.findings) {
      const bad = f.start < 0 || f.end < f.start || f.end > text.length || f.fixes.some((x) => x.edits.some((e) => e.start < 0 || e.end < e.start || e.end > text.length));
      if (bad) problems.set('out-of-range', `${f.code} ${f.start}..${f.end} of ${text.length}`);
    }
    if (result.findings.some((f) => f.fixes.length > 0)) {
      const outcome = fixToFixpoint(engine, filePath, text, options, 'unsafe', kind);
      if (outcome.notices.length) problems.set('fix-loop', outcome.notices[0].message);
      else if (outcome.passes >= MAX_FIX_PASSES) problems.set('fix-loop', `${outcome.passes} passes`);
      // Each finding may write its text once (two clients, two insertions).
      const offered = new Map<string, number>();
      for (const f of result.findings) for (const t of new Set(f.fixes.flatMap((x) => x.edits.map((e) => e.newText)))) if (t.trim().length >= 12) offered.set(t, (offered.get(t) ?? 0) + 1);
      for (const [t, n] of offered) if (count(outcome.text, t) > count(text, t) + n) problems.set('duplicated-fix', t.slice(0, 60));
    }
  } catch (e) {
    problems.set('exception', e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 3).join(' | ') : String(e));
  }
  const ms = performance.now() - started;
  if (ms > SLOW_MS && !problems.has('hang')) problems.set('slow', `${Math.round(ms)} ms`);
  return { problems, ms };
}

/** Removes lines, then chunks, while `problem` remains (bounded tries; a slow input is costly). */
function minimize(filePath: string, kind: FileKind, text: string, problem: Problem): string {
  const still = (t: string) => check(filePath, kind, t).problems.has(problem);
  let best = text;
  // A slow input costs up to a second per try: it is kept as found.
  if (problem === 'slow' || problem === 'hang') return text;
  let tries = 200;
  for (let chunk = Math.max(1, Math.floor(best.length / 2)); chunk >= 1 && tries > 0; chunk = Math.floor(chunk / 2)) {
    for (let i = 0; i < best.length && tries > 0; ) {
      const candidate = best.slice(0, i) + best.slice(i + chunk);
      tries--;
      if (candidate.length < best.length && still(candidate)) best = candidate;
      else i += chunk;
    }
  }
  return best;
}

// ---- the run -------------------------------------------------------------------------------------

interface KindStats {
  inputs: number;
  slow: number;
  maxMs: number;
  problems: Record<string, number>;
}

async function main(): Promise<void> {
  const seeds = collectSeeds();
  const kinds = [...new Set(seeds.map((s) => s.kind))].sort();
  await engine.init(kinds);
  const byKind = new Map<FileKind, Seed[]>();
  for (const s of seeds) byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), s]);
  const stats = new Map<FileKind, KindStats>(kinds.map((k) => [k, { inputs: 0, slow: 0, maxMs: 0, problems: {} }]));
  // Warm-up: the first file of a kind loads its parser (the TypeScript compiler takes seconds).
  for (const k of kinds) check(path.join(root, 'test-results', 'fuzz-ws', 'warm', byKind.get(k)![0].name), k, byKind.get(k)![0].text);
  fs.mkdirSync(OUT, { recursive: true });
  const seen = new Set<string>();
  const deadline = Date.now() + SECONDS * 1000;
  let total = 0;
  let saved = 0;
  console.log(`fuzz: ${seeds.length} seeds in ${kinds.length} kinds, ${SECONDS} s, seed ${values.seed}, findings to ${path.relative(process.cwd(), OUT) || '.'}`);
  while (Date.now() < deadline && total < MAX_INPUTS) {
    // Round-robin over kinds, so each gets its share whatever the number of seeds.
    const kind = kinds[total % kinds.length];
    const seed = pick(byKind.get(kind)!);
    let text = seed.text;
    const applied: string[] = [];
    for (let m = 1 + int(3); m > 0; m--) {
      const name = pick(MUTATION_NAMES);
      applied.push(name);
      text = MUTATIONS[name](text, kind);
    }
    // A fresh path per input: nothing (the incremental parse caches) carries over between inputs.
    const filePath = path.join(root, 'test-results', 'fuzz-ws', `${total % 64}`, seed.name);
    const { problems, ms } = check(filePath, kind, text);
    const s = stats.get(kind)!;
    s.inputs++;
    total++;
    s.maxMs = Math.max(s.maxMs, ms);
    for (const [problem, detail] of problems) {
      s.problems[problem] = (s.problems[problem] ?? 0) + 1;
      const key = `${problem}:${kind}:${detail.replace(/\d+/g, 'N').slice(0, 80)}`;
      if (seen.has(key) || saved >= 200) continue;
      seen.add(key);
      const small = minimize(filePath, kind, text, problem);
      const file = path.join(OUT, `${problem}-${kind}-${++saved}-${seed.name}`);
      fs.writeFileSync(file, small);
      fs.writeFileSync(file + '.txt', `${problem}: ${detail}\nseed: ${seed.name}\nmutations: ${applied.join(', ')}\n`);
      console.log(`  ${problem} (${kind}, ${applied.join('+')}): ${detail.slice(0, 120)} -> ${path.basename(file)}`);
    }
    if (total % 5000 === 0) console.log(`  ${total} inputs, ${Math.round((deadline - Date.now()) / 1000)} s left`);
  }
  console.log(`\n${total} inputs in ${SECONDS} s`);
  console.log('kind         inputs   max ms  problems');
  const totals: Record<string, number> = {};
  for (const [kind, s] of stats) {
    for (const [p, n] of Object.entries(s.problems)) totals[p] = (totals[p] ?? 0) + n;
    const problems = Object.entries(s.problems).map(([p, n]) => `${p} ${n}`).join(', ') || '-';
    console.log(`${kind.padEnd(12)} ${String(s.inputs).padStart(7)} ${String(Math.round(s.maxMs)).padStart(8)}  ${problems}`);
  }
  const line = ['exception', 'internal-error', 'hang', 'slow', 'fix-loop', 'duplicated-fix', 'out-of-range'].map((p) => `${p} ${totals[p] ?? 0}`).join(', ');
  console.log(`total: ${line}`);
  fs.writeFileSync(path.join(OUT, 'summary.json'), JSON.stringify({ inputs: total, seconds: SECONDS, seed: values.seed, totals, byKind: Object.fromEntries(stats) }, null, 2));
  process.exitCode = Object.keys(totals).length ? 1 : 0;
}

void main();

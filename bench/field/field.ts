// The field corpus as our yardstick: real public files labeled by hand (../shared/field-corpus).
// Rebuilds the labeled files from git snapshots of their repositories, scans them with the built
// CLI to SARIF, and scores the run with the corpus's scorer against OUR rule map
// (bench/field/rule-map.json, which a test keeps in step with the rule catalogue).
//
//   npm run build && npm run field -- --mirror DIR [--corpus DIR] [--out DIR] [score.py options, e.g. -v --subset azure]
//
// DIR holds one snapshot per repository as <owner>+<name>/repo (a git directory); --mirror
// defaults to $MIRROR. Not a test: CI has no copy of the repositories. Nothing here is committed
// from the corpus; the files are written to --out (default: a folder under the system temp dir).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'bin', 'aoai-lint.js');

function option(args: string[], name: string, fallback?: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
}

function run(cmd: string, argv: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...opts });
  if (r.error) throw r.error;
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

function main(): number {
  const args = process.argv.slice(2);
  const mirror = option(args, '--mirror', process.env.MIRROR);
  const corpus = path.resolve(option(args, '--corpus', path.join(root, '..', 'shared', 'field-corpus'))!);
  const out = path.resolve(option(args, '--out', path.join(os.tmpdir(), 'aoai-lint-field'))!);
  if (!mirror) {
    console.error('field: give --mirror DIR (or set MIRROR): the folder of <owner>+<name>/repo snapshots');
    return 2;
  }
  if (!fs.existsSync(path.join(corpus, 'labels.jsonl'))) {
    console.error(`field: no labels.jsonl in ${corpus} (give --corpus DIR)`);
    return 2;
  }
  if (!fs.existsSync(path.join(root, 'dist', 'cli.js'))) {
    console.error('field: build first (npm run build)');
    return 2;
  }

  fs.rmSync(out, { recursive: true, force: true });
  const m = run('python3', [path.join(corpus, 'materialize.py'), out], { env: { ...process.env, MIRROR: mirror } });
  process.stdout.write(m.stdout);
  if (m.status !== 0) {
    process.stderr.write(m.stderr);
    console.error('field: some snapshots are missing; the score below covers the files that were written');
  }

  const sarif = path.join(path.dirname(out), path.basename(out) + '.sarif');
  const started = process.hrtime.bigint();
  const scan = run(process.execPath, [cli, '.', '--format', 'sarif', '--output', sarif, '--fail-level', 'error'], { cwd: out });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (scan.status > 1) {
    process.stderr.write(scan.stderr);
    console.error(`field: the scan failed (exit ${scan.status})`);
    return 2;
  }
  console.log(`scanned ${out} in ${seconds.toFixed(2)} s (whole CLI process)`);

  // The scorer reads rule-map.json beside itself: run a copy of it next to our map.
  const scorer = fs.mkdtempSync(path.join(os.tmpdir(), 'aoai-lint-score-'));
  try {
    fs.copyFileSync(path.join(corpus, 'score.py'), path.join(scorer, 'score.py'));
    fs.copyFileSync(path.join(__dirname, 'rule-map.json'), path.join(scorer, 'rule-map.json'));
    const score = run('python3', [path.join(scorer, 'score.py'), sarif, out, ...args], { env: { ...process.env, LABELS_DIR: corpus } });
    process.stdout.write(score.stdout);
    process.stderr.write(score.stderr);
    return score.status;
  } finally {
    fs.rmSync(scorer, { recursive: true, force: true });
  }
}

process.exit(main());

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { FixMode } from '../engine/fixes';
import { Project, scanRootsOf } from '../engine/project';
import { redactText } from '../engine/redact';
import type { Severity } from '../engine/types';
import { writeReport } from '../engine/write-file';
import type { Engine } from '../engine/engine';
import { createEngine } from '../rules';
import { fixFiles } from './fix-files';
import { formatJson, formatSarif, formatText, type Report } from './format';
import { VERSION } from './version';
import * as extra from './cli-options';
import { explain } from './explain';
import { repoRoot } from './git';
import { formatMarkdown } from './markdown';
import { Progress } from './progress';

const USAGE = `Usage: aoai-lint [options] [paths...]
       aoai-lint rules [--format text|json]
       aoai-lint explain CODE
       aoai-lint server [--stdio]

Finds Azure OpenAI / Azure AI Services API-key authentication and rewrites it to Microsoft Entra ID.

Options:
  -f, --format <text|json|sarif|markdown>
                                   Output format (default: text)
  -o, --output <file>              Write the report to a file instead of stdout ("-": stdout)
      --fix                        Apply safe fixes and write the files
      --unsafe-fixes               With --fix or --diff, also apply unsafe fixes (they change auth)
      --diff                       Print the fixes as a unified diff; write nothing
      --fail-level <level>         Exit 1 when a finding is at or above: error, warning, info (default: warning)
  -c, --config <file>              Use this config file for every file (no lookup)
      --select <codes>             Only run these rules (comma-separated codes or names)
${extra.EXTRA_USAGE}
  -h, --help                       Show this help
  -v, --version                    Show the version

Exit status: 0 nothing at or above the fail level, 1 something is (or a file could not be read, or a
config file is invalid), 2 usage error, a path that does not exist, or no file to lint.`;

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The streams and directory the CLI works with; injectable for tests. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
  /** Standard input, for `--stdin-filename` (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Environment, for colours (default: process.env). */
  env?: NodeJS.ProcessEnv;
}

/** Runs the CLI; returns the exit code. `engine` is injectable for tests (default: every rule). */
export async function main(
  argv: string[],
  io: CliIO = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() },
  engine: Engine = createEngine(),
): Promise<number> {
  if (argv[0] === 'server') {
    const { startServer } = await import('./server');
    startServer();
    return new Promise<number>(() => undefined); // the server lives until the client ends it
  }
  if (argv[0] === 'rules') return listRules(argv.slice(1), io, engine);
  if (argv[0] === 'explain') return explain(argv.slice(1), io, engine);

  let values: ReturnType<typeof parse>['values'];
  let positionals: string[];
  try {
    ({ values, positionals } = parse(argv));
  } catch (e) {
    io.stderr.write(`aoai-lint: ${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.version) {
    io.stdout.write(VERSION + '\n');
    return 0;
  }
  const format = values.format ?? 'text';
  if (!['text', 'json', 'sarif', 'markdown'].includes(format)) return usage(io, `unknown format "${format}"`);
  if (values.diff && format !== 'text') return usage(io, `--diff prints a unified diff; it cannot be combined with --format ${format}`);
  const checked = extra.checkExtra(values);
  if ('error' in checked) return usage(io, checked.error);
  const failLevel = (values['fail-level'] ?? 'warning') as Severity;
  if (!(failLevel in RANK)) return usage(io, `unknown fail level "${failLevel}"`);
  if (values['unsafe-fixes'] && !values.fix && !values.diff) return usage(io, '--unsafe-fixes needs --fix or --diff');
  if (values.fix && values.diff) return usage(io, '--fix writes files and --diff writes none: choose one');

  let only: Set<string> | undefined;
  if (values.select) {
    only = new Set();
    for (const key of values.select.split(',').map((s) => s.trim()).filter(Boolean)) {
      const rule = engine.findRule(key);
      if (!rule) return usage(io, `unknown rule "${key}" in --select`);
      only.add(rule.meta.code);
    }
  }
  if (values.config && !fs.existsSync(values.config)) return usage(io, `config file not found: ${values.config}`);

  const roots = positionals.length ? positionals : ['.'];
  const stdinName = values['stdin-filename'];
  if (stdinName && positionals.length) return usage(io, '--stdin-filename lints standard input: give no paths');
  const missing = stdinName ? [] : roots.filter((r) => !fs.existsSync(path.resolve(io.cwd, r)));
  if (missing.length) {
    io.stderr.write(missing.map((m) => `aoai-lint: no such file or directory: ${m}\n`).join(''));
    return 2;
  }
  let baseline: ReturnType<typeof extra.readBaseline> | undefined;
  let changed: ReturnType<typeof extra.changedScope> | undefined;
  try {
    if (values.baseline) baseline = extra.readBaseline(path.resolve(io.cwd, values.baseline));
    if (values['changed-since']) changed = extra.changedScope(values['changed-since'], io.cwd, !!values['changed-lines']);
  } catch (e) {
    io.stderr.write(`aoai-lint: ${(e as Error).message}\n`);
    return 2;
  }
  const absRoots = roots.map((r) => path.resolve(io.cwd, r));
  // Rules follow references (Bicep modules, parent policies) only inside what was asked to be scanned.
  const project = new Project(engine, io.cwd, {
    configPath: values.config ? path.resolve(io.cwd, values.config) : undefined,
    overrides: values['report-unused-suppressions'] ? { reportUnusedSuppressions: true } : undefined,
    trustedRoots: scanRootsOf(stdinName ? [path.resolve(io.cwd, stdinName)] : absRoots),
  });
  const progress = io.stderr.isTTY ? new Progress(io.stderr, { cwd: io.cwd }) : undefined;
  const texts = new Map<string, string>();
  let scan: Awaited<ReturnType<Project['lintPaths']>>;
  if (stdinName) {
    const file = path.resolve(io.cwd, stdinName);
    const text = await extra.readAll(io.stdin ?? process.stdin);
    texts.set(file, text);
    await project.engine.init();
    scan = { files: [project.lintText(file, text)], notices: [] };
    for (const c of project.configs.loaded()) scan.notices.push(...c.notices);
  } else {
    scan = await project.lintPaths(absRoots, progress?.update, changed ? (p) => changed.files.has(p) : undefined);
  }
  progress?.done();
  let files = scan.files;
  if (files.length === 0 && scan.notices.every((n) => n.level !== 'error') && !changed) {
    io.stderr.write(`aoai-lint: no files to lint in ${roots.join(', ')} (nothing the linter reads, or all of it excluded)\n`);
    return 2;
  }
  if (changed) files = files.map((f) => ({ ...f, findings: f.findings.filter((x) => changed.onChangedLine(f.path, x)) }));
  const unusedSuppressions = extra.unusedSuppressionNotices(files);
  if (unusedSuppressions) files = files.map((f) => (f.unusedSuppressions?.length ? { ...f, notices: [...f.notices, ...extra.noticesOfUnused(f)] } : f));
  if (only) files = files.map((f) => ({ ...f, findings: f.findings.filter((x) => only!.has(x.code)) }));

  const mode: FixMode = values['unsafe-fixes'] ? 'unsafe' : 'safe';
  let diffs: string[] = [];
  let fixed = 0;
  if (values.fix || values.diff) ({ files, diffs, fixed } = await fixFiles(files, { engine, project, mode, only, diff: !!values.diff, cwd: io.cwd }));

  const fps = extra.fingerprints(files, extra.fileLines(files, texts));
  if (values['write-baseline']) {
    const n = extra.writeBaselineFile(path.resolve(io.cwd, values['write-baseline']), files, fps);
    io.stderr.write(`aoai-lint: recorded ${n} finding${n === 1 ? '' : 's'} in ${values['write-baseline']}\n`);
    return scan.notices.concat(files.flatMap((f) => f.notices)).some((n) => n.level === 'error') ? 1 : 0;
  }
  let baselineNote = '';
  if (baseline) {
    const applied = extra.applyBaseline(baseline, files, fps);
    files = applied.files;
    baselineNote = `aoai-lint: ${applied.baselined} finding${applied.baselined === 1 ? '' : 's'} in the baseline hidden; ${applied.prunable} baseline entr${applied.prunable === 1 ? 'y' : 'ies'} no longer match (prunable: rerun --write-baseline)\n`;
  }
  const unsafeLeft = values.fix && mode === 'safe' ? files.reduce((n, f) => n + f.findings.filter((x) => x.fixes.some((fx) => fx.applicability === 'unsafe')).length, 0) : 0;
  if (values.quiet) files = extra.onlyErrors(files);

  const report: Report = { files, notices: scan.notices, rules: engine.rules, cwd: io.cwd, version: VERSION, unsafeFixes: mode === 'unsafe', fingerprints: fps, sarifRoot: format === 'sarif' ? repoRoot(io.cwd) ?? io.cwd : undefined };
  let output: string;
  if (values.diff) {
    // Diffs echo file content: redact anything shaped like a key, including bare 32-hex tokens.
    output = diffs.map((d) => redactText(d, { hex32: true })).join('');
    if (!output) output = format === 'text' ? 'No fixes to apply.\n' : '';
  } else if (format === 'json') output = formatJson(report);
  else if (format === 'sarif') output = formatSarif(report);
  else if (format === 'markdown') output = formatMarkdown(report);
  else {
    const color = extra.useColor(values['no-color'] ? false : values.color, io.env ?? process.env, !!io.stdout.isTTY, !!values.output && values.output !== '-');
    output = formatText(report, color);
    if (values.statistics) output += extra.formatStatistics(files);
  }
  if (values.fix) {
    // Ruff's summary: what was fixed, and what waits for --unsafe-fixes.
    const waiting = unsafeLeft ? `; ${unsafeLeft} unsafe fix${unsafeLeft === 1 ? '' : 'es'} available with --unsafe-fixes` : '';
    io.stderr.write(`${fixed} fixed${waiting}\n`);
  }
  if (baselineNote) io.stderr.write(baselineNote);
  if (values.summary) {
    try {
      fs.appendFileSync(path.resolve(io.cwd, values.summary), formatMarkdown(report) + '\n');
    } catch (e) {
      io.stderr.write(`aoai-lint: cannot write the summary to ${values.summary}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  if (values.output && values.output !== '-') {
    try {
      writeReport(path.resolve(io.cwd, values.output), output);
    } catch (e) {
      io.stderr.write(`aoai-lint: cannot write ${values.output}: ${(e as Error).message}\n`);
      return 2;
    }
  } else {
    io.stdout.write(output);
  }
  const worst = files.flatMap((f) => f.findings).reduce((m, f) => Math.max(m, RANK[f.severity]), -1);
  const warnings = files.reduce((n, f) => n + f.findings.filter((x) => x.severity === 'warning').length, 0);
  // A file that could not be read or a broken config means the scan was incomplete: never exit 0.
  const incomplete = scan.notices.concat(files.flatMap((f) => f.notices)).some((n) => n.level === 'error');
  if (checked.maxWarnings !== undefined && warnings > checked.maxWarnings) {
    io.stderr.write(`aoai-lint: ${warnings} warnings exceed --max-warnings ${checked.maxWarnings}\n`);
    if (!values['exit-zero']) return 1;
  }
  if (incomplete) return 1;
  if (values['exit-zero']) return 0;
  if (unusedSuppressions) return 1;
  return worst >= RANK[failLevel] ? 1 : 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      fix: { type: 'boolean' },
      'unsafe-fixes': { type: 'boolean' },
      diff: { type: 'boolean' },
      'fail-level': { type: 'string' },
      config: { type: 'string', short: 'c' },
      select: { type: 'string' },
      'no-color': { type: 'boolean' },
      ...extra.EXTRA_OPTIONS,
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

function usage(io: { stderr: NodeJS.WritableStream }, message: string): number {
  io.stderr.write(`aoai-lint: ${message}\n\n${USAGE}\n`);
  return 2;
}

function listRules(argv: string[], io: CliIO, engine: Engine): number {
  const allRules = engine.rules;
  let format = 'text';
  try {
    const { values } = parseArgs({ args: argv, options: { format: { type: 'string', short: 'f' } } });
    format = values.format ?? 'text';
  } catch (e) {
    return usage(io, (e as Error).message);
  }
  if (format === 'json') {
    io.stdout.write(
      JSON.stringify(
        allRules.map((r) => ({
          code: r.meta.code,
          name: r.meta.name,
          description: r.meta.description,
          severity: r.meta.severity,
          category: r.meta.category,
          kinds: r.meta.kinds,
          fix: r.meta.fix,
        })),
        null,
        2,
      ) + '\n',
    );
    return 0;
  }
  if (format !== 'text') return usage(io, `unknown format "${format}"`);
  const rows = allRules.map((r) => [r.meta.code, r.meta.name, r.meta.severity, r.meta.fix, r.meta.description]);
  const header = ['CODE', 'NAME', 'SEVERITY', 'FIX', 'DESCRIPTION'];
  const widths = [0, 1, 2, 3].map((i) => Math.max(header[i].length, ...rows.map((r) => r[i].length)));
  for (const row of [header, ...rows]) {
    io.stdout.write(row.map((c, i) => (i < 4 ? c.padEnd(widths[i]) : c)).join('  ') + '\n');
  }
  return 0;
}

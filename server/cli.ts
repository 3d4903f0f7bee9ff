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

const USAGE = `Usage: aoai-lint [options] [paths...]
       aoai-lint rules [--format text|json]
       aoai-lint server [--stdio]

Finds Azure OpenAI / Azure AI Services API-key authentication and rewrites it to Microsoft Entra ID.

Options:
  -f, --format <text|json|sarif>   Output format (default: text)
  -o, --output <file>              Write the report to a file instead of stdout ("-": stdout)
      --fix                        Apply safe fixes and write the files
      --unsafe-fixes               With --fix or --diff, also apply unsafe fixes (they change auth)
      --diff                       Print the fixes as a unified diff; write nothing
      --fail-level <level>         Exit 1 when a finding is at or above: error, warning, info (default: warning)
  -c, --config <file>              Use this config file for every file (no lookup)
      --select <codes>             Only run these rules (comma-separated codes or names)
      --no-color                   Never colour the text output
  -h, --help                       Show this help
  -v, --version                    Show the version

Exit status: 0 nothing at or above the fail level, 1 something is, 2 usage or internal error.`;

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The streams and directory the CLI works with; injectable for tests. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
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
  if (!['text', 'json', 'sarif'].includes(format)) return usage(io, `unknown format "${format}"`);
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
  const absRoots = roots.map((r) => path.resolve(io.cwd, r));
  const configPath = values.config ? path.resolve(io.cwd, values.config) : undefined;
  // Rules follow references (Bicep modules, parent policies) only inside what was asked to be scanned.
  const project = new Project(engine, io.cwd, { configPath, trustedRoots: scanRootsOf(absRoots) });
  const started = Date.now();
  const progress = io.stderr.isTTY
    ? (done: number, file: string) => {
        if (Date.now() - started > 1000) io.stderr.write(`\r\x1b[K${done} files… ${path.relative(io.cwd, file).slice(-60)}`);
      }
    : undefined;

  const scan = await project.lintPaths(absRoots, progress);
  if (progress) io.stderr.write('\r\x1b[K');
  let files = scan.files;
  if (only) files = files.map((f) => ({ ...f, findings: f.findings.filter((x) => only!.has(x.code)) }));

  const mode: FixMode = values['unsafe-fixes'] ? 'unsafe' : 'safe';
  let diffs: string[] = [];
  if (values.fix || values.diff) ({ files, diffs } = await fixFiles(files, { engine, project, mode, only, diff: !!values.diff, cwd: io.cwd }));

  const report: Report = { files, notices: scan.notices, rules: engine.rules, cwd: io.cwd, version: VERSION, unsafeFixes: mode === 'unsafe' };
  let output: string;
  if (values.diff) {
    // Diffs echo file content: redact anything shaped like a key, including bare 32-hex tokens.
    output = diffs.map((d) => redactText(d, { hex32: true })).join('');
    if (!output) output = format === 'text' ? 'No fixes to apply.\n' : '';
  } else if (format === 'json') output = formatJson(report);
  else if (format === 'sarif') output = formatSarif(report);
  else {
    const color = !values['no-color'] && (!values.output || values.output === '-') && !!io.stdout.isTTY && !process.env.NO_COLOR;
    output = formatText(report, color);
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

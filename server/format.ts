import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule } from '../engine/rule';
import { redactText } from '../engine/redact';
import type { FileNotice, FileResult, Finding, Severity } from '../engine/types';
import { docsUrl } from '../engine/docs-url';

/** Everything a formatter needs: results, notices, the rule catalogue and the base directory. */
export interface Report {
  files: FileResult[];
  notices: FileNotice[];
  rules: readonly Rule[];
  /** Directory paths are shown relative to (and the SARIF `uriBaseId` points at). */
  cwd: string;
  version: string;
  /** Whether unsafe fixes were allowed (for the "fixable" hint). */
  unsafeFixes: boolean;
}

export function countBySeverity(files: FileResult[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of files) for (const x of f.findings) counts[x.severity]++;
  return counts;
}

function rel(cwd: string, p: string): string {
  const r = path.relative(cwd, p);
  return r && !r.startsWith('..') && !path.isAbsolute(r) ? r.split(path.sep).join('/') : p;
}

/**
 * Every message and notice passes through this. Rule messages never quote a key, but a parser's
 * error message can echo the source line it failed on, so bare 32-hex tokens are redacted too.
 */
const safe = (s: string) => redactText(s, { hex32: true });

// ---------------------------------------------------------------------------------------------
// text: ESLint "stylish"-like

const ANSI = {
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  red: '\x1b[31m',
  yellow: '\x1b[33m',
  blue: '\x1b[34m',
  underline: '\x1b[4m',
};

export function formatText(report: Report, color: boolean): string {
  const c = (code: keyof typeof ANSI, s: string) => (color ? ANSI[code] + s + ANSI.reset : s);
  const sevColor: Record<Severity, keyof typeof ANSI> = { error: 'red', warning: 'yellow', info: 'blue' };
  const out: string[] = [];
  const byFileNotices = new Map<string, FileNotice[]>();
  for (const n of [...report.notices, ...report.files.flatMap((f) => f.notices)]) {
    const list = byFileNotices.get(n.path) ?? [];
    list.push(n);
    byFileNotices.set(n.path, list);
  }
  let fixableSafe = 0;
  let fixableUnsafe = 0;
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    out.push(c('underline', rel(report.cwd, file.path)));
    const rows = file.findings.map((f) => [
      `${f.range.start.line + 1}:${f.range.start.character + 1}`,
      f.severity,
      safe(f.message),
      f.code,
    ]);
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    file.findings.forEach((f, i) => {
      const [pos, sev, msg, code] = rows[i];
      out.push(`  ${c('dim', pos.padEnd(w0))}  ${c(sevColor[f.severity], sev.padEnd(w1))}  ${msg}  ${c('dim', code)}`);
      for (const r of f.related ?? []) {
        const where = r.path === file.path ? '' : `${rel(report.cwd, r.path)}:`;
        out.push(`  ${' '.repeat(w0)}  ${' '.repeat(w1)}  ${c('dim', `↳ ${where}${r.range.start.line + 1}:${r.range.start.character + 1} ${safe(r.message)}`)}`);
      }
      if (f.fixes.some((x) => x.applicability === 'safe')) fixableSafe++;
      else if (f.fixes.some((x) => x.applicability === 'unsafe')) fixableUnsafe++;
    });
    out.push('');
  }
  for (const [p, notices] of byFileNotices) {
    for (const n of notices) out.push(`${c(n.level === 'error' ? 'red' : 'dim', n.level)}: ${rel(report.cwd, p)}: ${safe(n.message)}`);
  }
  if (byFileNotices.size) out.push('');
  const counts = countBySeverity(report.files);
  const total = counts.error + counts.warning + counts.info;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (total === 0) {
    out.push(c('bold', `No problems found in ${plural(report.files.length, 'file')}.`));
  } else {
    const mark = counts.error ? c('red', '✖') : counts.warning ? c('yellow', '⚠') : c('blue', 'ℹ');
    out.push(
      c('bold', `${mark} ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info) in ${plural(report.files.length, 'file')} scanned`),
    );
    if (fixableSafe) out.push(`  ${plural(fixableSafe, 'problem')} fixable with --fix.`);
    if (fixableUnsafe) out.push(`  ${plural(fixableUnsafe, 'problem')} fixable with --fix --unsafe-fixes (changes authentication: review each).`);
  }
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// json

export function formatJson(report: Report): string {
  const files = report.files
    .filter((f) => f.findings.length > 0 || f.notices.length > 0)
    .map((f) => ({
      path: rel(report.cwd, f.path),
      kind: f.kind,
      suppressed: f.suppressed,
      findings: f.findings.map((x) => jsonFinding(x, report.cwd)),
      notices: f.notices.map((n) => ({ level: n.level, message: safe(n.message) })),
    }));
  const counts = countBySeverity(report.files);
  return (
    JSON.stringify(
      {
        tool: { name: 'aoai-lint', version: report.version },
        summary: { filesScanned: report.files.length, ...counts },
        files,
        notices: report.notices.map((n) => ({ path: rel(report.cwd, n.path), level: n.level, message: safe(n.message) })),
      },
      null,
      2,
    ) + '\n'
  );
}

function jsonFinding(f: Finding, cwd: string) {
  return {
    code: f.code,
    rule: f.rule,
    severity: f.severity,
    message: safe(f.message),
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    docsUrl: f.docsUrl,
    fixes: f.fixes.map((x) => ({
      title: safe(x.title),
      applicability: x.applicability,
      edits: x.edits.map((e) => ({ start: e.start, end: e.end, newText: redactText(e.newText, { hex32: true }) })),
    })),
    ...(f.data ? { data: f.data } : {}),
    ...(f.related?.length
      ? {
          related: f.related.map((r) => ({
            path: rel(cwd, r.path),
            line: r.range.start.line + 1,
            column: r.range.start.character + 1,
            endLine: r.range.end.line + 1,
            endColumn: r.range.end.character + 1,
            message: safe(r.message),
          })),
        }
      : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// SARIF 2.1.0

/** A result's message, linking its related locations by id as SARIF's embedded links do (`[text](id)`). */
function sarifMessage(f: Finding): string {
  const text = safe(f.message);
  if (!f.related?.length) return text;
  const escape = (s: string) => s.replace(/[\\[\]]/g, (c) => '\\' + c);
  return `${text} Related: ${f.related.map((r, i) => `[${escape(safe(r.message))}](${i + 1})`).join('; ')}.`;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(report: Report): string {
  const rules = [...report.rules].sort((a, b) => a.meta.code.localeCompare(b.meta.code));
  const ruleIndex = new Map(rules.map((r, i) => [r.meta.code, i]));
  const baseUri = pathToFileURL(report.cwd.endsWith(path.sep) ? report.cwd : report.cwd + path.sep).href;
  const uriOf = (p: string) => {
    const r = rel(report.cwd, p);
    return path.isAbsolute(r) ? { uri: pathToFileURL(r).href } : { uri: r.split('/').map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
  };
  const region = (f: { range: Finding['range'] }) => ({
    startLine: f.range.start.line + 1,
    startColumn: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
  });
  const results = report.files.flatMap((file) =>
    file.findings.map((f) => {
      const result: Record<string, unknown> = {
        ruleId: f.code,
        ruleIndex: ruleIndex.get(f.code),
        level: SARIF_LEVEL[f.severity],
        message: { text: sarifMessage(f) },
        locations: [{ physicalLocation: { artifactLocation: uriOf(file.path), region: region(f) } }],
      };
      if (f.related?.length) {
        result.relatedLocations = f.related.map((r, i) => ({
          id: i + 1,
          physicalLocation: { artifactLocation: uriOf(r.path), region: region(r) },
          message: { text: safe(r.message) },
        }));
      }
      if (f.fixes.length) {
        result.fixes = f.fixes.map((x) => ({
          description: { text: `${safe(x.title)} [${x.applicability}]` },
          artifactChanges: [
            {
              artifactLocation: uriOf(file.path),
              replacements: x.edits.map((e) => ({
                deletedRegion: { charOffset: e.start, charLength: e.end - e.start },
                insertedContent: { text: redactText(e.newText, { hex32: true }) },
              })),
            },
          ],
        }));
      }
      return result;
    }),
  );
  const notifications = [...report.notices, ...report.files.flatMap((f) => f.notices)].map((n) => ({
    level: n.level === 'info' ? 'note' : n.level,
    message: { text: safe(n.message) },
    locations: [{ physicalLocation: { artifactLocation: uriOf(n.path) } }],
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'aoai-lint',
            semanticVersion: report.version,
            informationUri: 'https://github.com/aoai-security-lint/aoai-security-lint',
            rules: rules.map((r) => ({
              id: r.meta.code,
              name: r.meta.name,
              shortDescription: { text: r.meta.description },
              fullDescription: { text: r.meta.docs.whatItDoes },
              help: { text: `${r.meta.docs.whyBad}\n\nDocumentation: ${docsUrl(r.meta)}` },
              helpUri: docsUrl(r.meta),
              defaultConfiguration: { level: SARIF_LEVEL[r.meta.severity] },
              properties: { category: r.meta.category, fix: r.meta.fix, tags: ['security', r.meta.category] },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: baseUri } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

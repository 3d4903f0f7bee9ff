/**
 * `--format markdown`: a report for humans on a web page — the GitHub Actions job summary, a pull
 * request comment, an Azure Pipelines summary. Findings by rule in one table, then each finding.
 */
import * as path from 'node:path';
import { redactText } from '../engine/redact';
import { countBySeverity, type Report } from './format';
import { statistics } from './cli-options';

const cell = (s: string) => redactText(s, { hex32: true }).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** Renders `report` as GitHub-flavoured Markdown; `limit` caps the per-finding list. */
export function formatMarkdown(report: Report, limit = 200): string {
  const counts = countBySeverity(report.files);
  const total = counts.error + counts.warning + counts.info;
  const out: string[] = ['## AOAI Security Lint', ''];
  const files = report.files.length;
  if (total === 0) {
    out.push(`No problems found in ${files} file${files === 1 ? '' : 's'}.`, '');
  } else {
    out.push(`**${total} problem${total === 1 ? '' : 's'}** (${counts.error} errors, ${counts.warning} warnings, ${counts.info} info) in ${files} files scanned.`, '');
    out.push('| Rule | Name | Severity | Findings |', '|---|---|---|---:|');
    const docs = new Map(report.files.flatMap((f) => f.findings.map((x) => [x.code, x.docsUrl] as const)));
    for (const r of statistics(report.files)) out.push(`| [${r.code}](${docs.get(r.code)}) | ${r.rule} | ${r.severity} | ${r.count} |`);
    out.push('', '| File | Line | Rule | Message |', '|---|---:|---|---|');
    let shown = 0;
    for (const f of report.files) {
      for (const x of f.findings) {
        if (shown++ >= limit) break;
        const rel = path.relative(report.cwd, f.path).split(path.sep).join('/');
        out.push(`| \`${cell(rel)}\` | ${x.range.start.line + 1} | ${x.code} | ${cell(x.message)} |`);
      }
    }
    if (total > limit) out.push('', `… and ${total - limit} more (see the SARIF or JSON report).`);
    out.push('');
  }
  const notices = [...report.notices, ...report.files.flatMap((f) => f.notices)];
  if (notices.length) {
    out.push('### Notices', '');
    for (const n of notices) out.push(`- **${n.level}** \`${cell(path.relative(report.cwd, n.path) || '.')}\`: ${cell(n.message)}`);
    out.push('');
  }
  return out.join('\n');
}

import type { Rule } from '../engine/rule';
import { docsUrl } from '../engine/docs-url';
import { commentSyntax } from '../engine/suppressions';
import type { FileKind } from '../engine/types';

const KIND_LABEL: Partial<Record<FileKind, string>> = {
  typescript: 'TypeScript',
  javascript: 'JavaScript',
  python: 'Python',
  notebook: 'notebook code cells',
  csharp: 'C#',
  bicep: 'Bicep',
  bicepparam: 'Bicep parameters',
  json: 'JSON with comments (appsettings, jsonc)',
  terraform: 'Terraform',
  xml: 'XML',
  'apim-policy': 'APIM policies',
  yaml: 'YAML',
  dotenv: '.env',
  http: '.http',
  shell: 'shell',
};

/** The suppression section: one example per comment syntax among the rule's file kinds. */
function suppressionExamples(code: string, kinds: readonly FileKind[]): string[] {
  const bySyntax = new Map<string, FileKind[]>();
  for (const k of kinds) {
    const { open, close } = commentSyntax(k);
    const reason = close ? '' : ' -- reason'; // an XML comment may not contain `--`
    const line = `${open}aoai-lint-disable-next-line ${code}${reason}${close}`;
    bySyntax.set(line, [...(bySyntax.get(line) ?? []), k]);
  }
  const out: string[] = [];
  for (const [line, ks] of bySyntax) {
    out.push(`${ks.map((k) => KIND_LABEL[k] ?? k).join(', ')}:`, '', '```', line, '```', '');
  }
  if (kinds.includes('bicep')) out.push("Bicep's own `#disable-next-line " + code + '` works too.', '');
  if (kinds.includes('json')) out.push('Strict JSON files have no comments: use the config file (below).', '');
  return out;
}

const FIX_LABEL: Record<string, string> = {
  none: 'No fix.',
  safe: 'Safe fix: applied by `--fix`, fix-all and fix-on-save.',
  unsafe: 'Unsafe fix: applied only with `--fix --unsafe-fixes`, the lightbulb, or an explicit choice in "Fix All in Workspace".',
  'display-only': 'Suggestion only: shown, never applied automatically.',
};

/** Renders a rule's documentation page from its metadata (the only source of rule docs). */
export function renderRuleDoc(rule: Rule): string {
  const m = rule.meta;
  const d = m.docs;
  const lines = [
    `# ${m.name} (${m.code})`,
    '',
    `${m.description}`,
    '',
    `- **Code:** \`${m.code}\``,
    `- **Default severity:** ${m.severity}`,
    `- **Category:** ${m.category}`,
    `- **Files:** ${m.kinds.join(', ')}`,
    `- **Fix:** ${FIX_LABEL[m.fix]}`,
    '',
    '## What it does',
    '',
    d.whatItDoes,
    '',
    '## Why is this bad?',
    '',
    d.whyBad,
    '',
    '## Example',
    '',
    '```' + d.exampleLanguage,
    d.example.trimEnd(),
    '```',
    '',
    '## Use instead',
    '',
    '```' + d.exampleLanguage,
    d.useInstead.trimEnd(),
    '```',
    '',
  ];
  if (d.fixSafety) lines.push('## Fix safety', '', d.fixSafety, '');
  lines.push(
    '## Suppressing',
    '',
    'Above the flagged line, in the comment syntax of the file (`aoai-lint-disable-line` at the end of the line and `aoai-lint-disable-file` work too):',
    '',
    ...suppressionExamples(m.code, m.kinds),
    'Or turn the rule off in `.aoai-lint.json`:',
    '',
    '```json',
    `{ "rules": { "${m.code}": "off" } }`,
    '```',
    '',
    '## References',
    '',
    ...d.references.map((r) => `- ${r}`),
    '',
  );
  return lines.join('\n');
}

/** The index page: every rule by category. */
export function renderIndex(rules: readonly Rule[]): string {
  const out = ['# Rules', '', '| Code | Name | Severity | Fix | Description |', '|---|---|---|---|---|'];
  for (const r of rules) {
    out.push(`| ${r.meta.code} | [${r.meta.name}](${r.meta.name}.md) | ${r.meta.severity} | ${r.meta.fix} | ${r.meta.description} |`);
  }
  out.push('', `Each page is generated from the rule's metadata by \`npm run docs\`; the published URL of a page is \`${docsUrl({ name: '<name>' })}\`.`, '');
  return out.join('\n');
}

/** JSON schema of `.aoai-lint.json`, with every rule code and name as a known key. */
export function renderConfigSchema(rules: readonly Rule[]): string {
  const severity = { enum: ['off', 'info', 'warning', 'error'] };
  const properties: Record<string, unknown> = {};
  for (const r of rules) {
    properties[r.meta.code] = { ...severity, description: `${r.meta.name}: ${r.meta.description}` };
    properties[r.meta.name] = { ...severity, description: `${r.meta.code}: ${r.meta.description}` };
  }
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'aoai-lint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: { type: 'object', additionalProperties: false, properties, description: 'Rule code or name → severity.' },
      include: { type: 'array', items: { type: 'string' }, description: 'Globs (relative to this file) of files to lint. Default: all.' },
      exclude: { type: 'array', items: { type: 'string' }, description: 'Globs (relative to this file) of files to skip.' },
      gitignore: { type: 'boolean', default: true, description: 'Skip files that .gitignore ignores.' },
      tokenScope: { type: 'string', pattern: '^https://\\S+/\\.default$', default: 'https://cognitiveservices.azure.com/.default', description: 'Entra scope written into fixes.' },
      tenantId: {
        type: 'string',
        pattern: '^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)$',
        description: 'Entra tenant (GUID or domain) written into the gateway token validation fix (AOAI701); without it that fix is display-only with a placeholder.',
      },
      clientApplicationIds: {
        type: 'array',
        items: { type: 'string', pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' },
        description: 'Application (client) ids the gateway token validation fix allows to call.',
      },
    },
  };
  return JSON.stringify(schema, null, 2) + '\n';
}

const CATEGORY_TITLE: Record<string, string> = {
  code: 'Code (TypeScript/JavaScript, Python and notebooks, C#, Java, Go)',
  config: 'Config files (.env, app settings, YAML, .http, shell)',
  secrets: 'Key literals (every file type)',
  infrastructure: 'Infrastructure (Bicep, ARM JSON, Terraform)',
  gateway: 'Gateway (API Management policies in XML, Bicep, ARM and Terraform)',
};

/** The README's rule summary, between its `rules:start` and `rules:end` markers. */
export function renderReadmeRules(rules: readonly Rule[]): string {
  const out: string[] = [];
  for (const category of Object.keys(CATEGORY_TITLE)) {
    const inCategory = rules.filter((r) => r.meta.category === category);
    if (inCategory.length === 0) continue;
    out.push(`### ${CATEGORY_TITLE[category]}`, '', '| Code | Name | Fix | Flags |', '|---|---|---|---|');
    for (const r of inCategory) out.push(`| ${r.meta.code} | [${r.meta.name}](docs/rules/${r.meta.name}.md) | ${r.meta.fix} | ${r.meta.description} |`);
    out.push('');
  }
  return out.join('\n');
}

/** Replaces the marked block of the README with the current rule summary. */
export function withReadmeRules(readme: string, rules: readonly Rule[]): string {
  const start = '<!-- rules:start (generated by npm run docs) -->';
  const end = '<!-- rules:end -->';
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i < 0 || j < i) throw new Error('README.md lacks the rules markers');
  return readme.slice(0, i + start.length) + '\n\n' + renderReadmeRules(rules) + '\n' + readme.slice(j);
}

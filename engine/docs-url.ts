import type { RuleMeta } from './rule';

/** Where the rule documentation is published. The one place a docs URL is derived. */
export const DOCS_BASE = 'https://github.com/aoai-security-lint/aoai-security-lint/blob/main/docs/rules/';

export function docsUrl(meta: Pick<RuleMeta, 'name'>): string {
  return `${DOCS_BASE}${meta.name}.md`;
}

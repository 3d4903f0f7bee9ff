import * as path from 'node:path';
import { dotenvParser } from '../../engine/parsers/dotenv';
import type { Range } from '../../engine/types';
import type { FactExtractor, FactsView } from '../../engine/workspace-facts';

/** The key-like names a `.env` file defines (what code reading them gets), with where. */
export interface DotenvFacts {
  defines: { name: string; range: Range }[];
}

/** Names worth publishing: whatever may be a key (the reading rule decides whether it is). */
const KEYISH = /KEY|CREDENTIAL|SECRET|TOKEN/i;

/** `.env` definitions, published per name (`defines:AZURE_OPENAI_API_KEY`). */
export const dotenvFacts: FactExtractor<DotenvFacts> = {
  id: 'dotenv-defines',
  kinds: ['dotenv'],
  prefilter: KEYISH,
  extract(file, parse) {
    const doc = parse(dotenvParser);
    const defines = doc.entries.filter((e) => KEYISH.test(e.name)).map((e) => ({ name: e.name, range: file.lines.rangeOf(e.nameStart, e.end) }));
    return defines.length ? { defines } : undefined;
  },
  keys: (_path, facts) => [...new Set(facts.defines.map((d) => `defines:${d.name}`))],
};

/**
 * Where the `.env` files beside a reading file (in its folder or a parent's, as `load_dotenv()` and
 * `dotenv.config()` find them) define `name`.
 */
export function dotenvDefinitions(facts: FactsView, readerPath: string, name: string): { path: string; range: Range }[] {
  const dir = path.dirname(readerPath.replace(/#[^/\\]*$/, ''));
  const out: { path: string; range: Range }[] = [];
  for (const entry of facts.lookup(dotenvFacts, `defines:${name}`)) {
    const envDir = path.dirname(entry.path);
    if (envDir !== dir && !dir.startsWith(envDir.endsWith(path.sep) ? envDir : envDir + path.sep)) continue;
    for (const d of entry.facts.defines) if (d.name === name) out.push({ path: entry.path, range: d.range });
  }
  return out;
}

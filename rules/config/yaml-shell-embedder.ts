import type { EmbeddedRegion, Embedder } from '../../engine/engine';
import { isMap, isScalar, isSeq, scalarText, valueOf, yamlParser } from '../../engine/parsers/yaml';

/** Keys whose value is a shell script: GitHub Actions and azd hooks `run`, Azure Pipelines `script`/`bash`, AzureCLI@2 `inlineScript`. */
const SCRIPT_KEYS = new Set(['run', 'script', 'bash', 'inlineScript']);
/** A sibling `shell:` / `scriptType:` that says the script is not POSIX shell. */
const NOT_POSIX = /pwsh|powershell|\bps\b|pscore|cmd|batch|python|node/i;

type Range = [number, number, number];

/**
 * A block-literal (`|`) or one-line plain scalar as a shell region: the block's lines with its
 * indentation removed. Offsets inside a line map to the same column after the host indentation;
 * a line start maps to the host line start, so whole-line deletions stay whole-line deletions.
 */
function regionOf(text: string, node: { type?: string; range?: Range | null; value: unknown }): EmbeddedRegion | undefined {
  const r = node.range;
  if (!r || typeof node.value !== 'string') return undefined;
  if (node.type === 'PLAIN') {
    const src = text.slice(r[0], r[1]);
    if (src.includes('\n')) return undefined;
    // `: ` cannot appear in a plain scalar (it would start a mapping), so inserted text drops
    // the space (`Authorization:Bearer …` is still a valid HTTP header line).
    return { kind: 'shell', text: src, toOuter: (o) => r[0] + o, encode: (t) => t.replace(/: /g, ':') };
  }
  if (node.type !== 'BLOCK_LITERAL') return undefined;
  const bodyStart = text.indexOf('\n', r[0]) + 1;
  if (bodyStart <= 0 || bodyStart >= r[1]) return undefined;
  const hostLines: { start: number; end: number }[] = [];
  for (let pos = bodyStart; pos < r[1]; ) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 || nl > r[1] ? r[1] : nl;
    hostLines.push({ start: pos, end: end > pos && text[end - 1] === '\r' ? end - 1 : end });
    pos = end + 1;
  }
  const indent = Math.min(...hostLines.filter((l) => l.end > l.start && text.slice(l.start, l.end).trim()).map((l) => /^ */.exec(text.slice(l.start, l.end))![0].length));
  if (!Number.isFinite(indent)) return undefined;
  const regionStarts: number[] = [];
  const hostStarts: number[] = [];
  let out = '';
  for (const l of hostLines) {
    const contentStart = Math.min(l.start + indent, l.end);
    regionStarts.push(out.length);
    hostStarts.push(contentStart);
    out += text.slice(contentStart, l.end) + '\n';
  }
  const lastHostEnd = hostLines[hostLines.length - 1].end;
  return {
    kind: 'shell',
    text: out,
    toOuter(offset) {
      // Past the final newline: just past the block (its range ends after the host's line break).
      if (offset >= out.length) return Math.max(r[1], lastHostEnd);
      let lo = 0;
      let hi = regionStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (regionStarts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      // A region line start maps to the host line start (before the block indentation), so a
      // deleted region line deletes exactly its host line.
      if (offset === regionStarts[lo]) return hostLines[lo].start;
      return hostStarts[lo] + (offset - regionStarts[lo]);
    },
  };
}

/** Shell scripts inside YAML: CI steps, azd hooks and pipeline tasks. */
export const yamlShellEmbedder: Embedder = {
  id: 'yaml-shell-scripts',
  hostKinds: ['yaml'],
  prefilter: /\b(?:run|script|bash|inlineScript)\s*:/,
  parsers: [],
  extract(host, parse) {
    const text = host.text;
    const regions: EmbeddedRegion[] = [];
    const visit = (node: unknown) => {
      if (isSeq(node)) {
        for (const item of node.items) visit(item);
        return;
      }
      if (!isMap(node)) return;
      const shell = scalarText(valueOf(node, 'shell')) ?? scalarText(valueOf(node, 'scriptType')) ?? '';
      for (const pair of node.items) {
        const key = scalarText(pair.key);
        if (key !== undefined && SCRIPT_KEYS.has(key) && isScalar(pair.value)) {
          if (NOT_POSIX.test(shell)) continue;
          const region = regionOf(text, pair.value as never);
          if (region) regions.push(region);
        } else visit(pair.value);
      }
    };
    for (const doc of parse(yamlParser).documents) visit(doc.contents);
    return regions;
  },
};

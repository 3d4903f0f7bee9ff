import { TreeFragment, type Parser as LezerParser, type Tree } from '@lezer/common';
import { checkTimeBudget } from '../time-budget';

/** Every cache (one per grammar, module-level), so a closed document can be forgotten by all. */
const allCaches = new Set<IncrementalParseCache>();

/**
 * Releases the trees and texts kept for `path` in every incremental cache: the language server
 * calls it when a document closes, so a closed file holds no memory until eight others evict it.
 */
export function forgetParses(path: string): void {
  for (const c of allCaches) c.forget(path);
}

/**
 * Incremental re-parsing for Lezer grammars. The editor re-lints a document on every change, and a
 * full parse of a 20,000-line Python file takes hundreds of milliseconds; Lezer can reuse the
 * unchanged parts of the previous tree if told which range changed. This keeps the last few trees
 * by file path and derives the changed range from the common prefix and suffix of the two texts
 * (one linear comparison, much cheaper than a parse). The CLI's fix loop, which re-lints a file
 * after each pass, benefits too. Bounded: at most `capacity` trees are kept.
 */
export class IncrementalParseCache {
  private readonly entries = new Map<string, { text: string; tree: Tree; fragments: readonly TreeFragment[] }>();

  constructor(
    private readonly parser: LezerParser,
    private readonly capacity = 8,
  ) {
    allCaches.add(this);
  }

  /** Drops what is kept for `path` (its document was closed). */
  forget(path: string): void {
    this.entries.delete(path);
  }

  parse(path: string, text: string): Tree {
    const previous = path ? this.entries.get(path) : undefined;
    let tree: Tree;
    if (previous && previous.text === text) {
      tree = previous.tree; // re-linted unchanged (settings or config changed): nothing to parse
    } else if (previous) {
      const old = previous.text;
      const max = Math.min(old.length, text.length);
      let prefix = 0;
      while (prefix < max && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
      let suffix = 0;
      while (suffix < max - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
      const changed = [{ fromA: prefix, toA: old.length - suffix, fromB: prefix, toB: text.length - suffix }];
      tree = this.parseInBudget(text, TreeFragment.applyChanges(previous.fragments, changed));
    } else {
      tree = this.parseInBudget(text);
    }
    if (path) {
      this.entries.delete(path);
      this.entries.set(path, { text, tree, fragments: previous?.tree === tree ? previous.fragments : TreeFragment.addTree(tree) });
      if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    }
    return tree;
  }

  /**
   * `parser.parse`, step by step, checking the file's time budget every few hundred steps: Lezer's
   * error recovery can take seconds on text that is not Python at all.
   */
  private parseInBudget(text: string, fragments?: readonly TreeFragment[]): Tree {
    const parse = this.parser.startParse(text, fragments);
    for (let steps = 1; ; steps++) {
      const tree = parse.advance();
      if (tree) return tree;
      if ((steps & 255) === 0) checkTimeBudget();
    }
  }
}

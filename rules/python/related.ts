import * as path from 'node:path';
import type { SyntaxNode } from '@lezer/common';
import type { PyModule } from '../../engine/parsers/python';
import type { RuleContext } from '../../engine/rule';
import type { RelatedElsewhere, RelatedReport } from '../../engine/types';
import { allKeyReads, readsFeeding, type KeyRead } from './env-reads';
import { importedKeyName, importedSource, importedWrappers } from './workspace-facts';

/** Every key read of the module, imported env wrappers included (`from util import get_env`). */
export function moduleKeyReads(context: RuleContext, mod: PyModule): KeyRead[] {
  return allKeyReads(mod, importedWrappers(mod, context.facts));
}

/**
 * The related locations of a key use: the reads its value comes from, in this module (through
 * same-scope names) or in the workspace module it imports the value from (`from config import KEY`).
 */
export function keyReadRelated(context: RuleContext, mod: PyModule, value: SyntaxNode | undefined): (RelatedReport | RelatedElsewhere)[] | undefined {
  if (!value) return undefined;
  const out: (RelatedReport | RelatedElsewhere)[] = [];
  for (const read of readsFeeding(mod, value, moduleKeyReads(context, mod))) {
    out.push({ message: `The key is read here (${read.name}).`, start: read.node.from, end: read.node.to });
  }
  const imported = out.length ? undefined : importedSource(mod, value);
  const found = imported && importedKeyName(context.facts, mod.path, imported);
  if (found) out.push({ message: `The key is read here (${found.keyName.env}, in ${path.basename(found.path)}).`, path: found.path, range: found.keyName.range });
  return out.length ? out : undefined;
}

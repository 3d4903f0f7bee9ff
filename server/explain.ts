import type { Engine } from '../engine/engine';
import { renderRuleDoc } from '../scripts/rule-docs';

/** `aoai-lint explain CODE` (Ruff's `ruff rule`): the rule's documentation page in the terminal. */
export function explain(argv: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }, engine: Engine): number {
  if (argv.length !== 1) {
    io.stderr.write('aoai-lint: usage: aoai-lint explain CODE (a rule code or name, e.g. AOAI101)\n');
    return 2;
  }
  const rule = engine.findRule(argv[0]);
  if (!rule) {
    io.stderr.write(`aoai-lint: unknown rule "${argv[0]}"; "aoai-lint rules" lists them\n`);
    return 2;
  }
  io.stdout.write(renderRuleDoc(rule));
  return 0;
}

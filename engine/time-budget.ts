/**
 * A per-file time budget for the synchronous lint. A timer cannot interrupt synchronous code, so
 * the engine sets a deadline around each `Engine.lint` and the long-running parts check it: the
 * engine between rules and embedded regions, and the parsers inside their loops (our own parsers
 * every few hundred steps, Lezer between parse steps, tree-sitter through its progress callback).
 * Past the deadline `checkTimeBudget` throws {@link TimeBudgetExceeded}, which the engine turns
 * into one "Skipped: took longer than N ms" notice for the file; the scan goes on with the next.
 */

/** Thrown by {@link checkTimeBudget} once the current file's deadline has passed. */
export class TimeBudgetExceeded extends Error {
  constructor(readonly budgetMs: number) {
    super(`took longer than ${budgetMs} ms`);
  }
}

/** Milliseconds one file may take by default (`LintOptions.timeBudgetMs` overrides it). */
export const DEFAULT_TIME_BUDGET_MS = 5000;

let deadline = Infinity;
let budget = 0;

/** True once the deadline of the file being linted has passed (false outside a lint). */
export function timeBudgetExpired(): boolean {
  return Date.now() > deadline;
}

/** Throws {@link TimeBudgetExceeded} when the file being linted is past its deadline. */
export function checkTimeBudget(): void {
  if (Date.now() > deadline) throw new TimeBudgetExceeded(budget);
}

/**
 * Runs `fn` with a deadline `ms` from now. Nested calls keep the earlier deadline (a file linted
 * from inside another's lint, e.g. a Bicep module, cannot extend its host's budget).
 */
export function withTimeBudget<T>(ms: number, fn: () => T): T {
  const savedDeadline = deadline;
  const savedBudget = budget;
  const own = Date.now() + ms;
  if (own < deadline) {
    deadline = own;
    budget = ms;
  }
  try {
    return fn();
  } finally {
    deadline = savedDeadline;
    budget = savedBudget;
  }
}

/**
 * Runs `fn` without charging its time to the file being linted: a one-time cost that is not the
 * file's doing (loading the TypeScript compiler on the first TypeScript file) must not skip it.
 */
export function outsideTimeBudget<T>(fn: () => T): T {
  const started = Date.now();
  try {
    return fn();
  } finally {
    if (deadline !== Infinity) deadline += Date.now() - started;
  }
}

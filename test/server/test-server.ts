/** The language server with the TEST-ONLY rules added: what the editor tests run (stdio and VS Code). */
import { startServer } from '../../server/server';
import { engineWithTestRules } from './test-rules';

// AOAI_LINT_TEST_RULES_ONLY=1: the test rules alone (the stdio tests' exact assertions stay stable
// whatever product rules are added); otherwise every product rule as well (the VS Code e2e tests).
const connection = startServer({ engine: engineWithTestRules(process.env.AOAI_LINT_TEST_RULES_ONLY === '1'), debounceMs: Number(process.env.AOAI_LINT_DEBOUNCE_MS ?? 150) });

// Memory tests (node --expose-gc): collect garbage, then report the process's memory use.
connection.onRequest('aoaiLint/test/memory', async () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  // Twice, a turn apart: array buffers are freed after the objects that own them.
  gc?.();
  await new Promise((resolve) => setImmediate(resolve));
  gc?.();
  return process.memoryUsage();
});

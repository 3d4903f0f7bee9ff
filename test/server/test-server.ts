/** The language server with the TEST-ONLY rules added: what the editor tests run (stdio and VS Code). */
import { startServer } from '../../server/server';
import { engineWithTestRules } from './test-rules';

// AOAI_LINT_TEST_RULES_ONLY=1: the test rules alone (the stdio tests' exact assertions stay stable
// whatever product rules are added); otherwise every product rule as well (the VS Code e2e tests).
startServer({ engine: engineWithTestRules(process.env.AOAI_LINT_TEST_RULES_ONLY === '1'), debounceMs: Number(process.env.AOAI_LINT_DEBOUNCE_MS ?? 150) });

/** The language server with the TEST-ONLY rules added: what the editor tests run (stdio and VS Code). */
import { startServer } from '../../server/server';
import { engineWithTestRules } from './test-rules';

startServer({ engine: engineWithTestRules(), debounceMs: Number(process.env.AOAI_LINT_DEBOUNCE_MS ?? 150) });

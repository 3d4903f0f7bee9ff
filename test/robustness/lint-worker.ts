/**
 * Lints and fixes one file in a worker thread, so the test that starts it can give up on a hang
 * (a synchronous loop cannot be interrupted on the thread that runs it). Posts a summary.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkOutcome, type RobustnessInput } from './robustness-check';

const input = workerData as RobustnessInput;
checkOutcome(input).then(
  (summary) => parentPort!.postMessage({ ok: true, summary }),
  (e: unknown) => parentPort!.postMessage({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
);

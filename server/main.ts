import { main } from './cli';

/** Entry point of the `aoai-lint` command (bundled to dist/cli.js). */
export function run(argv: string[]): void {
  if (argv[0] !== 'server') quietOnClosedPipe();
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`aoai-lint: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

/**
 * `aoai-lint ... | head`: the reader closed the pipe. What is left of the report is not wanted,
 * but the run's exit status still is (findings or not), so the write error is swallowed, nothing
 * more is written to that stream, and the process ends with the code `main` returns.
 */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    let closed = false;
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (closed || e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') {
        closed = true;
        return;
      }
      if (stream !== process.stderr) process.stderr.write(`aoai-lint: cannot write the report: ${e.code ?? e.message}\n`);
      process.exitCode = 2;
    });
  }
}

/** The `aoai-lint` command from source, for tests that need a real process (pipes, signals). */
import { run } from '../../server/main';

run(process.argv.slice(2));

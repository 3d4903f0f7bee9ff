/**
 * Entry point of dist/server.js, the process the VS Code extension forks (node IPC) and that other
 * editors start with `node dist/server.js --stdio` (or `aoai-lint server --stdio`).
 */
import { startServer } from './server';

startServer();

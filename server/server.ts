/** The language server (stdio or IPC). Implemented in the editor issue. */
export function startServer(): void {
  throw new Error('the language server is not built yet');
}

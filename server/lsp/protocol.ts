/**
 * What the VS Code client and the language server agree on: command ids, the settings shape and
 * the server's defaults. Both sides import this file (esbuild bundles it into each), so a renamed
 * command or setting cannot drift between them. Nothing here may import `vscode` or the server.
 */
import type { SeveritySetting } from '../../engine/types';

/** Commands the server executes (`workspace/executeCommand`). vscode-languageclient registers each
 * of them as a VS Code command automatically, so they must not clash with contributed commands. */
export namespace ServerCommands {
  /** Lints every candidate file of every folder; publishes findings of closed files. Returns {@link ScanSummary}. */
  export const scanWorkspace = 'aoaiLint.server.scanWorkspace';
  /** Returns a {@link WorkspaceFixesResult} (a WorkspaceEdit with `needsConfirmation` annotations); applies nothing.
   * Argument: `{ mode: 'safe' | 'unsafe' }`. The VS Code client applies it so that the refactor preview shows. */
  export const workspaceFixes = 'aoaiLint.server.workspaceFixes';
  /** Same as {@link workspaceFixes}, then asks the client to apply it (`workspace/applyEdit`): for editors
   * other than VS Code. */
  export const applyWorkspaceFixes = 'aoaiLint.server.applyWorkspaceFixes';
  /** Opens a rule's documentation (`window/showDocument`, external). Argument: the URL. */
  export const showDocumentation = 'aoaiLint.server.showDocumentation';
  export const all = [scanWorkspace, workspaceFixes, applyWorkspaceFixes, showDocumentation];
}

/** Commands the VS Code extension contributes (package.json `contributes.commands`). */
export namespace ClientCommands {
  export const scanWorkspace = 'aoaiLint.scanWorkspace';
  export const fixAllWorkspace = 'aoaiLint.fixAllWorkspace';
  export const showOutput = 'aoaiLint.showOutput';
}

/** The code action kind of "fix all safe problems in this file" (usable in `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.aoai-lint';

/** The `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'aoai-lint';

export type ScanOnStartup = 'auto' | 'on' | 'off';

/** The `aoaiLint` settings section, resolved per resource (workspace/configuration). */
export interface ResourceSettings {
  enable: boolean;
  /** Rule code or name → severity; wins over config files. */
  rules: Record<string, SeveritySetting>;
  /** Entra scope written into fixes; empty = the config file's or the default. */
  tokenScope: string;
  scanOnStartup: ScanOnStartup;
  /** Baseline file (`aoai-lint --write-baseline`), relative to the workspace folder; empty = none. */
  baseline: string;
  /** What the editor does with findings the baseline records. */
  baselineFindings: 'hide' | 'hint';
}

export const DEFAULT_SETTINGS: ResourceSettings = { enable: true, rules: {}, tokenScope: '', scanOnStartup: 'auto', baseline: '', baselineFindings: 'hint' };

/** With `scanOnStartup: auto`, scan only workspaces with fewer candidate files than this. */
export const AUTO_SCAN_FILE_LIMIT = 5000;

export interface ScanSummary {
  files: number;
  filesWithFindings: number;
  findings: number;
  cancelled: boolean;
}

export interface WorkspaceFixesArgs {
  mode: 'safe' | 'unsafe';
}

export interface WorkspaceFixesResult {
  /** An LSP WorkspaceEdit (documentChanges + changeAnnotations); null when there is nothing to fix. */
  edit: unknown;
  files: number;
  fixes: number;
}

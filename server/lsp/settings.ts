import type { Connection } from 'vscode-languageserver/node';
import type { SeveritySetting } from '../../engine/types';
import { DEFAULT_SETTINGS, type ResourceSettings, type ScanOnStartup } from './protocol';

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);
const SCOPE = /^https:\/\/\S+\/\.default$/;

/** Coerces whatever the client sent into valid settings; bad values fall back to defaults. */
export function normalizeSettings(raw: unknown, log: (msg: string) => void): ResourceSettings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, SeveritySetting> = {};
  if (s.rules && typeof s.rules === 'object' && !Array.isArray(s.rules)) {
    for (const [k, v] of Object.entries(s.rules as Record<string, unknown>)) {
      if (typeof v === 'string' && SEVERITIES.has(v)) rules[k] = v as SeveritySetting;
      else log(`aoaiLint.rules: ignoring "${k}": severity must be off, info, warning or error.`);
    }
  }
  let tokenScope = typeof s.tokenScope === 'string' ? s.tokenScope.trim() : '';
  if (tokenScope && !SCOPE.test(tokenScope)) {
    log(`aoaiLint.tokenScope: "${tokenScope}" is not an https URL ending in "/.default"; ignored.`);
    tokenScope = '';
  }
  const scan = s.scanOnStartup;
  return {
    enable: typeof s.enable === 'boolean' ? s.enable : DEFAULT_SETTINGS.enable,
    rules,
    tokenScope,
    scanOnStartup: scan === 'on' || scan === 'off' || scan === 'auto' ? (scan as ScanOnStartup) : DEFAULT_SETTINGS.scanOnStartup,
    baseline: typeof s.baseline === 'string' ? s.baseline.trim() : DEFAULT_SETTINGS.baseline,
    baselineFindings: s.baselineFindings === 'hide' || s.baselineFindings === 'hint' ? s.baselineFindings : DEFAULT_SETTINGS.baselineFindings,
  };
}

/**
 * Per-resource settings pulled with workspace/configuration and cached per URI (as vscode-eslint
 * does): never kept in globals, evicted when a document closes, dropped wholesale when the client
 * says the configuration changed. Clients without workspace/configuration get the defaults.
 */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<ResourceSettings>>();
  private readonly filesExclude = new Map<string, Promise<string[]>>();

  constructor(
    private readonly connection: Connection,
    private readonly supported: () => boolean,
    private readonly log: (msg: string) => void,
  ) {}

  get(uri: string): Promise<ResourceSettings> {
    let p = this.cache.get(uri);
    if (!p) {
      p = this.supported()
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'aoaiLint' }).then(
            (raw) => normalizeSettings(raw, this.log),
            (e: unknown) => {
              this.log(`Cannot read settings for ${uri}: ${String(e)}`);
              return { ...DEFAULT_SETTINGS };
            },
          )
        : Promise.resolve({ ...DEFAULT_SETTINGS });
      this.cache.set(uri, p);
    }
    return p;
  }

  /** VS Code's `files.exclude` globs that are switched on for a folder (the scan honours them). */
  excludes(folderUri: string): Promise<string[]> {
    let p = this.filesExclude.get(folderUri);
    if (!p) {
      p = this.supported()
        ? this.connection.workspace.getConfiguration({ scopeUri: folderUri, section: 'files.exclude' }).then(
            (raw: unknown) =>
              raw && typeof raw === 'object'
                ? Object.entries(raw as Record<string, unknown>).filter(([, v]) => v === true).map(([k]) => k)
                : [],
            () => [],
          )
        : Promise.resolve([]);
      this.filesExclude.set(folderUri, p);
    }
    return p;
  }

  evict(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
    this.filesExclude.clear();
  }
}

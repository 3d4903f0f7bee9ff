import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { FileNotice, SeveritySetting } from './types';
import type { RuleSettings } from './rule';

/** Config file names, in the order they are looked for in each directory. */
export const CONFIG_FILE_NAMES = ['.aoai-lint.json', 'aoai-lint.config.json'];

export const DEFAULT_TOKEN_SCOPE = 'https://cognitiveservices.azure.com/.default';
/** Scopes that count as Entra for Azure OpenAI; fixes write the configured one. */
export const ENTRA_SCOPES = [DEFAULT_TOKEN_SCOPE, 'https://ai.azure.com/.default'];

/** The config file as written (all optional). */
export interface ConfigFile {
  rules?: Record<string, SeveritySetting>;
  include?: string[];
  exclude?: string[];
  gitignore?: boolean;
  tokenScope?: string;
  /** Entra tenant (GUID or domain) written into gateway token validation fixes. */
  tenantId?: string;
  /** Client application ids a gateway token validation fix allows. */
  clientApplicationIds?: string[];
}

/** A resolved configuration: the file's settings plus where it came from. */
export interface ResolvedConfig {
  /** Directory globs are relative to (the config file's directory, or the scan root). */
  baseDir: string;
  /** Path of the config file, if one was found. */
  source?: string;
  rules: Map<string, SeveritySetting>;
  include: string[];
  exclude: string[];
  gitignore: boolean;
  settings: RuleSettings;
  notices: FileNotice[];
  /** Compiled matchers (built once per config). */
  isIncluded(filePath: string): boolean;
}

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);
const KNOWN_KEYS = new Set(['$schema', 'rules', 'include', 'exclude', 'gitignore', 'tokenScope', 'tenantId', 'clientApplicationIds']);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A tenant GUID or a verified domain. */
const TENANT = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i;

/** Directories the scanner never enters, whatever the config says. */
export const ALWAYS_EXCLUDED_DIRS = ['node_modules', '.git', '.hg', '.svn', '.venv', 'venv', '__pycache__', '.terraform', 'dist', 'out', 'bin', 'obj', '.next', '.tox', '.mypy_cache'];

export function buildConfig(baseDir: string, file: ConfigFile, source: string | undefined, notices: FileNotice[]): ResolvedConfig {
  const rules = new Map<string, SeveritySetting>();
  for (const [k, v] of Object.entries(file.rules ?? {})) rules.set(k.toLowerCase(), v);
  const include = file.include ?? ['**/*'];
  const exclude = file.exclude ?? [];
  const inc = picomatch(include, { dot: true });
  const exc = exclude.length ? picomatch(exclude, { dot: true }) : () => false;
  return {
    baseDir,
    source,
    rules,
    include,
    exclude,
    gitignore: file.gitignore ?? true,
    settings: { tokenScope: file.tokenScope ?? DEFAULT_TOKEN_SCOPE, tenantId: file.tenantId, clientApplicationIds: file.clientApplicationIds },
    notices,
    isIncluded(filePath: string) {
      const rel = path.relative(baseDir, filePath).split(path.sep).join('/');
      if (rel.startsWith('..')) return true; // outside the config's tree: its globs say nothing
      return inc(rel) && !exc(rel);
    },
  };
}

/** Parses and validates a config file's text. Problems become notices; the rest still applies. */
export function parseConfigText(text: string, source: string, knownRules?: (key: string) => boolean): ResolvedConfig {
  const notices: FileNotice[] = [];
  const errors: ParseError[] = [];
  const raw = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const why = errors.length ? printParseErrorCode(errors[0].error) : 'not a JSON object';
    notices.push({ path: source, level: 'error', message: `Config file is not valid JSON (${why}); using defaults.` });
    return buildConfig(path.dirname(source), {}, source, notices);
  }
  const file: ConfigFile = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!KNOWN_KEYS.has(key)) {
      notices.push({ path: source, level: 'warning', message: `Unknown config key "${key}" ignored.` });
      continue;
    }
    if (key === 'rules') {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        notices.push({ path: source, level: 'error', message: '"rules" must be an object of rule → severity.' });
        continue;
      }
      file.rules = {};
      for (const [rule, sev] of Object.entries(value as Record<string, unknown>)) {
        if (typeof sev !== 'string' || !SEVERITIES.has(sev)) {
          notices.push({ path: source, level: 'error', message: `Rule "${rule}": severity must be one of off, info, warning, error.` });
          continue;
        }
        if (knownRules && !knownRules(rule)) {
          notices.push({ path: source, level: 'warning', message: `Unknown rule "${rule}" in config.` });
          continue;
        }
        file.rules[rule] = sev as SeveritySetting;
      }
    } else if (key === 'include' || key === 'exclude') {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
        notices.push({ path: source, level: 'error', message: `"${key}" must be an array of glob strings.` });
        continue;
      }
      file[key] = value as string[];
    } else if (key === 'gitignore') {
      if (typeof value !== 'boolean') notices.push({ path: source, level: 'error', message: '"gitignore" must be true or false.' });
      else file.gitignore = value;
    } else if (key === 'tokenScope') {
      if (typeof value !== 'string' || !/^https:\/\/\S+\/\.default$/.test(value)) {
        notices.push({ path: source, level: 'error', message: '"tokenScope" must be an https URL ending in "/.default".' });
      } else file.tokenScope = value;
    } else if (key === 'tenantId') {
      if (typeof value !== 'string' || !TENANT.test(value)) {
        notices.push({ path: source, level: 'error', message: '"tenantId" must be a tenant GUID or domain (contoso.onmicrosoft.com).' });
      } else file.tenantId = value;
    } else if (key === 'clientApplicationIds') {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && GUID.test(v))) {
        notices.push({ path: source, level: 'error', message: '"clientApplicationIds" must be an array of application (client) id GUIDs.' });
      } else file.clientApplicationIds = value as string[];
    }
  }
  return buildConfig(path.dirname(source), file, source, notices);
}

/**
 * Finds the nearest config file walking up from a directory (the nearest one wins, as in Ruff).
 * Results are cached per directory for the lifetime of the resolver.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, ResolvedConfig>();

  constructor(
    /** Directory to use as the glob base when no config file is found. */
    private readonly fallbackBase: string,
    private readonly knownRules?: (key: string) => boolean,
    /** An explicit config file (`--config`): used for every file, no walking. */
    private readonly explicit?: string,
  ) {}

  forFile(filePath: string): ResolvedConfig {
    return this.forDir(path.dirname(path.resolve(filePath)));
  }

  forDir(dir: string): ResolvedConfig {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    let result: ResolvedConfig;
    if (this.explicit) {
      result = this.load(path.resolve(this.explicit));
    } else {
      const found = CONFIG_FILE_NAMES.map((n) => path.join(dir, n)).find((p) => isFile(p));
      if (found) result = this.load(found);
      else {
        const parent = path.dirname(dir);
        result = parent === dir ? buildConfig(this.fallbackBase, {}, undefined, []) : this.forDir(parent);
      }
    }
    this.byDir.set(dir, result);
    return result;
  }

  private load(file: string): ResolvedConfig {
    const cached = this.byDir.get('\0' + file);
    if (cached) return cached;
    let text: string;
    let result: ResolvedConfig;
    try {
      text = fs.readFileSync(file, 'utf8');
      result = parseConfigText(text, file, this.knownRules);
    } catch (e) {
      result = buildConfig(path.dirname(file), {}, file, [
        { path: file, level: 'error', message: `Cannot read config file: ${(e as Error).message}` },
      ]);
    }
    this.byDir.set('\0' + file, result);
    return result;
  }

  /** Every config (with its notices) loaded so far; the CLI reports their notices once. */
  loaded(): ResolvedConfig[] {
    return [...this.byDir.entries()].filter(([k]) => k.startsWith('\0')).map(([, v]) => v);
  }

  clear(): void {
    this.byDir.clear();
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

import * as path from 'node:path';
import type { FileKind } from './types';

const BY_EXTENSION: Record<string, FileKind> = {
  '.ts': 'typescript',
  '.tsx': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.js': 'javascript',
  '.jsx': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.py': 'python',
  '.pyi': 'python',
  '.ipynb': 'notebook',
  '.cs': 'csharp',
  '.csx': 'csharp',
  '.go': 'go',
  '.java': 'java',
  '.bicep': 'bicep',
  '.bicepparam': 'bicepparam',
  '.json': 'json',
  '.jsonc': 'json',
  '.tf': 'terraform',
  '.tfvars': 'terraform',
  '.xml': 'xml',
  '.cshtml': 'xml',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.env': 'dotenv',
  '.http': 'http',
  '.rest': 'http',
  '.sh': 'shell',
  '.bash': 'shell',
  '.zsh': 'shell',
  '.properties': 'properties',
  '.dockerfile': 'dockerfile',
  '.ps1': 'powershell',
  '.psm1': 'powershell',
};

/** VS Code language ids, for files the editor names but whose path says nothing. */
const BY_LANGUAGE_ID: Record<string, FileKind> = {
  typescript: 'typescript',
  typescriptreact: 'typescript',
  javascript: 'javascript',
  javascriptreact: 'javascript',
  python: 'python',
  csharp: 'csharp',
  go: 'go',
  java: 'java',
  bicep: 'bicep',
  bicepparam: 'bicepparam',
  json: 'json',
  jsonc: 'json',
  terraform: 'terraform',
  xml: 'xml',
  yaml: 'yaml',
  dotenv: 'dotenv',
  http: 'http',
  shellscript: 'shell',
  'java-properties': 'properties',
  properties: 'properties',
  dockerfile: 'dockerfile',
  powershell: 'powershell',
};

/**
 * The kind of a file from its name: `.env`, `.env.local`, `prod.env` and `.env.sample` are dotenv;
 * `.d.ts` declaration files are skipped (they hold no runtime code). Returns undefined for files
 * the engine does not read.
 */
export function kindOfPath(filePath: string, languageId?: string): FileKind | undefined {
  const base = path.basename(filePath).toLowerCase();
  if (base === '.env' || base.startsWith('.env.') || base.endsWith('.env')) return 'dotenv';
  if (base.endsWith('.d.ts') || base.endsWith('.d.mts') || base.endsWith('.d.cts')) return undefined;
  if (base.endsWith('.min.js')) return undefined;
  // `Dockerfile`, `Dockerfile.prod`, `api.Dockerfile`, `Containerfile`.
  if (/^(?:docker|container)file(?:\.[\w.-]+)?$/.test(base)) return 'dockerfile';
  const ext = path.extname(base);
  const byExt = BY_EXTENSION[ext];
  if (byExt) return byExt;
  if (languageId && BY_LANGUAGE_ID[languageId]) return BY_LANGUAGE_ID[languageId];
  return undefined;
}

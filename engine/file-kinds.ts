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
  helm: 'yaml',
  plaintext: 'text',
};

/**
 * Suffixes of template copies (`appsettings.json.tpl`, `policy.xml.tmpl`, `prod.env.template`,
 * `config.yaml.example`): the file is read as the kind of the name without the suffix.
 */
const TEMPLATE_SUFFIX = /\.(?:tpl|tmpl|template|sample|example|dist|orig)$/;

/**
 * Dotenv files by name: `.env`, `.env.local`, `.env.sample`, `prod.env`, `example.env`, and the
 * names that sidestep dot-file rules in repositories and archives: `env`, `_env`, `env.sample`,
 * `env.sample.txt`, `_env.example`.
 */
const DOTENV_NAME = /^(?:\.env(?:\..*)?|.+\.env|[._]?env(?:\.(?:sample|example|template|tmpl|tpl|dist|local|dev|development|prod|production|staging|test))*(?:\.txt)?)$/;

/**
 * Extensions of files that are never text (images, media, archives, fonts, compiled code, office
 * documents, databases): never opened, whatever the key-literal rules could find.
 */
const BINARY_EXTENSION = new Set(
  (
    'png jpg jpeg gif bmp ico icns webp tif tiff psd svgz heic avif mp3 mp4 m4a wav ogg flac mov avi mkv webm ' +
    'zip gz tgz bz2 xz 7z rar tar jar war ear nupkg whl egg apk ipa dmg iso img msi deb rpm ' +
    'woff woff2 ttf otf eot pdf doc docx xls xlsx ppt pptx odt ods odp ' +
    'exe dll so dylib a o obj lib pdb class pyc pyo pyd wasm node bin dat db sqlite sqlite3 mdb ' +
    'onnx pt pth safetensors ckpt h5 pkl pickle npy npz parquet avro orc feather arrow'
  ).split(' ').map((e) => '.' + e),
);

/** Files that are never read: VCS and tool ignore lists, Finder metadata. */
const NEVER_READ = new Set(['.gitignore', '.gitattributes', '.gitmodules', '.gitkeep', '.dockerignore', '.npmignore', '.prettierignore', '.eslintignore', '.ds_store']);

/** Names of files that hold text and are read by the key-literal rules only (`text` kind). */
const STATE_FILE = /\.tfstate(?:\.backup)?$/;

/** The name with template-copy suffixes removed: `appsettings.json.tpl` → `appsettings.json`. */
export function templateBase(fileName: string): string {
  let base = fileName;
  for (let stripped = base.replace(TEMPLATE_SUFFIX, ''); stripped !== base && stripped !== '' && !/^\.[^.]*$/.test(stripped); stripped = base.replace(TEMPLATE_SUFFIX, '')) {
    base = stripped;
  }
  return base;
}

/**
 * The kind of a file from its name: dotenv names (see {@link DOTENV_NAME}); template copies as the
 * kind of their base name (`appsettings.json.tpl` is JSON); any other file that is not binary by
 * its extension is `text`, read by the key-literal rules only (Terraform state, Go, Java, logs).
 * `.d.ts` declaration files and minified bundles are skipped. Returns undefined for files the
 * engine does not read.
 */
export function kindOfPath(filePath: string, languageId?: string): FileKind | undefined {
  const name = path.basename(filePath).toLowerCase();
  if (DOTENV_NAME.test(name)) return 'dotenv';
  if (name.endsWith('.d.ts') || name.endsWith('.d.mts') || name.endsWith('.d.cts')) return undefined;
  if (name.endsWith('.min.js')) return undefined;
  const base = templateBase(name);
  if (base !== name && DOTENV_NAME.test(base)) return 'dotenv';
  // `Dockerfile`, `Dockerfile.prod`, `api.Dockerfile`, `Containerfile`.
  if (/^(?:docker|container)file(?:\.[\w.-]+)?$/.test(base)) return 'dockerfile';
  const byExt = BY_EXTENSION[path.extname(base)];
  if (byExt) return byExt;
  // Before the language id: editors open state files as JSON, the CLI reads them as text.
  if (STATE_FILE.test(name)) return 'text';
  if (languageId && BY_LANGUAGE_ID[languageId]) return BY_LANGUAGE_ID[languageId];
  if (!filePath) return undefined; // a notebook cell: its language alone decides
  if (NEVER_READ.has(name)) return undefined;
  const ext = path.extname(name);
  if (BINARY_EXTENSION.has(ext) || (base !== name && BINARY_EXTENSION.has(path.extname(base)))) return undefined;
  return 'text';
}

/** Largest `text`-kind file the engine reads: a key is a line, not a data dump. */
export const MAX_TEXT_FILE_BYTES = 1024 * 1024;

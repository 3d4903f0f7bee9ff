/**
 * Python rules benchmark (not a test; prints figures). The language server re-lints a document on
 * every change, so what matters is the rule work on top of the (incremental) parse.
 *
 * For a generated 2,000-line and 20,000-line module (mostly unrelated code, about one Azure client
 * per 200 lines, in the shapes the rules look for) it measures, per Python rule and for all of them:
 *   (a) full lint: a path the parser has not seen, so the tree is built from scratch;
 *   (b) lint after a one-line edit: the same path with one line changed, so the parse is incremental.
 * Each figure is the median of several runs (the first runs warm the JIT up and are dropped). A
 * per-rule figure includes that rule's own parse, as the engine caches a parse per lint call only.
 *
 * Usage: node --import tsx bench/python-rules.ts [--runs N] [--sizes 2000,20000]
 */
import { DEFAULT_TOKEN_SCOPE } from '../engine/config';
import { Engine, type LintOptions } from '../engine/engine';
import { pythonParser } from '../engine/parsers/python';
import type { Rule } from '../engine/rule';
import { pythonEmbedders, pythonRules } from '../rules/python';
import { MemoryWorkspace } from '../test/helpers/rule-tester';

const args = process.argv.slice(2);
const argValue = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(argValue('--runs') ?? 9);
const WARMUP = 3;
const SIZES = (argValue('--sizes') ?? '2000,20000').split(',').map(Number);

/** One block of unrelated application code (helpers, a class, config dicts, HTTP to other hosts). */
function filler(i: number): string[] {
  return [
    `def load_records_${i}(path, limit=None):`,
    `    """Read up to \`limit\` records from a JSON-lines file."""`,
    '    records = []',
    '    with open(path, encoding="utf-8") as handle:',
    '        for line_no, line in enumerate(handle):',
    '            if limit is not None and line_no >= limit:',
    '                break',
    '            records.append(json.loads(line))',
    '    return records',
    '',
    '',
    `class Repository${i}:`,
    `    table = "items_${i}"`,
    '',
    '    def __init__(self, session, cache=None):',
    '        self.session = session',
    '        self.cache = cache or {}',
    '        self.timeout = int(os.getenv("REQUEST_TIMEOUT", "30"))',
    '',
    '    def fetch(self, item_id):',
    '        if item_id in self.cache:',
    '            return self.cache[item_id]',
    `        response = requests.get(f"https://api.example.com/items/{item_id}", headers={"Accept": "application/json"}, timeout=self.timeout)`,
    '        response.raise_for_status()',
    '        value = response.json()',
    '        self.cache[item_id] = value',
    '        return value',
    '',
    '    def summary(self, items):',
    `        totals = {"count": len(items), "sum": sum(x.get("price", 0) for x in items), "label": 'batch-${i}'}`,
    '        logger.info("summary %s", totals)',
    '        return totals',
    '',
    '',
  ];
}

/** One Azure client (or key use) per block, rotating through the shapes the rules report. */
function azureBlock(i: number): string[] {
  switch (i % 8) {
    case 0:
      return [`client_${i} = AzureOpenAI(`, '    api_key=os.environ["AZURE_OPENAI_API_KEY"],', '    azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],', '    api_version="2024-10-21",', ')', ''];
    case 1:
      return [`def make_client_${i}():`, '    key = os.getenv("AZURE_OPENAI_KEY")', '    return AzureOpenAI(api_key=key, azure_endpoint=ENDPOINT, api_version="2024-10-21")', ''];
    case 2:
      return [`llm_${i} = AzureChatOpenAI(azure_deployment="gpt-4o", api_version="2024-10-21", openai_api_key=os.environ["AZURE_OPENAI_API_KEY"])`, ''];
    case 3:
      return [`chat_${i} = ChatCompletionsClient(endpoint=ENDPOINT, credential=AzureKeyCredential(os.environ["AZURE_INFERENCE_CREDENTIAL"]))`, ''];
    case 4:
      return [
        `def call_rest_${i}(payload):`,
        '    headers = {"api-key": os.environ["AZURE_OPENAI_API_KEY"], "Content-Type": "application/json"}',
        '    return requests.post(f"{ENDPOINT}/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21", headers=headers, json=payload)',
        '',
      ];
    case 5:
      return [`v1_${i} = OpenAI(base_url="https://contoso.openai.azure.com/openai/v1/", api_key=os.getenv("AZURE_OPENAI_API_KEY"))`, ''];
    case 6:
      return [`kernel_service_${i} = AzureChatCompletion(deployment_name="gpt-4o", endpoint=ENDPOINT, api_key=os.environ["AZURE_OPENAI_API_KEY"])`, ''];
    default:
      return [`token_client_${i} = AzureOpenAI(azure_endpoint=ENDPOINT, api_version="2024-10-21", azure_ad_token=os.environ["AZURE_OPENAI_AD_TOKEN"])`, ''];
  }
}

export function generatePythonModule(lines: number): string {
  const out: string[] = [
    '"""Generated benchmark module: mostly ordinary application code, some Azure OpenAI clients."""',
    'import json',
    'import logging',
    'import os',
    '',
    'import requests',
    'from azure.ai.inference import ChatCompletionsClient',
    'from azure.core.credentials import AzureKeyCredential',
    'from langchain_openai import AzureChatOpenAI',
    'from openai import AzureOpenAI, OpenAI',
    'from semantic_kernel.connectors.ai.open_ai import AzureChatCompletion',
    '',
    'logger = logging.getLogger(__name__)',
    'ENDPOINT = os.environ["AZURE_OPENAI_ENDPOINT"]',
    '',
  ];
  for (let i = 0; out.length < lines; i++) {
    // ~200 lines per client: six filler blocks (34 lines each) then one Azure block.
    if (i % 7 === 6) out.push(...azureBlock(Math.floor(i / 7)));
    else out.push(...filler(i));
  }
  return out.slice(0, lines).join('\n') + '\n';
}

const options: LintOptions = { settings: { tokenScope: DEFAULT_TOKEN_SCOPE }, workspace: new MemoryWorkspace() };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

let unique = 0;

/** (a) Full lint: a fresh path each run, so nothing is reused from an earlier tree. */
function timeFull(engine: Engine, text: string): { ms: number; findings: number } {
  const times: number[] = [];
  let findings = 0;
  for (let r = 0; r < WARMUP + RUNS; r++) {
    const path = `/ws/bench_full_${unique++}.py`;
    const t0 = performance.now();
    const result = engine.lint(path, text, options);
    const ms = performance.now() - t0;
    findings = result.findings.length;
    if (r >= WARMUP) times.push(ms);
  }
  return { ms: median(times), findings };
}

/** (b) Lint after a one-line edit: the same path, the text alternating between two versions. */
function timeEdit(engine: Engine, text: string): number {
  const lines = text.split('\n');
  const at = Math.floor(lines.length / 2);
  const edited = [...lines];
  edited[at] = edited[at] + '  # edited';
  const versions = [text, edited.join('\n')];
  const path = `/ws/bench_edit_${unique++}.py`;
  engine.lint(path, versions[0], options);
  const times: number[] = [];
  for (let r = 0; r < WARMUP + RUNS; r++) {
    const t0 = performance.now();
    engine.lint(path, versions[(r + 1) % 2], options);
    const ms = performance.now() - t0;
    if (r >= WARMUP) times.push(ms);
  }
  return median(times);
}

const parseOnly: Rule = {
  meta: { ...pythonRules[0].meta, code: 'PARSE', name: 'parse-only' },
  prefilter: undefined,
  check(context) {
    context.parse(pythonParser);
  },
};

function main(): void {
  const rows: { label: string; cells: string[] }[] = [];
  const header = ['rule'];
  for (const size of SIZES) header.push(`${size} full`, `${size} edit`);
  const texts = SIZES.map((n) => generatePythonModule(n));
  const entries: [string, Engine][] = [
    ['(parse only)', new Engine([parseOnly])],
    ...pythonRules.map((r): [string, Engine] => [`${r.meta.code} ${r.meta.name}`, new Engine([r])]),
    ['ALL python rules', new Engine(pythonRules, pythonEmbedders)],
  ];
  const findings: string[] = [];
  for (const [label, engine] of entries) {
    const cells: string[] = [];
    texts.forEach((text, i) => {
      const full = timeFull(engine, text);
      cells.push(full.ms.toFixed(1), timeEdit(engine, text).toFixed(1));
      if (label === 'ALL python rules') findings.push(`${SIZES[i]} lines: ${full.findings} findings`);
    });
    rows.push({ label, cells });
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  const width = Math.max(...rows.map((r) => r.label.length), 4);
  console.log(`Python rules, median of ${RUNS} runs (ms; each rule alone includes its own parse)`);
  console.log([header[0].padEnd(width), ...header.slice(1).map((h) => h.padStart(12))].join(' '));
  for (const r of rows) console.log([r.label.padEnd(width), ...r.cells.map((c) => c.padStart(12))].join(' '));
  console.log(findings.join('; '));
}

if (require.main === module) main();

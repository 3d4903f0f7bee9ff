import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { DEFAULT_TOKEN_SCOPE } from '../../../engine/config';
import { Engine } from '../../../engine/engine';
import { fixToFixpoint } from '../../../engine/fixes';
import { SourceFile } from '../../../engine/source';
import { notebookEmbedder } from '../../../rules/python/notebook-embedder';
import { pythonRules } from '../../../rules/python';
import { MemoryWorkspace } from '../../helpers/rule-tester';

const engine = new Engine(pythonRules, [notebookEmbedder]);
const options = { settings: { tokenScope: DEFAULT_TOKEN_SCOPE }, workspace: new MemoryWorkspace() };

/** A notebook as Jupyter writes it: one-space indented JSON, source as an array of lines. */
function notebook(cells: object[], language = 'python'): string {
  return JSON.stringify({ cells, metadata: { kernelspec: { display_name: 'Python 3', language, name: 'python3' } }, nbformat: 4, nbformat_minor: 5 }, null, 1) + '\n';
}
const code = (source: string | string[], metadata: object = {}) => ({ cell_type: 'code', execution_count: null, metadata, outputs: [], source });
const markdown = (source: string[]) => ({ cell_type: 'markdown', metadata: {}, source });

function regions(text: string) {
  const host = new SourceFile('/ws/n.ipynb', text, 'notebook');
  const cache = new Map<string, unknown>();
  return notebookEmbedder.extract(host, (p) => (cache.has(p.id) ? cache.get(p.id) : (cache.set(p.id, p.parse(host)), cache.get(p.id))) as never, options.workspace);
}

describe('notebook embedder', () => {
  before(() => engine.init());

  it('maps every decoded character of a cell back to its raw offset, through JSON escapes', () => {
    const lines = ['s = "caf\u00e9 \\"q\\" \\\\ tab\\t"\n', 'x = 1'];
    const text = notebook([code(lines)]).replace('café', 'caf\\u00e9');
    const [region] = regions(text);
    assert.equal(region.text, lines.join('') + '\n');
    assert.equal(region.label, '/ws/n.ipynb#cells');
    // The newline that ends the cell maps to its closing quote: text inserted there ends the cell.
    assert.equal(text[region.toOuter(region.text.length - 1)], '"');
    for (let i = 0; i < region.text.length - 1; i++) {
      const outer = region.toOuter(i);
      const ch = region.text[i];
      // The raw text at the mapped offset starts the JSON encoding of the decoded character.
      const encoded = ch === 'é' ? '\\u00e9' : JSON.stringify(ch).slice(1, -1);
      assert.equal(text.slice(outer, outer + encoded.length), encoded, `offset ${i} (${JSON.stringify(ch)})`);
    }
    // The end of the cell is the closing quote of the last line.
    assert.equal(text[region.toOuter(region.text.length)], '"');
    assert.equal(region.encode!('a "b"\n'), 'a \\"b\\"\\n');
  });

  it('takes only Python code cells: skips markdown, %%bash cells, non-Python cell languages and non-Python kernels', () => {
    const text = notebook([
      markdown(['client = AzureOpenAI(api_key=key)']),
      code(['%%bash\n', 'echo $AZURE_OPENAI_API_KEY']),
      code(['x = 1'], { vscode: { languageId: 'csharp' } }),
      code('y = 2'),
      code(['%%time\n', 'z = 3']),
    ]);
    assert.deepEqual(
      regions(text).map((r) => r.text),
      ['y = 2\n' + ' '.repeat(6) + '\nz = 3\n'],
    );
    assert.deepEqual(regions(notebook([code('x = 1')], 'R')), []);
    assert.deepEqual(regions('{ not json'), []);
  });

  it('blanks !shell and %magic lines to spaces, keeping offsets', () => {
    const [region] = regions(notebook([code(['!pip install openai\n', '%matplotlib inline\n', 'import openai'])]));
    assert.equal(region.text, ' '.repeat(19) + '\n' + ' '.repeat(18) + '\nimport openai\n');
  });

  it('reports a finding at its exact position in the raw .ipynb text', () => {
    const text = notebook([
      markdown(['# Chat with Azure OpenAI']),
      code(['!pip install openai\n', 'import os\n', 'from openai import AzureOpenAI\n', '\n', 'client = AzureOpenAI(api_key=os.getenv("AZURE_OPENAI_API_KEY"), api_version="2024-10-21")']),
    ]);
    const findings = engine.lint('/ws/n.ipynb', text, options).findings;
    assert.deepEqual(findings.map((f) => f.code), ['AOAI201', 'AOAI207']);
    const raw = 'api_key=os.getenv(\\"AZURE_OPENAI_API_KEY\\")';
    const start = text.indexOf(raw);
    assert.ok(start > 0);
    assert.equal(findings[0].start, start);
    assert.equal(findings[0].end, start + raw.length);
    assert.equal(text.slice(findings[0].start, findings[0].end), raw);
    const line = text.slice(0, start).split('\n').length - 1;
    assert.equal(findings[0].range.start.line, line);
  });

  it('applies a fix through the engine and leaves valid notebook JSON with the fixed code in the cell', () => {
    const text = notebook([
      code(['import os\n', 'from openai import AzureOpenAI\n', '\n', 'client = AzureOpenAI(\n', '    api_key=os.getenv("AZURE_OPENAI_API_KEY"),\n', '    api_version="2024-10-21",\n', ')']),
      code(['from openai import AsyncAzureOpenAI\n', 'aclient = AsyncAzureOpenAI(api_version="2024-10-21")']),
    ]);
    const outcome = fixToFixpoint(engine, '/ws/n.ipynb', text, options, 'unsafe');
    const nb = JSON.parse(outcome.text) as { cells: { source: string[] }[] };
    assert.equal(
      nb.cells[0].source.join(''),
      // The removed `import os` leaves its line (an edit never crosses into another cell).
      '\nfrom openai import AzureOpenAI\nfrom azure.identity import DefaultAzureCredential, get_bearer_token_provider\n\nclient = AzureOpenAI(\n    azure_ad_token_provider=get_bearer_token_provider(DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default"),\n    api_version="2024-10-21",\n)',
    );
    assert.equal(
      nb.cells[1].source.join(''),
      'from openai import AsyncAzureOpenAI\nfrom azure.identity.aio import DefaultAzureCredential, get_bearer_token_provider\naclient = AsyncAzureOpenAI(api_version="2024-10-21", azure_ad_token_provider=get_bearer_token_provider(DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default"))',
    );
    assert.deepEqual(engine.lint('/ws/n.ipynb', outcome.text, options).findings, []);
  });

  it('honours suppression comments inside a cell', () => {
    const text = notebook([code(['from openai import AzureOpenAI\n', '# aoai-lint-disable-next-line AOAI201 -- demo notebook\n', 'client = AzureOpenAI(api_key=key)'])]);
    const result = engine.lint('/ws/n.ipynb', text, options);
    assert.deepEqual(result.findings, []);
    assert.equal(result.suppressed, 1);
  });

  it('finds clients whose import is in an earlier cell, and puts the identity import beside it (the code cells are one module)', () => {
    const text = notebook([
      code(['import os\n', 'from openai import AzureOpenAI\n', 'from azure.ai.inference import ChatCompletionsClient\n', 'from azure.core.credentials import AzureKeyCredential']),
      code(['client = AzureOpenAI(api_key=os.environ[\"AZURE_OPENAI_API_KEY\"].strip())\n'.replace(/\\"/g, '"'), 'inf = ChatCompletionsClient(endpoint=e, credential=AzureKeyCredential(k))']),
    ]);
    const findings = engine.lint('/ws/n.ipynb', text, options).findings;
    assert.deepEqual(findings.map((f) => f.code), ['AOAI201', 'AOAI207', 'AOAI206']);
    const fixed = fixToFixpoint(engine, '/ws/n.ipynb', text, options, 'unsafe').text;
    const nb = JSON.parse(fixed) as { cells: { source: string[] }[] };
    // `os` and AzureKeyCredential served only the keys: gone with them.
    assert.equal(nb.cells[0].source.join(''), '\nfrom openai import AzureOpenAI\nfrom azure.ai.inference import ChatCompletionsClient\n\nfrom azure.identity import DefaultAzureCredential, get_bearer_token_provider');
    assert.match(nb.cells[1].source.join(''), /^client = AzureOpenAI\(azure_ad_token_provider=get_bearer_token_provider/);
    assert.match(nb.cells[1].source.join(''), /credential=DefaultAzureCredential\(\), credential_scopes=\["https:\/\/cognitiveservices\.azure\.com\/\.default"\]\)$/);
  });

  it('follows a key assigned in an earlier cell: the client and the read each report, pointing at each other in the raw JSON', () => {
    const text = notebook([
      code(['import os\n', 'from openai import AzureOpenAI\n', 'api_key = os.environ["AZURE_OPENAI_API_KEY"]']),
      markdown(['## Chat']),
      code(['client = AzureOpenAI(azure_endpoint=endpoint, api_key=api_key, api_version="2024-10-21")']),
    ]);
    const findings = engine.lint('/ws/n.ipynb', text, options).findings;
    assert.deepEqual(findings.map((f) => [f.code, f.severity]), [['AOAI207', 'warning'], ['AOAI201', 'warning']]);
    const [read, client] = findings;
    assert.equal(text.slice(client.start, client.end), 'api_key=api_key');
    assert.match(client.message, /read from AZURE_OPENAI_API_KEY/);
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;
    assert.equal(read.range.start.line, lineOf('api_key = os.environ'));
    assert.deepEqual(read.related?.map((r) => [r.path, r.range.start.line]), [['/ws/n.ipynb', lineOf('client = AzureOpenAI')]]);
    assert.deepEqual(client.related?.map((r) => [r.path, r.range.start.line]), [['/ws/n.ipynb', lineOf('api_key = os.environ')]]);
  });

  it('sees an APIM subscription key assigned in an earlier cell: info, no fix', () => {
    const text = notebook([
      code(['from openai import AzureOpenAI\n', 'api_key = apim_subscriptions[0].get("key")']),
      code(['client = AzureOpenAI(azure_endpoint=endpoint, api_key=api_key, api_version="2024-10-21")']),
    ]);
    const findings = engine.lint('/ws/n.ipynb', text, options).findings;
    assert.deepEqual(findings.map((f) => [f.code, f.severity, f.fixes.length]), [['AOAI201', 'info', 0]]);
    assert.match(findings[0].message, /API Management subscription key/);
  });

  it('takes an unbound AzureOpenAI in a notebook that imports only from LangChain as LangChain\'s class', () => {
    const text = notebook([
      code(['from langchain.agents import create_csv_agent\n', 'from dotenv import load_dotenv']),
      code(['agent = create_csv_agent(AzureOpenAI(temperature=0, deployment_name="text-davinci-003"), "data.csv")']),
    ]);
    assert.deepEqual(engine.lint('/ws/n.ipynb', text, options).findings.map((f) => f.code), ['AOAI203']);
  });

  it('reads a cell whose source is a single string', () => {
    const text = notebook([code('from openai import AzureOpenAI\nclient = AzureOpenAI(api_key=key)\n')]);
    const findings = engine.lint('/ws/n.ipynb', text, options).findings;
    assert.equal(findings.length, 1);
    assert.equal(text.slice(findings[0].start, findings[0].end), 'api_key=key');
  });
});

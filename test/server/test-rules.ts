/**
 * TEST-ONLY rules, registered by the editor test harnesses (never by the product): they let the
 * language-server and VS Code tests make exact assertions on codes, ranges and fixes whatever rules
 * the catalogue holds at the time. Codes AOAI99x are reserved for them and never shipped.
 */
import { Engine } from '../../engine/engine';
import type { Rule } from '../../engine/rule';
import { allEmbedders, allFactExtractors, allRules } from '../../rules';

const docs = {
  whatItDoes: 'Test-only rule.',
  whyBad: 'Test-only rule.',
  example: '',
  useInstead: '',
  exampleLanguage: 'text',
  references: [],
};

function lineScan(re: RegExp, text: string, each: (m: RegExpExecArray) => void): void {
  const g = new RegExp(re.source, 'g');
  for (let m = g.exec(text); m; m = g.exec(text)) each(m);
}

/** `api_key=<expr>` keyword argument in Python: an UNSAFE fix to a token provider. */
export const testPythonKeyRule: Rule = {
  meta: {
    code: 'AOAI990',
    name: 'test-python-api-key-argument',
    description: 'Test-only: flags an api_key keyword argument.',
    severity: 'warning',
    category: 'code',
    kinds: ['python'],
    fix: 'unsafe',
    docs,
  },
  prefilter: /api_key\s*=/,
  check(ctx) {
    lineScan(/\bapi_key\s*=\s*[^,)\r\n]+/, ctx.file.text, (m) => {
      const start = m.index;
      const end = m.index + m[0].trimEnd().length;
      ctx.report({
        start,
        end,
        message: 'The client authenticates with an API key; use Microsoft Entra ID instead.',
        fixes: [
          {
            title: 'Use azure_ad_token_provider (assign the "Cognitive Services OpenAI User" role; remove the key)',
            applicability: 'unsafe',
            edits: [{ start, end, newText: 'azure_ad_token_provider=token_provider' }],
          },
          {
            title: 'Use a bearer token provider for <your credential>',
            applicability: 'display-only',
            edits: [{ start, end, newText: `azure_ad_token_provider=get_bearer_token_provider(<credential>, "${ctx.settings.tokenScope}")` }],
          },
        ],
      });
    });
  },
};

/** `apiKey: <expr>` property in TypeScript: an UNSAFE fix. */
export const testTypeScriptKeyRule: Rule = {
  meta: {
    code: 'AOAI991',
    name: 'test-typescript-api-key-property',
    description: 'Test-only: flags an apiKey property.',
    severity: 'warning',
    category: 'code',
    kinds: ['typescript', 'javascript'],
    fix: 'unsafe',
    docs,
  },
  prefilter: /apiKey\s*:/,
  check(ctx) {
    lineScan(/\bapiKey\s*:\s*[^,}\r\n]+/, ctx.file.text, (m) => {
      const start = m.index;
      const end = m.index + m[0].trimEnd().length;
      ctx.report({
        start,
        end,
        message: 'The client authenticates with an API key; use Microsoft Entra ID instead.',
        fixes: [{ title: 'Use azureADTokenProvider (assign the "Cognitive Services OpenAI User" role; remove the key)', applicability: 'unsafe', edits: [{ start, end, newText: 'azureADTokenProvider' }] }],
      });
    });
  },
};

/** `http://<name>.openai.azure.com`: a SAFE fix to https (for fix-all and fix-on-save). */
export const testHttpEndpointRule: Rule = {
  meta: {
    code: 'AOAI992',
    name: 'test-plain-http-endpoint',
    description: 'Test-only: flags a plain-http Azure OpenAI endpoint.',
    severity: 'info',
    category: 'code',
    kinds: ['python', 'typescript', 'javascript'],
    fix: 'safe',
    docs,
  },
  prefilter: /http:\/\//,
  check(ctx) {
    lineScan(/http:\/\/[a-z0-9-]+\.openai\.azure\.com/, ctx.file.text, (m) => {
      ctx.report({
        start: m.index,
        end: m.index + m[0].length,
        message: 'The endpoint uses plain http.',
        fixes: [{ title: 'Use https', applicability: 'safe', edits: [{ start: m.index, end: m.index + 'http'.length, newText: 'https' }] }],
      });
    });
  },
};

/** `<set-header name="api-key">` in XML: no fix (for suppressions in XML comments). */
export const testXmlHeaderRule: Rule = {
  meta: {
    code: 'AOAI993',
    name: 'test-xml-api-key-header',
    description: 'Test-only: flags an api-key header in XML.',
    severity: 'warning',
    category: 'gateway',
    kinds: ['xml'],
    fix: 'none',
    docs,
  },
  prefilter: /api-key/,
  check(ctx) {
    lineScan(/<set-header name="api-key"/, ctx.file.text, (m) => {
      ctx.report({ start: m.index, end: m.index + m[0].length, message: 'The gateway sends an API key.' });
    });
  },
};

/** `LEAKED-KEY` in a `text` file (Terraform state, Go, any file of no other kind). */
export const testTextRule: Rule = {
  meta: {
    code: 'AOAI994',
    name: 'test-text-leaked-key',
    description: 'Test-only: flags a marker in plain text files.',
    severity: 'error',
    category: 'secrets',
    kinds: ['text'],
    fix: 'none',
    docs,
  },
  prefilter: /LEAKED-KEY/,
  check(ctx) {
    lineScan(/LEAKED-KEY/, ctx.file.text, (m) => {
      ctx.report({ start: m.index, end: m.index + m[0].length, message: 'A key in a text file.' });
    });
  },
};

export const testRules: Rule[] = [testPythonKeyRule, testTypeScriptKeyRule, testHttpEndpointRule, testXmlHeaderRule, testTextRule];

/**
 * Every product rule plus the test rules (a product rule with the same code would win), or only the
 * test rules (`only`, with the product embedders: notebook cells), for tests that must not change
 * when product rules do.
 */
export function engineWithTestRules(only = false): Engine {
  if (only) return new Engine(testRules, allEmbedders); // embedders feed cells etc. to the test rules
  const codes = new Set(allRules.map((r) => r.meta.code));
  return new Engine([...allRules, ...testRules.filter((r) => !codes.has(r.meta.code))], allEmbedders, allFactExtractors);
}

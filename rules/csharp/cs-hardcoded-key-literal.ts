import { isAzureKeyName, isPlaceholder } from '../../engine/azure-signals';
import { childByField, csharpParser, nodeText, walk, type CsNode, type CsTree } from '../../engine/parsers/csharp';
import { redactSecret } from '../../engine/redact';
import { findContextualHexKeys, findIdentifiableKeys } from '../secrets/key-literals';
import type { Rule } from '../../engine/rule';
import { argumentsOf, findDeclaration, stringValue, unwrap } from './cs-syntax';
import { keyCredentialSites } from './key-credential-sites';
import { semanticKernelKeySites } from './semantic-kernel-sites';

export const rule: Rule = {
  meta: {
    code: 'AOAI304',
    name: 'cs-hardcoded-key-literal',
    description: 'Azure OpenAI API key written as a string literal in C# source.',
    severity: 'error',
    category: 'code',
    kinds: ['csharp'],
    fix: 'none',
    docs: {
      whatItDoes:
        'Flags a string literal that is used as an Azure OpenAI / Azure AI key: the argument of the `AzureKeyCredential`/`ApiKeyCredential` given to a client AOAI301 checks, the key argument of a Semantic Kernel connector AOAI302 checks, the initializer of a variable those use, or any variable, field, property or constant whose name is an Azure OpenAI key name (`azureOpenAIApiKey`, `AZURE_OPENAI_KEY`). Placeholders (`"<your-key>"`, `"YOUR_API_KEY"`, empty), setting names (`"AZURE_OPENAI_API_KEY"`) and values that are not key-shaped (shorter than 20 characters, outside the key alphabet, or without both letters and digits) are not reported. A key in a recognised format (the 84-character identifiable key, or 32 hex characters with key context) is reported by AOAI501/AOAI502 instead, so one hard-coded key gives one secret finding.',
      whyBad:
        'A key in source code is shared with everyone who can read the repository, its history, forks, build logs and the compiled assembly. It stays valid until rotated, and it grants full data-plane access to the resource.',
      example: 'var client = new AzureOpenAIClient(new Uri(endpoint), new AzureKeyCredential("<32-character key>"));',
      useInstead: 'var client = new AzureOpenAIClient(new Uri(endpoint), new DefaultAzureCredential());',
      exampleLanguage: 'csharp',
      references: [
        'https://learn.microsoft.com/azure/ai-services/openai/how-to/managed-identity',
        'https://learn.microsoft.com/azure/ai-services/cognitive-services-security#authentication',
        'https://learn.microsoft.com/azure/ai-services/disable-local-auth',
      ],
    },
  },
  prefilter: /"[^"\s]{20,}"/,
  parsers: [csharpParser],
  check(context) {
    const tree = context.parse(csharpParser);
    const seen = new Set<CsNode>();
    // Keys in a recognised format are the secrets family's (AOAI501/AOAI502, every file type):
    // one hard-coded key, one secret finding. This rule covers the literals they cannot recognise.
    const secrets = [...findIdentifiableKeys(context.file.text), ...findContextualHexKeys(context.file.text)];
    const report = (literal: CsNode | undefined) => {
      if (!literal || seen.has(literal)) return;
      if (secrets.some((k) => k.start < literal.end && literal.start < k.end)) return;
      const value = stringValue(tree.file, literal);
      if (value === undefined || !looksLikeKey(value)) return;
      seen.add(literal);
      context.report({
        start: literal.start,
        end: literal.end,
        message: `Hard-coded Azure OpenAI API key (${redactSecret(value)}): anyone who can read the code can call the resource; rotate the key and authenticate with Microsoft Entra ID instead.`,
      });
    };
    for (const site of keyCredentialSites(tree)) {
      if (!site.keyCreation) continue;
      const first = argumentsOf(tree.file, site.keyCreation)[0];
      if (first) report(literalBehind(tree, first.value));
    }
    for (const site of semanticKernelKeySites(tree)) report(literalBehind(tree, site.arg.value));
    for (const n of walk(tree.root)) {
      if (n.type !== 'variable_declarator' && n.type !== 'property_declaration') continue;
      const name = childByField(n, 'name');
      if (!name || !isAzureKeyName(nodeText(tree.file, name))) continue;
      const init = n.type === 'property_declaration' ? childByField(n, 'value') : n.children.find((c) => c !== name && c.field === null);
      if (init) report(asLiteral(init));
    }
  },
};

/** The literal an expression is, or the literal initializer of the variable it names. */
function literalBehind(tree: CsTree, expr: CsNode): CsNode | undefined {
  const e = unwrap(expr);
  const literal = asLiteral(e);
  if (literal) return literal;
  if (e.type !== 'identifier') return undefined;
  const decl = findDeclaration(tree, e);
  return decl?.init ? asLiteral(decl.init) : undefined;
}

function asLiteral(node: CsNode): CsNode | undefined {
  const e = unwrap(node);
  return e.type === 'string_literal' || e.type === 'verbatim_string_literal' || e.type === 'raw_string_literal' ? e : undefined;
}

/**
 * Key-shaped: 20+ characters of a key alphabet with both letters and digits (legacy keys are 32 hex
 * characters, new ones 84 base62), not a placeholder, and not the *name* of a setting
 * (`AZURE_OPENAI_API_KEY_1`, `AzureOpenAI:ApiKey`).
 */
function looksLikeKey(value: string): boolean {
  return (
    value.length >= 20 &&
    /^[A-Za-z0-9+/=_.-]+$/.test(value) &&
    /[0-9]/.test(value) &&
    /[A-Za-z]/.test(value) &&
    !/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value) &&
    !isPlaceholder(value)
  );
}

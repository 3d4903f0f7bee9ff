import { AZURE_OPENAI_CONTEXT, isApimKeyName } from '../../engine/azure-signals';
import { childByField, constantString, nodeText, powershellParser, walk, type PsTree } from '../../engine/parsers/powershell';
import { hasErrorWithin, type SyntaxNode } from '../../engine/parsers/tree-sitter';
import type { Rule } from '../../engine/rule';
import type { Fix, TextEdit } from '../../engine/types';
import { gatewayKeyHeaderMessage } from '../gateway-key-header';

const RESOURCE = 'https://cognitiveservices.azure.com';
const OUTSIDE = 'run Connect-AzAccount (Az.Accounts) before the script, give the signed-in identity the "Cognitive Services OpenAI User" role, then remove the API key';

/** A header set in a hashtable entry, an `.Add(name, value)` call or an `$h[name] = value` assignment. */
interface HeaderSite {
  node: SyntaxNode;
  nameNode: SyntaxNode;
  name: string;
  value: SyntaxNode | undefined;
}

/** The argument expressions of an invocation (`$h.Add(a, b)`). */
function invocationArguments(node: SyntaxNode): SyntaxNode[] {
  const list = node.children.find((c) => c.type === 'argument_list');
  const exprs = list?.children.find((c) => c.type === 'argument_expression_list');
  return exprs?.children.filter((c) => c.type === 'argument_expression') ?? [];
}

function headerSites(tree: PsTree): HeaderSite[] {
  const out: HeaderSite[] = [];
  const file = tree.file;
  for (const n of walk(tree.root)) {
    if (n.type === 'hash_entry') {
      const key = n.children.find((c) => c.type === 'key_expression');
      const name = key ? (constantString(file, key) ?? (/^[\w-]+$/.test(nodeText(file, key)) ? nodeText(file, key) : undefined)) : undefined;
      if (key && name) out.push({ node: n, nameNode: key, name, value: n.children.find((c) => c.type === 'pipeline' || c.type === 'statement') });
    } else if (n.type === 'invokation_expression') {
      const member = n.children.find((c) => c.type === 'member_name');
      if (!member || !/^add$/i.test(nodeText(file, member))) continue;
      const [first, second] = invocationArguments(n);
      const name = constantString(file, first);
      if (first && name) out.push({ node: n, nameNode: first, name, value: second });
    } else if (n.type === 'assignment_expression') {
      const left = n.children.find((c) => c.type === 'left_assignment_expression');
      const access = left && [...walk(left)].find((c) => c.type === 'element_access');
      const index = access && [...walk(access)].find((c) => c.type === 'string_literal');
      const name = constantString(file, index);
      if (index && name) out.push({ node: n, nameNode: index, name, value: childByField(n, 'value') });
    }
  }
  return out;
}

/** The statement of a script block (`statement_list`) that holds `node`. */
function enclosingStatement(node: SyntaxNode): SyntaxNode | undefined {
  for (let n: SyntaxNode | null = node; n?.parent; n = n.parent) if (n.parent.type === 'statement_list') return n;
  return undefined;
}

/** An earlier `$aoaiToken = (Get-AzAccessToken ...` assignment in the same block: the fix of another header left it. */
function tokenVariableBefore(tree: PsTree, statement: SyntaxNode): string | undefined {
  const list = statement.parent!;
  for (const s of list.children) {
    if (s.start >= statement.start) break;
    const m = /^\$(\w+)\s*=\s*\(Get-AzAccessToken\s+-ResourceUrl\s+'https:\/\/cognitiveservices\.azure\.com'\)\.Token\b/i.exec(nodeText(tree.file, s));
    if (m) return m[1];
  }
  return undefined;
}

function entraFix(tree: PsTree, site: HeaderSite): Fix | undefined {
  const text = tree.file.text;
  const statement = enclosingStatement(site.node);
  if (!statement || !site.value) return undefined;
  if (tree.hasError && hasErrorWithin(tree, statement)) return undefined;
  const edits: TextEdit[] = [];
  let variable = tokenVariableBefore(tree, statement);
  if (!variable) {
    const used = new Set(tree.variables.map((v) => nodeText(tree.file, v).toLowerCase()));
    variable = 'aoaiToken';
    for (let i = 2; used.has('$' + variable.toLowerCase()); i++) variable = `aoaiToken${i}`;
    // At the top of the block (after `param(...)`, which must come first): every header of the
    // block then shares one token, and two fixes of one block never both insert it.
    const first = statement.parent!.children[0];
    const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    // Az.Accounts 5 returns the token as a SecureString, older versions as a string: accept both.
    edits.push({
      start: lineStart,
      end: lineStart,
      newText:
        `${indent}$${variable} = (Get-AzAccessToken -ResourceUrl '${RESOURCE}').Token${eol}` +
        `${indent}if ($${variable} -is [securestring]) { $${variable} = [System.Net.NetworkCredential]::new('', $${variable}).Password }${eol}`,
    });
  }
  const quote = nodeText(tree.file, site.nameNode).trimStart().startsWith("'") ? "'" : '"';
  edits.push({ start: site.nameNode.start, end: site.nameNode.end, newText: `${quote}Authorization${quote}` });
  edits.push({ start: site.value.start, end: site.value.end, newText: `"Bearer $${variable}"` });
  return { title: `Send a Microsoft Entra token from Get-AzAccessToken (${OUTSIDE})`, applicability: 'unsafe', edits };
}

/** PowerShell requests (`Invoke-RestMethod`, `Invoke-WebRequest`) that send an `api-key` header. */
export const rule: Rule = {
  meta: {
    code: 'AOAI831',
    name: 'powershell-api-key-header',
    description: 'A PowerShell script sends an `api-key` header to Azure OpenAI.',
    severity: 'warning',
    category: 'code',
    kinds: ['powershell'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags an `api-key` header (any letter case) in a PowerShell hashtable (`-Headers @{ "api-key" = $key }`, `$headers = @{ ... }`), added with `$headers.Add("api-key", $key)` or set with `$headers["api-key"] = $key`. Other services take the same header name (Azure AI Search, Pinecone, Qdrant), so only a script that shows Azure OpenAI (an Azure OpenAI host, an `/openai/deployments/` path or an Azure OpenAI name) is reported. An `Ocp-Apim-Subscription-Key` header, or an `api-key` whose value is named for API Management, is the gateway\'s subscription key: info, with gateway advice.',
      whyBad:
        'The `api-key` header is Azure OpenAI key authentication written by hand: a shared secret with full data-plane access and no per-caller identity. A script can send the signed-in identity\'s Microsoft Entra token instead (`Get-AzAccessToken -ResourceUrl https://cognitiveservices.azure.com`).',
      example: '$headers = @{ "api-key" = $env:AZURE_OPENAI_API_KEY; "Content-Type" = "application/json" }\nInvoke-RestMethod -Method Post -Uri $uri -Headers $headers -Body $body',
      useInstead:
        "$aoaiToken = (Get-AzAccessToken -ResourceUrl 'https://cognitiveservices.azure.com').Token\nif ($aoaiToken -is [securestring]) { $aoaiToken = [System.Net.NetworkCredential]::new('', $aoaiToken).Password }\n$headers = @{ \"Authorization\" = \"Bearer $aoaiToken\"; \"Content-Type\" = \"application/json\" }\nInvoke-RestMethod -Method Post -Uri $uri -Headers $headers -Body $body",
      exampleLanguage: 'powershell',
      fixSafety:
        'Unsafe: the script then authenticates as the identity signed in with `Connect-AzAccount` (a user, a service principal or a managed identity), which needs the "Cognitive Services OpenAI User" role on the account. The fix gets the token once before the statement (a `SecureString` from Az.Accounts 5 is converted, older versions return a string) and replaces the header with `Authorization: Bearer`. The token lasts about an hour: a long-running script must get a new one. Unfinished code gets no fix.',
      references: ['https://learn.microsoft.com/powershell/module/az.accounts/get-azaccesstoken', 'https://learn.microsoft.com/powershell/azure/migrate-az-14.0.0', 'https://learn.microsoft.com/azure/ai-services/openai/reference#authentication'],
    },
  },
  prefilter: /api-key|Ocp-Apim-Subscription-Key/i,
  parsers: [powershellParser],
  check(context) {
    const tree = context.parse(powershellParser);
    const text = tree.file.text;
    const azureOpenAI = AZURE_OPENAI_CONTEXT.test(text);
    for (const site of headerSites(tree)) {
      const name = site.name.toLowerCase();
      const subscriptionKey = name === 'ocp-apim-subscription-key';
      if (name !== 'api-key' && !subscriptionKey) continue;
      if (!azureOpenAI && !subscriptionKey) continue;
      const valueText = site.value ? nodeText(tree.file, site.value) : '';
      if (/^(?:""|'')$/.test(valueText.trim())) continue;
      if (subscriptionKey || isApimKeyName(valueText)) {
        context.report({
          start: site.node.start,
          end: site.node.end,
          severity: 'info',
          message: gatewayKeyHeaderMessage('script', subscriptionKey, valueText),
          data: { gateway: 'apim' },
        });
        continue;
      }
      const fix = entraFix(tree, site);
      context.report({
        start: site.node.start,
        end: site.node.end,
        message: 'The script sends an `api-key` header: key authentication to Azure OpenAI. Send `Authorization: Bearer` with a Microsoft Entra token (`Get-AzAccessToken`) instead.',
        fixes: fix ? [fix] : [],
      });
    }
  },
};

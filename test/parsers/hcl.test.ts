import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  allBlocks,
  hclAttribute,
  hclBlocks,
  hclObjectItem,
  hclStringValue,
  literalValue,
  parseHcl,
  traversalPath,
  type HclExpression,
  type HclHeredoc,
} from '../../engine/parsers/hcl';

const slice = (src: string, n: { start: number; end: number }) => src.slice(n.start, n.end);

describe('hcl parser', () => {
  const src = [
    '# comment',
    'variable "local_auth" {',
    '  type    = bool',
    '  default = true',
    '}',
    '',
    'resource "azurerm_cognitive_account" "openai" {',
    '  name                = "oai-${var.suffix}"',
    '  kind                = "OpenAI"',
    '  local_auth_enabled  = var.local_auth',
    '  tags                = { env = "dev", "owner" : local.owner }',
    '  count               = var.enabled ? 1 : 0',
    '  identity {',
    '    type = "SystemAssigned"',
    '  }',
    '  network_acls { default_action = "Deny" }',
    '}',
    '',
    'resource "azapi_resource" "ai" {',
    '  type = "Microsoft.CognitiveServices/accounts@2024-10-01"',
    '  body = jsonencode({',
    '    properties = {',
    '      disableLocalAuth = false',
    '    }',
    '  })',
    '}',
    '',
    'resource "azurerm_api_management_api_policy" "p" {',
    '  xml_content = <<XML',
    '<policies>',
    '  <set-header name="api-key"><value>${azurerm_cognitive_account.openai.primary_access_key}</value></set-header>',
    '</policies>',
    'XML',
    '  other = file("${path.module}/policy.xml")',
    '  list = [for s in var.subnets : s.id if s.enabled]',
    '  map  = { for k, v in var.m : k => v.id }',
    '  idx  = azurerm_x.y[0].ids[*]',
    '  fn   = provider::azapi::build_resource_id("a", "b")',
    '}',
  ].join('\n');
  const file = parseHcl(src);

  it('parses a well-formed file without errors', () => {
    assert.deepEqual(file.errors, []);
    assert.deepEqual(
      file.body.blocks.map((b) => [b.type.name, ...b.labels.map((l) => l.value)]),
      [['variable', 'local_auth'], ['resource', 'azurerm_cognitive_account', 'openai'], ['resource', 'azapi_resource', 'ai'], ['resource', 'azurerm_api_management_api_policy', 'p']],
    );
  });

  it('gives attributes, labels and nested blocks exact offsets', () => {
    const acct = hclBlocks(file.body, 'resource', 'azurerm_cognitive_account')[0];
    const attr = hclAttribute(acct.body, 'local_auth_enabled')!;
    assert.equal(slice(src, attr), 'local_auth_enabled  = var.local_auth');
    assert.equal(slice(src, attr.value), 'var.local_auth');
    assert.deepEqual(traversalPath(attr.value), ['var', 'local_auth']);
    assert.equal(slice(src, acct.labels[1]), '"openai"');
    assert.equal(hclBlocks(acct.body, 'identity').length, 1);
    assert.equal(literalValue(hclAttribute(hclBlocks(acct.body, 'network_acls')[0].body, 'default_action')!.value), 'Deny');
    assert.equal(allBlocks(file.body).length, 6);
    assert.equal(hclAttribute(acct.body, 'count')!.value.kind, 'conditional');
  });

  it('reads templates with interpolations and objects with both separators', () => {
    const acct = hclBlocks(file.body, 'resource', 'azurerm_cognitive_account')[0];
    const name = hclAttribute(acct.body, 'name')!.value;
    assert.equal(name.kind, 'template');
    assert.equal(hclStringValue(name), undefined);
    assert.deepEqual(name.kind === 'template' && name.parts.map((p) => p.kind), ['literal', 'interpolation']);
    const tags = hclAttribute(acct.body, 'tags')!.value;
    assert.equal(literalValue(hclObjectItem(tags, 'env')!.value), 'dev');
    assert.deepEqual(traversalPath(hclObjectItem(tags, 'owner')!.value), ['local', 'owner']);
  });

  it('reads jsonencode calls with nested objects', () => {
    const azapi = hclBlocks(file.body, 'resource', 'azapi_resource')[0];
    const body = hclAttribute(azapi.body, 'body')!.value;
    assert.equal(body.kind === 'call' && body.name.name, 'jsonencode');
    const obj = (body as Extract<HclExpression, { kind: 'call' }>).args[0];
    const dla = hclObjectItem(hclObjectItem(obj, 'properties')!.value, 'disableLocalAuth')!;
    assert.equal(literalValue(dla.value), false);
    assert.equal(slice(src, dla), 'disableLocalAuth = false');
  });

  it('reads heredocs with content offsets, and the rest of the block after them', () => {
    const pol = hclBlocks(file.body, 'resource', 'azurerm_api_management_api_policy')[0];
    const h = hclAttribute(pol.body, 'xml_content')!.value as HclHeredoc;
    assert.equal(h.kind, 'heredoc');
    assert.equal(h.marker, 'XML');
    assert.equal(h.indented, false);
    assert.ok(src.slice(h.contentStart, h.contentEnd).startsWith('<policies>\n'));
    assert.ok(src.slice(h.contentStart, h.contentEnd).endsWith('</policies>\n'));
    assert.ok(h.parts.some((p) => p.kind === 'interpolation' && traversalPath(p.expression)?.join('.') === 'azurerm_cognitive_account.openai.primary_access_key'));
    const other = hclAttribute(pol.body, 'other')!.value;
    assert.equal(other.kind === 'call' && other.name.name, 'file');
    assert.equal(hclAttribute(pol.body, 'list')!.value.kind, 'for');
    const map = hclAttribute(pol.body, 'map')!.value;
    assert.equal(map.kind === 'for' && map.object, true);
    assert.deepEqual(traversalPath(hclAttribute(pol.body, 'idx')!.value), ['azurerm_x', 'y', '0', 'ids', '*']);
    const fn = hclAttribute(pol.body, 'fn')!.value;
    assert.equal(fn.kind === 'call' && fn.name.name, 'provider::azapi::build_resource_id');
  });

  it('strips common indentation of <<- heredocs in the value', () => {
    const s = 'a = <<-EOT\n    <policies>\n      <inbound />\n    </policies>\n    EOT\nb = 1\n';
    const f = parseHcl(s);
    assert.deepEqual(f.errors, []);
    const h = hclAttribute(f.body, 'a')!.value as HclHeredoc;
    assert.equal(h.indented, true);
    assert.equal(hclStringValue(h), '<policies>\n  <inbound />\n</policies>\n');
    assert.equal(literalValue(hclAttribute(f.body, 'b')!.value), 1);
  });

  it('unescapes quoted strings and keeps $${ literal', () => {
    const f = parseHcl('a = "x\\"y\\n$${z}\\u0041"\n');
    assert.equal(hclStringValue(hclAttribute(f.body, 'a')!.value), 'x"y\n${z}A');
  });

  it('parses multi-line function arguments and tuples', () => {
    const f = parseHcl('a = merge(\n  var.x,\n  {\n    b = 1\n  },\n)\nc = [\n  1,\n  2\n]\n');
    assert.deepEqual(f.errors, []);
    const a = hclAttribute(f.body, 'a')!.value;
    assert.equal(a.kind === 'call' && a.args.length, 2);
    const c = hclAttribute(f.body, 'c')!.value;
    assert.equal(c.kind === 'tuple' && c.items.length, 2);
  });
});

describe('hcl parser on broken input', () => {
  it('recovers from broken lines and unterminated blocks', () => {
    const src = 'resource "azurerm_cognitive_account" "a" {\n  name = \n  ??? junk\n  local_auth_enabled = false\n  tags = {\n';
    const f = parseHcl(src);
    assert.ok(f.errors.length > 0);
    const acct = hclBlocks(f.body, 'resource')[0];
    assert.equal(literalValue(hclAttribute(acct.body, 'local_auth_enabled')!.value), false);
  });

  it('treats an unterminated heredoc as running to the end of the file', () => {
    const f = parseHcl('a = <<EOT\nhello\n');
    const h = hclAttribute(f.body, 'a')!.value as HclHeredoc;
    assert.equal(h.kind, 'heredoc');
    assert.ok(f.errors.length > 0);
  });

  it('never throws or hangs on arbitrary prefixes and deep nesting', () => {
    const src = 'resource "a" "b" {\n  x = jsonencode({ p = [1, "${var.y}", <<EOT\nz\nEOT\n] })\n  b { c = !d }\n}\n';
    for (let i = 0; i <= src.length; i++) parseHcl(src.slice(0, i));
    parseHcl('a = ' + '['.repeat(5000));
    parseHcl('a = ' + '"${'.repeat(3000));
    parseHcl('a = ' + '{'.repeat(5000));
    parseHcl('a = ' + '!'.repeat(100000) + 'b');
    parseHcl('b {'.repeat(30000));
  });
});

describe('hcl parser on module-style Terraform', () => {
  const src = [
    'moved {',
    '  from = azurerm_cognitive_account.this',
    '  to   = azurerm_cognitive_account.this[0]',
    '}',
    'resource "azurerm_cognitive_account" "this" {',
    '  count              = var.kind != "AIServices" ? 1 : 0',
    '  local_auth_enabled = var.local_auth_enabled',
    '  dynamic "network_acls" {',
    '    for_each = var.network_acls == null ? [] : [var.network_acls]',
    '    content {',
    '      default_action = network_acls.value.default_action',
    '      dynamic "virtual_network_rules" {',
    '        for_each = network_acls.value.rules',
    '        content {',
    '          subnet_id = virtual_network_rules.value.subnet_id',
    '        }',
    '      }',
    '    }',
    '  }',
    '  lifecycle {',
    '    ignore_changes = [',
    '      customer_managed_key,',
    '    ]',
    '    precondition {',
    '      # a comment with `backticks`',
    '      condition     = var.kind == "AIServices" || !var.is_hsm_key',
    '      error_message = "Only when `var.kind == \\"AIServices\\"`"',
    '    }',
    '  }',
    '}',
    'locals {',
    '  #/subscriptions/{id}/resourceGroups/{rg}',
    '  name  = reverse(split("/", var.id))[0]',
    '  block = merge(local.common, var.kind != "AIServices" ? {',
    '    kind = azurerm_cognitive_account.this[0].kind',
    '    } : {',
    '    local_authentication_enabled = azurerm_ai_services.this[0].local_authentication_enabled',
    '  })',
    '  ids = { for k, v in var.m : k => v.id... if v != null }',
    '  tpl = "%{ for ip in var.ips }allow ${ip};%{ endfor }"',
    '}',
  ].join('\n');
  const f = parseHcl(src);

  it('reads dynamic blocks, lifecycle preconditions, multi-line conditional objects and template directives without errors', () => {
    assert.deepEqual(f.errors, []);
    const acct = hclBlocks(f.body, 'resource', 'azurerm_cognitive_account')[0];
    assert.deepEqual(traversalPath(hclAttribute(acct.body, 'local_auth_enabled')!.value), ['var', 'local_auth_enabled']);
    assert.equal(allBlocks(acct.body).length, 6);
    const locals = hclBlocks(f.body, 'locals')[0];
    const block = hclAttribute(locals.body, 'block')!.value;
    assert.equal(block.kind === 'call' && block.args[1].kind, 'conditional');
    const tpl = hclAttribute(locals.body, 'tpl')!.value;
    assert.deepEqual(tpl.kind === 'template' && tpl.parts.map((p) => p.kind), ['directive', 'literal', 'interpolation', 'literal', 'directive']);
  });
});

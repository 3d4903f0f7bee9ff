import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  bicepProperty,
  bicepStringContent,
  bodyObject,
  parseBicep,
  type BicepExpression,
  type BicepModule,
  type BicepOutput,
  type BicepParam,
  type BicepResource,
  type BicepVar,
} from '../../engine/parsers/bicep';

const slice = (src: string, n: { start: number; end: number }) => src.slice(n.start, n.end);

describe('bicep parser', () => {
  const src = [
    "targetScope = 'resourceGroup'",
    "import { tags } from './types.bicep'",
    "@description('Disable keys')",
    '@secure()',
    'param disableLocalAuth bool = false',
    "param sku 'S0' | 'S1' = 'S0'",
    'param settings {',
    '  name: string',
    '}',
    "var kind = useAi ? 'AIServices' : 'OpenAI'",
    "resource acct 'Microsoft.CognitiveServices/accounts@2024-10-01' = if (deploy) {",
    "  name: 'oai-${suffix}'",
    '  kind: kind',
    '  properties: {',
    '    customSubDomainName: name, disableLocalAuth: !disableLocalAuth',
    "    'api-key': [1, 2]",
    '  }',
    "  resource dep 'deployments' = [for (d, i) in deps: {",
    '    name: d.name',
    '    parent: acct',
    '  }]',
    '}',
    "resource old 'Microsoft.CognitiveServices/accounts@2023-05-01' existing = {",
    "  name: 'x'",
    '}',
    "module ai 'br/public:avm/res/cognitive-services/account:0.9.0' = {",
    "  name: 'ai'",
    '  params: {',
    '    disableLocalAuth: false',
    '  }',
    '}',
    'output key string = acct.listKeys().key1',
    'output id string = acct.?properties[?0]!',
  ].join('\n');
  const file = parseBicep(src);
  const decl = (name: string) => file.declarations.find((d) => d.name?.name === name)!;

  it('parses a well-formed file without errors', () => {
    assert.deepEqual(file.errors, []);
    assert.deepEqual(
      file.declarations.map((d) => d.kind),
      ['other', 'import', 'param', 'param', 'param', 'var', 'resource', 'resource', 'module', 'output', 'output'],
    );
  });

  it('keeps decorators, types and defaults of params with exact offsets', () => {
    const p = decl('disableLocalAuth') as BicepParam;
    assert.deepEqual(p.decorators.map((d) => d.name), ['description', 'secure']);
    assert.equal(p.type?.text, 'bool');
    assert.equal(p.value?.kind, 'bool');
    assert.equal(slice(src, p.value!), 'false');
    assert.equal(slice(src, p.name), 'disableLocalAuth');
    assert.equal((decl('sku') as BicepParam).type?.text, "'S0' | 'S1'");
    assert.equal((decl('settings') as BicepParam).type?.text, '{\n  name: string\n}');
  });

  it('reads ternaries in vars', () => {
    const v = decl('kind') as BicepVar;
    assert.equal(v.value?.kind, 'ternary');
    assert.equal(slice(src, v.value!), "useAi ? 'AIServices' : 'OpenAI'");
  });

  it('reads resource type, api version, if-condition, properties and child resources', () => {
    const r = decl('acct') as BicepResource;
    assert.equal(r.resourceType, 'Microsoft.CognitiveServices/accounts');
    assert.equal(r.apiVersion, '2024-10-01');
    assert.equal(r.existing, false);
    assert.equal(r.value?.kind, 'if');
    const body = bodyObject(r.value)!;
    assert.equal(bicepProperty(body, 'name')?.value.kind, 'interpolated');
    const props = bicepProperty(body, 'properties')!.value;
    const dla = bicepProperty(props, 'disableLocalAuth')!;
    assert.equal(slice(src, dla), 'disableLocalAuth: !disableLocalAuth');
    assert.equal(dla.value.kind, 'unary');
    assert.equal(bicepProperty(props, 'API-KEY')?.value.kind, 'array');
    assert.equal(body.resources.length, 1);
    const child = body.resources[0];
    assert.equal(child.resourceType, 'deployments');
    assert.equal(child.value?.kind, 'for');
    assert.deepEqual((child.value as Extract<BicepExpression, { kind: 'for' }>).variables.map((v) => v.name), ['d', 'i']);
    assert.equal(bicepProperty(bodyObject(child.value), 'parent')?.value.kind, 'identifier');
  });

  it('marks existing resources', () => {
    assert.equal((decl('old') as BicepResource).existing, true);
  });

  it('reads module paths and params', () => {
    const m = decl('ai') as BicepModule;
    assert.equal(m.path?.kind === 'string' && m.path.value, 'br/public:avm/res/cognitive-services/account:0.9.0');
    const params = bicepProperty(bodyObject(m.value), 'params')!.value;
    assert.equal(bicepProperty(params, 'disableLocalAuth')?.value.kind, 'bool');
  });

  it('reads calls on members and safe access', () => {
    const o = decl('key') as BicepOutput;
    assert.equal(o.type?.text, 'string');
    const v = o.value!;
    assert.equal(v.kind, 'member');
    const call = (v as Extract<BicepExpression, { kind: 'member' }>).object;
    assert.equal(call.kind === 'call' && call.name.name, 'listKeys');
    const id = (decl('id') as BicepOutput).value!;
    assert.equal(id.kind, 'nonNull');
    assert.equal(slice(src, id), 'acct.?properties[?0]!');
  });

  it('reads the import source and the using path of a bicepparam file', () => {
    const imp = file.declarations[1];
    assert.equal(imp.kind === 'import' && imp.source?.kind === 'string' && imp.source.value, './types.bicep');
    const pf = parseBicep("using './main.bicep'\n\nparam disableLocalAuth = true\nparam name = 'x'\n");
    assert.deepEqual(pf.errors, []);
    assert.equal(pf.declarations[0].kind === 'using' && pf.declarations[0].path?.kind === 'string' && pf.declarations[0].path.value, './main.bicep');
    const p = pf.declarations[1] as BicepParam;
    assert.equal(p.type, undefined);
    assert.equal(p.value?.kind === 'bool' && p.value.value, true);
  });

  it('parses multi-line ternaries, lambdas, binary operators and multi-line call arguments', () => {
    const s = "var a = x == 1 && y != 2 || z ?? w\nvar b = cond\n  ? 1\n  : 2\nvar c = map(items, i => i.name)\nvar d = concat(\n  a,\n  b\n)\n";
    const f = parseBicep(s);
    assert.deepEqual(f.errors, []);
    const vals = f.declarations.map((d) => (d as BicepVar).value!.kind);
    assert.deepEqual(vals, ['binary', 'ternary', 'call', 'call']);
  });
});

describe('bicepStringContent', () => {
  it('unescapes a quoted string and maps offsets back', () => {
    const src = "var x = 'a\\'b\\\\c\\n\\u{41}\\$d'";
    const node = (parseBicep(src).declarations[0] as BicepVar).value!;
    const c = bicepStringContent(src, node)!;
    assert.equal(c.text, "a'b\\c\nA$d");
    assert.equal(c.toOuter(0), src.indexOf("'") + 1);
    assert.equal(src[c.toOuter(1)], '\\');
    assert.equal(c.toOuter(c.text.length), src.length - 1);
    assert.equal(c.encode("it's ${x}\n"), "it\\'s \\${x}\\n");
  });

  it('returns verbatim content of a multi-line string without its first newline', () => {
    const src = "var p = '''\n<policies>\n  <inbound />\n</policies>\n'''";
    const node = (parseBicep(src).declarations[0] as BicepVar).value!;
    const c = bicepStringContent(src, node)!;
    assert.equal(c.text, '<policies>\n  <inbound />\n</policies>\n');
    assert.equal(src.slice(c.toOuter(0), c.toOuter(c.text.length)), c.text);
    assert.equal(c.encode("a\\'b"), "a\\'b");
  });

  it('is undefined for interpolated strings and non-strings', () => {
    const src = "var x = 'a${b}c'\nvar y = 1";
    const f = parseBicep(src);
    assert.equal(bicepStringContent(src, (f.declarations[0] as BicepVar).value!), undefined);
    assert.equal(bicepStringContent(src, (f.declarations[1] as BicepVar).value!), undefined);
  });
});

describe('bicep parser on broken input', () => {
  it('recovers after a broken line and keeps later declarations', () => {
    const src = "param x = \nvar = 3\n%%% junk\nresource r 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n  name: \n  properties: { disableLocalAuth: true\n";
    const f = parseBicep(src);
    assert.ok(f.errors.length > 0);
    const r = f.declarations.find((d) => d.kind === 'resource') as BicepResource;
    assert.ok(r);
    const props = bicepProperty(bodyObject(r.value), 'properties')?.value;
    assert.equal(bicepProperty(props, 'disableLocalAuth')?.value.kind, 'bool');
  });

  it('never throws or hangs on arbitrary prefixes and deep nesting', () => {
    const src = "resource a 'T@1' = { p: { q: [ 'x${y}' , (1 + 2) ] } }\noutput o string = a.listKeys().k\n";
    for (let i = 0; i <= src.length; i++) parseBicep(src.slice(0, i));
    parseBicep('['.repeat(5000));
    parseBicep("'${".repeat(3000));
    parseBicep('{'.repeat(5000) + '}'.repeat(5000));
    parseBicep('var x = ' + '!'.repeat(100000) + 'y');
    parseBicep("var x = '" + '${\''.repeat(3000));
  });
});

describe('bicep parser on modern module syntax', () => {
  const src = [
    "metadata name = 'Accounts'",
    "import { lockType } from 'br/public:avm/utl/types/avm-common-types:0.6.0'",
    "param userOwnedStorage resourceInput<'Microsoft.CognitiveServices/accounts@2025-04-01-preview'>.properties.userOwnedStorage?",
    'param lock lockType?',
    'param ids string[] = []',
    'var formatted = reduce(',
    '  map(ids, (id) => { \'${id}\': {} }),',
    '  {},',
    '  (cur, next) => union(cur, next)',
    ') // flat array to object',
    'var identity = !empty(ids)',
    '  ? {',
    "      type: 'UserAssigned'",
    '    }',
    '  : null',
    '#disable-next-line no-deployments-resources',
    "resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = if (!empty(lock ?? {}) && lock.?kind != 'None') {",
    "  name: last(split(ids[0], '/'))",
    "  resource key 'keys@2023-07-01' existing = {",
    "    name: 'k'",
    '  }',
    '}',
    "resource acct 'Microsoft.CognitiveServices/accounts@2025-06-01' = {",
    "  name: 'x'",
    '  properties: {',
    '    #disable-next-line BCP036',
    '    networkInjections: !empty(ids)',
    '      ? [',
    '          {',
    '            scenario: ids[?0]',
    '          }',
    '        ]',
    '      : null',
    '    keyUri: kv::key!.properties.keyUriWithVersion',
    '    disableLocalAuth: true // keys off',
    '  }',
    '}',
    '@batchSize(1)',
    "module deps 'deployment/main.bicep' = [",
    '  for (d, index) in (ids ?? []): {',
    "    name: '${index}'",
    '    dependsOn: [',
    '      acct // wait for the account',
    '    ]',
    '  }',
    ']',
    'output principal string? = acct.?identity.?principalId',
    "output secrets object = toObject(ids, s => last(split(s, '/')), s => s)",
    '@export()',
    'type netType = {',
    "  @description('Optional.')",
    "  bypass: ('None' | 'AzureServices')?",
    '  rules: {',
    '    value: string',
    '  }[]?',
    '}',
    "func hello(name string) string => 'Hello ${name}'",
    "var merged = { ...identity, extra: [...ids, 'x'] }",
  ].join('\n');
  const file = parseBicep(src);

  it('reads pragmas, lambdas, multi-line ternaries, :: access, typed params and user-defined types without errors', () => {
    assert.deepEqual(file.errors, []);
    assert.deepEqual(
      file.declarations.map((d) => `${d.kind}:${d.name?.name ?? ''}`),
      ['other:name', 'import:', 'param:userOwnedStorage', 'param:lock', 'param:ids', 'var:formatted', 'var:identity', 'resource:kv', 'resource:acct', 'module:deps', 'output:principal', 'output:secrets', 'other:netType', 'other:hello', 'var:merged'],
    );
    const acct = file.declarations[8] as BicepResource;
    const props = bicepProperty(bodyObject(acct.value), 'properties')!.value;
    assert.equal(bicepProperty(props, 'disableLocalAuth')?.value.kind, 'bool');
    assert.equal(bicepProperty(props, 'networkInjections')?.value.kind, 'ternary');
    assert.equal((file.declarations[7] as BicepResource).existing, true);
    assert.equal(bodyObject((file.declarations[7] as BicepResource).value)!.resources.length, 1);
    const merged = (file.declarations[14] as BicepVar).value!;
    assert.equal(merged.kind === 'object' && merged.spreads.length, 1);
    const extra = bicepProperty(merged, 'extra')!.value;
    assert.equal(extra.kind === 'array' && extra.items[0].kind, 'spread');
  });
});

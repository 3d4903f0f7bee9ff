import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeEntities, namedValueRefs, parsePolicy, sectionOf, textOf, type PolicyDocument } from '../../engine/parsers/apim';
import { scanPolicyExpression } from '../../engine/parsers/apim/csharp-expression';

/**
 * XML 1.0 forbids `<` in attribute values, the delimiting quote inside them, and `&` that starts no
 * entity reference. Returns the attributes of `doc` that break this (a strict parser rejects them).
 */
function strictViolations(text: string, doc: PolicyDocument): string[] {
  const out: string[] = [];
  for (const el of doc.elements) {
    for (const a of el.attributes) {
      const quote = text[a.valueStart - 1];
      if (a.raw.includes('<') || a.raw.includes(quote) || /&(?!(?:quot|apos|lt|gt|amp|#\d+|#x[0-9a-fA-F]+);)/.test(a.raw)) out.push(`${el.name}@${a.name}`);
    }
  }
  return out;
}

/** The element names in document order, each with its 1-based line. */
function outline(text: string, doc: PolicyDocument): string[] {
  return doc.elements.map((e) => `${text.slice(0, e.start).split('\n').length}:${e.name}`);
}

// Written from the documented expression forms (set-variable-policy.md, api-management-policy-expressions.md).
const RAW_QUOTES = `<policies>
    <inbound>
        <base />
        <set-variable name="isMobile" value="@(context.Request.Headers.GetValueOrDefault("User-Agent","").Contains("iPad") || context.Request.Headers.GetValueOrDefault("User-Agent","").Contains("iPhone"))" />
        <set-header name="x-request-id" exists-action="override">
            <value>@(context.RequestId.ToString())</value>
        </set-header>
    </inbound>
</policies>`;

const GENERICS_AND_AMPERSANDS = `<policies>
    <inbound>
        <choose>
            <when condition="@(context.Request.Headers.GetValueOrDefault<String>("x-tier", "") == "gold" && context.Variables.GetValueOrDefault<int>("n") < 10)">
                <set-backend-service backend-id="{{gold-backend}}" />
            </when>
            <otherwise>
                <return-response><set-status code="429" reason="Too many requests" /></return-response>
            </otherwise>
        </choose>
    </inbound>
</policies>`;

const MULTILINE_BLOCKS = `<policies>
    <inbound>
        <set-variable name="body" value="@{
            var body = context.Request.Body.As<JObject>(preserveContent: true);
            var user = $"{context.User?.Email ?? "anon"}:{body["model"]}";
            var path = @"C:\\logs\\""quoted"" ) }";
            char close = ')';
            // a comment with a quote " and a ) bracket
            return user + "</policies>";
        }" />
        <set-body>@{
            return new JObject(new JProperty("ok", true)).ToString();
        }</set-body>
        <validate-jwt header-name="Authorization">
            <openid-config url="https://login.microsoftonline.com/{{tenant-id}}/v2.0/.well-known/openid-configuration" />
        </validate-jwt>
    </inbound>
</policies>`;

const ENTITIES_AND_MARKUP = `<?xml version="1.0" encoding="utf-8"?>
<!-- Well-formed variant: everything escaped, plus comments and CDATA. -->
<policies>
    <inbound>
        <!-- <set-header name="api-key"><value>old</value></set-header> -->
        <set-variable name="ok" value="@(context.Request.Headers.GetValueOrDefault(&quot;a&quot;, &quot;)&quot;) == &quot;x&quot; &amp;&amp; 1 &lt; 2)" />
        <set-body><![CDATA[{"prompt": "<b>raw</b> & more"}]]></set-body>
        <set-header name="api-key" exists-action="override"><value>{{aoai&#45;key}}</value></set-header>
    </inbound>
</policies>`;

describe('APIM policy tokenizer', () => {
  it('reads raw double quotes inside @( ) attribute values, which a strict XML parser rejects', () => {
    const doc = parsePolicy(RAW_QUOTES);
    assert.deepEqual(strictViolations(RAW_QUOTES, doc), ['set-variable@value']);
    assert.deepEqual(outline(RAW_QUOTES, doc), ['1:policies', '2:inbound', '3:base', '4:set-variable', '5:set-header', '6:value']);
    const value = doc.elements[3].attributes[1];
    assert.equal(value.expression, true);
    assert.ok(value.raw.endsWith('Contains("iPhone"))'));
    assert.equal(RAW_QUOTES[value.valueEnd], '"');
    assert.deepEqual(doc.problems, []);
  });

  it('reads generics and && inside a when condition', () => {
    const doc = parsePolicy(GENERICS_AND_AMPERSANDS);
    assert.deepEqual(strictViolations(GENERICS_AND_AMPERSANDS, doc), ['when@condition']);
    assert.deepEqual(outline(GENERICS_AND_AMPERSANDS, doc), ['1:policies', '2:inbound', '3:choose', '4:when', '5:set-backend-service', '7:otherwise', '8:return-response', '8:set-status']);
    assert.deepEqual(namedValueRefs(doc.elements[4].attributes[0].value), ['gold-backend']);
    assert.equal(sectionOf(doc.elements[7]), 'inbound');
    assert.deepEqual(doc.problems, []);
  });

  it('scans multi-line @{ } blocks with verbatim, interpolated and char literals in attributes and text', () => {
    const doc = parsePolicy(MULTILINE_BLOCKS);
    assert.deepEqual(strictViolations(MULTILINE_BLOCKS, doc), ['set-variable@value']);
    assert.deepEqual(outline(MULTILINE_BLOCKS, doc), ['1:policies', '2:inbound', '3:set-variable', '11:set-body', '14:validate-jwt', '15:openid-config']);
    const body = doc.elements[3];
    assert.equal(body.texts[0].expression, true);
    assert.ok(textOf(body).startsWith('@{') && textOf(body).endsWith('}'));
    assert.deepEqual(doc.problems, []);
  });

  it('decodes entities for analysis and skips comments, CDATA and the XML declaration', () => {
    const doc = parsePolicy(ENTITIES_AND_MARKUP);
    assert.deepEqual(strictViolations(ENTITIES_AND_MARKUP, doc), []);
    assert.deepEqual(outline(ENTITIES_AND_MARKUP, doc), ['3:policies', '4:inbound', '6:set-variable', '7:set-body', '8:set-header', '8:value']);
    assert.equal(doc.elements[2].attributes[1].value.includes('"a", ")") == "x" && 1 < 2'), true);
    assert.equal(doc.elements[2].attributes[1].expression, true);
    assert.equal(textOf(doc.elements[3]), '{"prompt": "<b>raw</b> & more"}');
    assert.equal(textOf(doc.elements[5]), '{{aoai-key}}');
    assert.equal(doc.comments.length, 2);
  });

  it('keeps exact offsets: every element starts with "<name"', () => {
    for (const text of [RAW_QUOTES, GENERICS_AND_AMPERSANDS, MULTILINE_BLOCKS, ENTITIES_AND_MARKUP]) {
      const doc = parsePolicy(text);
      for (const e of doc.elements) {
        assert.equal(text.slice(e.start, e.start + 1 + e.name.length), `<${e.name}`);
        assert.ok(e.selfClosing ? text.slice(e.end - 2, e.end) === '/>' : text.slice(e.closeStart, e.end) === `</${e.name}>`, e.name);
        for (const a of e.attributes) assert.equal(text.slice(a.valueStart, a.valueEnd), a.raw);
      }
    }
  });

  it('recovers from broken input without throwing: unclosed tags, stray closers, unterminated values', () => {
    const text = '<policies><inbound><base/><set-header name="api-key><value>k</value></set-header></outbound></inbound>';
    const doc = parsePolicy(text);
    assert.equal(doc.kind, 'policies');
    assert.ok(doc.problems.length > 0);
    assert.ok(doc.elements.some((e) => e.name === 'inbound'));
    for (const bad of ['<', '<a', '<a b', '<a b=', '<a b="', '<a b="@(', '<a>@{', '</', '<!--', '<![CDATA[', '<?x', '@(', '<a b=\'@("\')', '&#xFFFFFFF;']) {
      assert.doesNotThrow(() => parsePolicy(bad), bad);
    }
  });

  it('stays linear on pathological input', () => {
    const inputs = [
      '<a b="@('.repeat(20000),
      '<p>' + '@{ "'.repeat(20000),
      '<a b=\'x>'.repeat(20000),
      '</a'.repeat(20000),
      '<a b="@($"{$"{$"{'.repeat(5000),
    ];
    for (const input of inputs) {
      const t0 = performance.now();
      parsePolicy(input);
      assert.ok(performance.now() - t0 < 2000, `slow on ${JSON.stringify(input.slice(0, 20))}`);
    }
  });

  it('keeps a consistent tree on randomly mutated policies (seeded fuzz)', () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const alphabet = ['"', "'", '<', '>', '/', '(', ')', '{', '}', '@', '&', '$', '\\', '\n', '<!--', ']]>', '@(', '@{'];
    const corpus = [RAW_QUOTES, GENERICS_AND_AMPERSANDS, MULTILINE_BLOCKS, ENTITIES_AND_MARKUP];
    for (let round = 0; round < 400; round++) {
      let text = corpus[round % corpus.length];
      for (let k = 0; k < 1 + (round % 6); k++) {
        const at = Math.floor(random() * text.length);
        text = random() < 0.5 ? text.slice(0, at) + alphabet[Math.floor(random() * alphabet.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 4));
      }
      const doc = parsePolicy(text);
      for (const e of doc.elements) {
        assert.ok(e.start < e.openEnd && e.openEnd <= e.closeStart && e.closeStart <= e.end && e.end <= text.length, `offsets of <${e.name}> in round ${round}`);
        if (e.parent) assert.ok(e.parent.openEnd <= e.start && e.end <= e.parent.end, `<${e.name}> inside <${e.parent.name}> in round ${round}`);
        for (const a of e.attributes) assert.ok(e.start < a.start && a.valueEnd <= e.openEnd, `attribute ${a.name} of <${e.name}> in round ${round}`);
      }
    }
  });

  it('ends an expression at its balanced bracket, not at a bracket inside a string, char or comment', () => {
    const cases: [string, string][] = [
      ['@(")")', '@(")")'],
      ["@(')')", "@(')')"],
      ['@(@")""")', '@(@")""")'],
      ['@($"{(1)}")', '@($"{(1)}")'],
      ['@{ /* } */ }', '@{ /* } */ }'],
      ['@(&quot;)&quot;)', '@(&quot;)&quot;)'],
    ];
    for (const [input, expected] of cases) {
      const end = scanPolicyExpression(input + ' tail', 0);
      assert.equal(input.slice(0, end), expected);
    }
    assert.equal(decodeEntities('&lt;&#65;&#x42;&amp;lt;'), '<AB&lt;');
  });
});

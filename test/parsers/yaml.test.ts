import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskTemplateActions, parseYaml } from '../../engine/parsers/yaml';

describe('maskTemplateActions', () => {
  const cases: { name: string; input: string; output: string }[] = [
    { name: 'control flow alone on a line becomes spaces', input: '{{- if .Values.x }}\na: 1\n{{- end }}\n', output: ' '.repeat(19) + '\na: 1\n' + ' '.repeat(10) + '\n' },
    { name: 'a multi-line template comment keeps its line breaks', input: 'a: 1\n  {{- /*\n  note\n  */}}\nb: 2\n', output: 'a: 1\n' + ' '.repeat(8) + '\n' + ' '.repeat(6) + '\n' + ' '.repeat(6) + '\nb: 2\n' },
    { name: 'an unquoted value becomes a reference of the same length', input: 'replicas: {{ .Values.n }}\n', output: 'replicas: $______________\n' },
    { name: 'an action inside quotes is kept', input: 'key: "{{ .Values.k | b64enc }}"\n', output: 'key: "{{ .Values.k | b64enc }}"\n' },
    { name: 'GitHub Actions expressions are kept', input: 'env:\n  K: ${{ secrets.K }}\n', output: 'env:\n  K: ${{ secrets.K }}\n' },
    { name: 'an unclosed action is left alone', input: 'a: {{ .Values.x\n', output: 'a: {{ .Values.x\n' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const masked = maskTemplateActions(c.input);
      assert.equal(masked, c.output);
      assert.equal(masked.length, c.input.length);
    });
  }

  it('a chart template parses as the YAML it renders to', () => {
    const stream = parseYaml('{{- if .Values.on }}\napiVersion: v1\nkind: Secret\ndata:\n  K: "{{ .Values.k }}"\n{{- end }}\n');
    assert.equal(stream.errorCount, 0);
    assert.deepEqual(stream.documents[0].toJS(), { apiVersion: 'v1', kind: 'Secret', data: { K: '{{ .Values.k }}' } });
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindOfPath, templateBase } from '../../engine/file-kinds';
import type { FileKind } from '../../engine/types';

describe('kindOfPath', () => {
  const cases: [string, FileKind | undefined][] = [
    // dotenv, by the names real repositories use
    ['app/.env', 'dotenv'],
    ['app/.env.sample', 'dotenv'],
    ['app/prod.env', 'dotenv'],
    ['agent/example.env', 'dotenv'],
    ['tutorial/_env', 'dotenv'],
    ['tutorial/env', 'dotenv'],
    ['tutorial/env.sample', 'dotenv'],
    ['tutorial/env.sample.txt', 'dotenv'],
    ['svc/orchestrator.env.template', 'dotenv'],
    // template copies read as the kind of their base name
    ['templates/appsettings.Development.json.tpl', 'json'],
    ['templates/local.settings.json.tmpl', 'json'],
    ['policies/inbound.xml.tpl', 'xml'],
    ['deploy/values.yaml.example', 'yaml'],
    // Helm templates are YAML; a .tfstate is text (key literals only)
    ['charts/app/templates/secret.yaml', 'yaml'],
    ['infra/terraform.tfstate', 'text'],
    ['infra/terraform.tfstate.backup', 'text'],
    // any other text file, for key literals
    ['azure/proxy.go', 'go'],
    ['docs/notes.md', 'text'],
    ['Dockerfile', 'dockerfile'],
    ['settings.example', 'text'],
    // never read
    ['img/logo.png', undefined],
    ['dist/app.zip', undefined],
    ['models/model.onnx', undefined],
    ['.gitignore', undefined],
    ['types/index.d.ts', undefined],
    ['public/app.min.js', undefined],
    // unchanged kinds
    ['env.py', 'python'],
    ['src/environment.ts', 'typescript'],
    ['main.bicepparam', 'bicepparam'],
  ];
  for (const [p, kind] of cases) {
    it(`${p} → ${kind ?? 'not read'}`, () => assert.equal(kindOfPath(p), kind));
  }

  it('a notebook cell (no path) goes by its language only', () => {
    assert.equal(kindOfPath('', 'python'), 'python');
    assert.equal(kindOfPath('', 'markdown'), undefined);
  });

  it('a state file is text even when the editor calls it JSON', () => {
    assert.equal(kindOfPath('/ws/infra/terraform.tfstate', 'json'), 'text');
  });

  it('an untitled plain-text buffer is text; a Helm document is YAML', () => {
    assert.equal(kindOfPath('Untitled-1', 'plaintext'), 'text');
    assert.equal(kindOfPath('Untitled-2', 'helm'), 'yaml');
  });
});

describe('templateBase', () => {
  it('strips template suffixes, one or several', () => {
    assert.equal(templateBase('appsettings.json.tpl'), 'appsettings.json');
    assert.equal(templateBase('config.yaml.sample.dist'), 'config.yaml');
    assert.equal(templateBase('main.bicep'), 'main.bicep');
  });
});

#!/usr/bin/env node
'use strict';
// The `aoai-lint` command: a thin launcher for the esbuild bundle.
const fs = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('aoai-lint: dist/cli.js is missing; run "npm run build" first.\n');
  process.exit(2);
}
require(bundle).run(process.argv.slice(2));

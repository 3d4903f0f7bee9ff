// Drives code-server's web UI with playwright-core + Debian chromium (adapted from the verified recipe
// in shared/reference/e2e-vscode.md (beside the project)). The extension under test is already installed.
// usage: node drive-ui.mjs URL WORKSPACE_DIR FILE OUTDIR [OTHER_FILE:CODE:LINE:COL ...]
// Expects FILE to hold `AzureOpenAI(` with `api_key=key` on line 4 (product rule AOAI201, python
// family) and checks its quick fix on disk. Then opens each OTHER_FILE (e.g. a .ts and a .cs file:
// their parsers are a lazily loaded bundle and a WebAssembly grammar) and expects a Problems row
// with CODE at LINE:COL.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';

const CODE = 'AOAI201';
const FIX = 'Unsafe fix: Use Microsoft Entra ID';
const EXPECTED = 'azure_ad_token_provider=get_bearer_token_provider(DefaultAzureCredential()';
const [url, wsDir, file, outDir, ...others] = process.argv.slice(2);
fs.mkdirSync(outDir, { recursive: true });
const t0 = Date.now();
const log = (...a) => console.log(`[ui ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const udd = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-chromium-'));
const ctx = await chromium.launchPersistentContext(udd, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1400, height: 900 },
});
let failed = false;
const page = ctx.pages()[0] ?? await ctx.newPage();
page.on('pageerror', e => log('pageerror:', e.message));
try {
  await page.goto(`${url}/?folder=${encodeURIComponent(wsDir)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  log('workbench loaded');
  const item = page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${file}"]`).first();
  await item.waitFor({ timeout: 30000 });
  await item.dblclick();
  await page.waitForSelector(`.tab[aria-label^="${file}"]`, { timeout: 30000 });
  log('file open in editor');
  await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 60000 });
  log('squiggle visible');
  await page.keyboard.press('Control+Shift+M');
  const row = page.locator('.markers-panel .monaco-tl-row', { hasText: CODE }).first();
  await row.waitFor({ timeout: 30000 });
  const rows = await page.locator('.markers-panel .monaco-tl-row').allInnerTexts();
  log('problems panel rows:', JSON.stringify(rows));
  if (!rows.some(r => r.includes('aoai-lint') && r.includes('[Ln 4, Col 5]'))) throw new Error('Problems row lacks source or position');
  await page.locator('.statusbar-item', { hasText: 'AOAI Lint: 1' }).first().waitFor({ timeout: 10000 });
  log('status bar shows the count');
  await page.screenshot({ path: path.join(outDir, '1-problems.png') });
  // Line 4 is `    api_key=key,`: Home puts the cursor on the first non-blank, where the finding starts.
  await page.locator('.monaco-editor .view-line', { hasText: 'api_key' }).first().click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: FIX }).first();
  await fix.waitFor({ timeout: 30000 });
  await page.screenshot({ path: path.join(outDir, '2-quickfix-menu.png') });
  log('quick fix menu shown:', JSON.stringify(await page.locator('.action-widget .monaco-list-row').allInnerTexts()));
  await fix.click();
  await page.keyboard.press('Control+S');
  const target = path.join(wsDir, file);
  const deadline = Date.now() + 30000;
  let text = '';
  while (Date.now() < deadline) {
    text = fs.readFileSync(target, 'utf8');
    if (text.includes(EXPECTED)) break;
    await new Promise(r => setTimeout(r, 200));
  }
  if (!text.includes(EXPECTED)) throw new Error('file on disk not fixed: ' + JSON.stringify(text));
  log('file on disk now:', JSON.stringify(text));
  await page.locator('.markers-panel .monaco-tl-row', { hasText: CODE }).waitFor({ state: 'detached', timeout: 30000 });
  log('warning cleared');
  await page.locator('.statusbar-item', { hasText: /^\s*AOAI Lint\s*$/ }).first().waitFor({ timeout: 10000 });
  log('status bar count cleared');
  await page.screenshot({ path: path.join(outDir, '3-fixed.png') });
  for (const [i, spec] of others.entries()) {
    const [other, code, line, col] = spec.split(':');
    const entry = page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${other}"]`).first();
    await entry.waitFor({ timeout: 30000 });
    await entry.dblclick();
    await page.waitForSelector(`.tab.active[aria-label^="${other}"]`, { timeout: 30000 });
    await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 60000 });
    const where = `[Ln ${line}, Col ${col}]`;
    await page.locator('.markers-panel .monaco-tl-row', { hasText: code }).first().waitFor({ timeout: 60000 });
    const otherRows = await page.locator('.markers-panel .monaco-tl-row').allInnerTexts();
    log(`${other}: problems panel rows:`, JSON.stringify(otherRows));
    if (!otherRows.some(r => r.includes(code) && r.includes('aoai-lint') && r.includes(where))) throw new Error(`${other}: no ${code} row at ${where}`);
    await page.screenshot({ path: path.join(outDir, `${4 + i}-${other.replace(/\W/g, '_')}.png`) });
    log(`${other}: ${code} shown at ${where}`);
  }
  log('PASS');
} catch (e) {
  failed = true;
  log('FAIL', e.message);
  await page.screenshot({ path: path.join(outDir, 'failure.png') }).catch(() => {});
} finally {
  await ctx.close();
  fs.rmSync(udd, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

// The release bundle (`make dist`) as an integrator uses it: a plain page at
// another path embeds it with the README's snippet (integrity attributes),
// under the strict CSP, and completes an enquiry; a tampered wasm is
// refused; the npm tarball installs and resolves.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, launch, open, enter, checkClean, acceptanceCases, root, hkd, bundle as folder, bundleSite as site } from './harness.mjs';

const dist = path.join(root, 'dist');
let browser;
before(async () => {
  assert.ok(folder, 'dist/cp-funding-estimator-<version>/ (make dist builds it)');
  browser = await launch();
});
after(async () => { await browser?.close(); });

test('the bundle from dist/, embedded with SRI under the strict CSP, completes an enquiry', async () => {
  const { dir, snippet } = site();
  assert.equal((snippet.match(/integrity="sha384-[A-Za-z0-9+/=]{64}"/g) || []).length, 2, snippet);
  const { server, origin } = await serve(dir);
  try {
    const { context, page, widget, log } = await open(browser, origin, 'pages/enquiry.html');
    const c = acceptanceCases().find((x) => x.name === 'p3-demo-capped');
    await enter(widget, c.case);
    assert.match(await widget.locator('.cpfe-headline').textContent(), /You can apply/);
    assert.match(await widget.locator('.cpfe-figures').textContent(), new RegExp(hkd(c.expect.sponsorship).replace(/[$.]/g, '\\$&')));
    // Only the bundle's own hashed files were fetched, from its folder.
    const own = log.requests.filter((u) => u.includes(`/cpfe/${folder}/`)).map((u) => path.basename(new URL(u).pathname));
    for (const f of own) assert.match(f, /\.[0-9a-f]{12}\.(js|wasm|css|txt)$/, f);
    assert.ok(own.some((f) => f.endsWith('.wasm')) && own.some((f) => f.endsWith('.css')), own.join(' '));
    // One language with the first download: the page's.
    assert.deepEqual(own.filter((f) => f.endsWith('.txt')).map((f) => f.split('.')[1]), ['en'], own.join(' '));
    await checkClean(log, page, origin);
    await context.close();
  } finally {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a wasm, stylesheet or texts file that is not the released one is refused (the loader carries their hashes)', async () => {
  for (const ext of ['.wasm', '.css', '.txt']) {
    const { dir } = site((bundle) => {
      const f = fs.readdirSync(bundle).find((n) => n.endsWith(ext) && (ext !== '.txt' || n.startsWith('texts.en.')));
      const data = fs.readFileSync(path.join(bundle, f));
      data[data.length - 1] ^= 1;
      fs.writeFileSync(path.join(bundle, f), data);
    });
    const { server, origin } = await serve(dir);
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      const refused = page.waitForEvent('console', { predicate: (m) => m.type() === 'error' && /integrity|digest/i.test(m.text()), timeout: 15_000 }).catch(() => {});
      await page.goto(`${origin}/pages/enquiry.html`);
      await refused; // the browser's own report of the refused file
      const text = errors.join(' | ');
      assert.match(text, /integrity|digest/i, `${ext}: ${text}`);
      if (ext !== '.css') assert.equal(await page.locator('cp-funding-estimator .cpfe').count(), 0, `no widget from a tampered ${ext}`);
      await context.close();
    } finally {
      server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('the npm package installs from its tarball and exports the loader and the stylesheet', () => {
  const tgz = path.join(dist, `${folder}.tgz`);
  assert.ok(fs.existsSync(tgz), tgz);
  const app = fs.mkdtempSync(path.join(os.tmpdir(), 'cpfe-npm-'));
  try {
    fs.writeFileSync(path.join(app, 'package.json'), '{ "name": "host-site", "private": true, "type": "module" }\n');
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', tgz], { cwd: app, stdio: 'inherit' });
    const resolve = (spec) => execFileSync('node', ['--input-type=module', '-e', `console.log(import.meta.resolve(${JSON.stringify(spec)}))`], { cwd: app }).toString().trim();
    const main = new URL(resolve('cp-funding-estimator')).pathname;
    assert.match(path.basename(main), /^cp-funding-estimator\.[0-9a-f]{12}\.js$/);
    assert.ok(fs.existsSync(main));
    const css = new URL(resolve('cp-funding-estimator/cp-funding-estimator.css')).pathname;
    assert.ok(fs.existsSync(css) && css.endsWith('.css'));
    const pkg = JSON.parse(fs.readFileSync(path.join(app, 'node_modules/cp-funding-estimator/package.json'), 'utf8'));
    assert.equal(pkg.license, 'MIT');
    for (const f of pkg.files) assert.ok(fs.existsSync(path.join(app, 'node_modules/cp-funding-estimator', f)), f);
    // The loader names the glue it imports (a dynamic import), which the package holds.
    const glue = /import\(\s*["']\.\/(cp_estimator\.[0-9a-f]{12}\.js)["']/.exec(fs.readFileSync(main, 'utf8'))?.[1];
    assert.ok(glue && pkg.files.includes(glue), glue);
  } finally {
    fs.rmSync(app, { recursive: true, force: true });
  }
});

// The pre-rendered widget's style and layout from scratch, A/B: each build's
// demo page (its www/, one per argument; this tree's www/ without one) in an
// iframe 390 px wide, side by side in one page of Debian's Chromium, the
// wasm refused so that the pre-rendered view stays. In turn, each widget is
// taken out of the layout (display: none) and put back, and the style and
// layout that brings are timed. Taking the builds in turn within one page
// cancels most of the machine's drift, which a phone A/B cannot: this sees
// a difference of a tenth of a millisecond.
// Usage: node bench/layout.mjs [WWW ...]   (the page's clock: 0.1 ms steps)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, launch, root, www } from '../tests/e2e/harness.mjs';

const ROUNDS = 1200;
const dirs = process.argv.length > 2 ? process.argv.slice(2) : [www];
const site = fs.mkdtempSync(path.join(os.tmpdir(), 'cpfe-layout-'));
dirs.forEach((d, i) => fs.cpSync(d, path.join(site, `v${i}`), { recursive: true }));
// The pre-compressed files again: cp-serve serves them before the plain
// ones, so a build edited by hand must have its own.
execFileSync('node', [path.join(root, 'tools/precompress.mjs'), site], { stdio: 'ignore' });
fs.writeFileSync(path.join(site, 'index.html'), `<!doctype html><html lang="en"><title>layout A/B</title><body>${
  dirs.map((_, i) => `<iframe src="v${i}/index.html" style="width:390px;height:800px"></iframe>`).join('')}</body></html>`);

const { server, origin } = await serve(site);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 400 * dirs.length, height: 900 } });
await page.route('**/*.wasm', (r) => r.abort());
await page.goto(`${origin}/index.html`);
await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) =>
  f.contentDocument?.querySelector('cp-funding-estimator')?.shadowRoot?.querySelector('.cpfe-root .cpfe')
  && f.contentDocument.readyState === 'complete' && f.contentDocument.fonts.status === 'loaded'));
const results = await page.evaluate((rounds) => {
  const widgets = [...document.querySelectorAll('iframe')].map((f) =>
    f.contentDocument.querySelector('cp-funding-estimator').shadowRoot.querySelector('.cpfe-root'));
  const times = widgets.map(() => []);
  for (let k = 0; k < rounds * widgets.length; k++) {
    const i = k % widgets.length, w = widgets[i];
    w.style.display = 'none';
    w.offsetHeight;
    const t0 = performance.now();
    w.style.display = '';
    w.offsetHeight;
    times[i].push(performance.now() - t0);
  }
  return widgets.map((w, i) => ({
    elements: w.querySelectorAll('*').length,
    height: w.offsetHeight,
    mean: times[i].reduce((a, b) => a + b, 0) / rounds,
    median: times[i].sort((a, b) => a - b)[rounds >> 1],
  }));
}, ROUNDS);
await browser.close();
server.close();
fs.rmSync(site, { recursive: true, force: true });

console.log(`Chromium ${browser.version()}, ${os.cpus().length} × ${os.cpus()[0].model}; style and layout of the pre-rendered widget at 390 px, ${ROUNDS} times each, in turn`);
console.log(`${'build'.padEnd(40)} ${'mean'.padStart(8)} ${'median'.padStart(8)} ${'elements'.padStart(9)} ${'height'.padStart(8)}`);
dirs.forEach((d, i) => {
  const r = results[i];
  console.log(`${path.relative(process.cwd(), d).padEnd(40)} ${r.mean.toFixed(3).padStart(5)} ms ${r.median.toFixed(1).padStart(5)} ms ${String(r.elements).padStart(9)} ${String(r.height).padStart(5)} px`);
});

// Browser benchmarks in Debian's Chromium (playwright-core) against the
// built demo pages on 127.0.0.1: load (with the reference page beside it),
// layout shift, input latency, language switch, stream change, memory.
// Usage: node bench/browser.mjs [runs=20]   (make bench-browser)
import { serve, launch } from '../tests/e2e/harness.mjs';
import os from 'node:os';

const RUNS = Number(process.argv[2] || 20);
const EDITS = 1000;

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { n: s.length, median: q(0.5), p95: q(0.95), min: s[0], max: s[s.length - 1] };
};
const ms = (x) => x.toFixed(1).padStart(7);
const row = (name, xs, unit = 'ms') => {
  const t = stats(xs);
  console.log(`${name.padEnd(44)} ${ms(t.median)} ${ms(t.min)} ${ms(t.max)} ${ms(t.p95)}  ${unit}  (n=${t.n})`);
  return t;
};

const { server, origin } = await serve();
const browser = await launch();
console.log(`Chromium ${browser.version()}, ${os.cpus().length} × ${os.cpus()[0].model}, Node ${process.version}`);
console.log(`${''.padEnd(44)} ${'median'.padStart(7)} ${'min'.padStart(7)} ${'max'.padStart(7)} ${'p95'.padStart(7)}`);

// Times from navigation start, in the page's own clock.
const INIT = () => {
  window.__t = {};
  document.addEventListener('DOMContentLoaded', () => { window.__t.dcl = performance.now(); });
  window.addEventListener('load', () => { window.__t.load = performance.now(); });
  document.addEventListener('cp-funding-estimator-ready', () => { window.__t.ready ??= performance.now(); }, true);
  window.__cls = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
};

async function loadOnce(reference) {
  const context = await browser.newContext(); // a new context: a cold cache
  const page = await context.newPage();
  await page.addInitScript(INIT);
  if (reference) {
    // The same page with the widget (element and script) taken out.
    await page.route('**/index.html', async (route) => {
      const res = await route.fetch();
      const body = (await res.text())
        .replace(/<script type="module"[^>]*><\/script>/, '')
        .replace(/<cp-funding-estimator[\s\S]*?<\/cp-funding-estimator>/, '');
      await route.fulfill({ response: res, body });
    });
  }
  await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
  if (!reference) await page.waitForFunction(() => window.__t.ready !== undefined);
  const t = await page.evaluate(() => ({ ...window.__t, cls: window.__cls }));
  await context.close();
  return t;
}

const load = { ref: [], dcl: [], ready: [], afterDcl: [], cls: [], refLoad: [], widgetLoad: [] };
for (let i = 0; i < RUNS; i++) {
  // Alternate, so drift on a noisy machine hits both alike.
  const r = await loadOnce(true);
  const w = await loadOnce(false);
  load.ref.push(r.dcl); load.refLoad.push(r.load);
  load.dcl.push(w.dcl); load.widgetLoad.push(w.load);
  load.ready.push(w.ready); load.afterDcl.push(w.ready - w.dcl);
  load.cls.push(w.cls);
}
console.log('Load (cold cache, from navigation start)');
row('  reference page (no widget): DOMContentLoaded', load.ref);
row('  reference page (no widget): load', load.refLoad);
row('  demo page: DOMContentLoaded', load.dcl);
row('  demo page: load', load.widgetLoad);
row('  demo page: widget interactive', load.ready);
row('  widget interactive after DOMContentLoaded', load.afterDcl);
row('  cumulative layout shift', load.cls, '');

// Input latency: from the input event to the new amount in the DOM.
const context = await browser.newContext();
const page = await context.newPage();
await page.addInitScript(INIT);
await page.goto(`${origin}/index.html`);
await page.waitForFunction(() => window.__t.ready !== undefined);
const cdp = await context.newCDPSession(page);
const memory = async () => {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(async () => (await import('./pkg/cp_estimator.js')).memoryBytes());
  return { js: heap.usedSize, wasm };
};
// A case whose answer has an amount: a business, its factory, a stream.
const w = page.locator('cp-funding-estimator');
await w.getByLabel('Application date').fill('2018-05-01'); // a phase with three streams
await w.getByRole('group', { name: 'Who is applying?' }).getByRole('radio', { name: 'A Hong Kong business with a factory or workshop' }).check();
await w.getByRole('group', { name: 'Where is the factory?' }).getByRole('radio', { name: 'Hong Kong' }).check();
await w.getByRole('group', { name: 'How is the business tied to the factory?' }).getByRole('radio', { name: /owns and operates a factory in Hong Kong/ }).check();
await w.getByRole('group', { name: /Business Registration Ordinance/ }).getByRole('radio', { name: 'Yes', exact: true }).check();
await w.getByRole('group', { name: 'What kind of project is it?' }).getByRole('radio').first().check();
const typeCosts = (offset) => page.evaluate(async ([n, offset]) => {
  const root = document.querySelector('cp-funding-estimator').shadowRoot;
  const input = root.querySelector('input[name="c"]');
  const echo = root.querySelector('.cpfe-echo');
  const out = [];
  for (let i = 0; i < n; i++) {
    const value = String(100_000 + (offset + i) * 1_013);
    const want = '= HK$' + Number(value).toLocaleString('en-US');
    const t0 = performance.now();
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    for (let k = 0; k < 10_000 && echo.textContent !== want; k++) await Promise.resolve();
    if (echo.textContent !== want) throw new Error(`no echo for ${value}: ${echo.textContent}`);
    out.push(performance.now() - t0);
  }
  return out;
}, [EDITS, offset]);
const mem0 = await memory();
const edits = await typeCosts(0);
const mem1 = await memory();
await typeCosts(EDITS);
const mem2 = await memory();
console.log(`Input latency over ${EDITS} edits (input event to amount in the DOM)`);
row('  cost field edit', edits);

const switches = await page.evaluate(async (n) => {
  const root = document.querySelector('cp-funding-estimator').shadowRoot;
  const out = { lang: [], stream: [] };
  const title = () => root.querySelector('.cpfe-title').textContent;
  for (let i = 0; i < n; i++) {
    const langs = root.querySelectorAll('.cpfe-langs button');
    const target = langs[(i + 1) % 3];
    const was = title();
    let t0 = performance.now();
    target.click();
    for (let k = 0; k < 10_000 && title() === was; k++) await Promise.resolve();
    out.lang.push(performance.now() - t0);
    const radios = root.querySelectorAll('input[name="p"]');
    const headline = () => root.querySelector('.cpfe-headline')?.textContent;
    const h = headline();
    const next = [...radios].find((r) => !r.checked);
    if (!next) continue;
    t0 = performance.now();
    next.click();
    for (let k = 0; k < 10_000 && headline() === h; k++) await Promise.resolve();
    out.stream.push(performance.now() - t0);
  }
  return out;
}, 30);
row('  language switch (click to new title)', switches.lang);
if (switches.stream.length) row('  stream change (click to new headline)', switches.stream);

const kib = (x) => `${(x / 1024).toFixed(0).padStart(6)} KiB`;
console.log(`Memory after GC: before, after ${EDITS} and after ${2 * EDITS} edits`);
console.log(`  JS heap used        ${kib(mem0.js)} ${kib(mem1.js)} ${kib(mem2.js)}`);
console.log(`  wasm linear memory  ${kib(mem0.wasm)} ${kib(mem1.wasm)} ${kib(mem2.wasm)}`);
// Mount and destroy cycles: what Yew keeps per mounted app (see RELIABILITY.md).
const cycles = 200;
const mounts = await page.evaluate(async (n) => {
  const { mount } = await import('./cp-funding-estimator.js');
  const pkg = await import('./pkg/cp_estimator.js');
  const host = document.createElement('div');
  document.body.append(host);
  const run = async () => { for (let i = 0; i < n; i++) (await mount(host, { lang: 'en' })).destroy(); };
  await run(); // warm the allocator
  const before = pkg.memoryBytes();
  await run();
  return { before, after: pkg.memoryBytes() };
}, cycles);
console.log(`  wasm after ${cycles} more mount/destroy cycles: ${kib(mounts.before)} -> ${kib(mounts.after)}`);
await context.close();
await browser.close();
server.close();

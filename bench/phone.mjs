// Load on a phone-like profile, as users on a mobile network get it:
// Chromium's network emulation (150 ms round trip, 1.6 Mbit/s down,
// 750 kbit/s up) and 4× CPU slowdown through CDP, files served by cp-serve
// (brotli, as a CDN would), a cold cache each load. The demo page and the
// smallest Yew widget (bench/yew-floor, built by bench/floor.sh) are loaded
// alternately in the same run. Medians of N loads each (default 10).
// Usage: [PHONE_CPU=4] [PHONE_ORDER=1] [PHONE_AB=DIR] node bench/phone.mjs [runs=10]   (make bench-phone)
// PHONE_ORDER=1 also prints each request's start and end in the last load.
// PHONE_AB=DIR: an A/B run instead: another build's www/ (DIR) in place of
// the floor, alternating with this one, back to back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, launch, root, www, PHONE, phonePage } from '../tests/e2e/harness.mjs';

const RUNS = Math.max(10, Number(process.argv[2] || 10));
const PROFILE = { ...PHONE, cpuSlowdown: Number(process.env.PHONE_CPU || 4) }; // PHONE_CPU=1: network only

// A site with the demo (a copy of www/) and the floor widget beside it.
const site = fs.mkdtempSync(path.join(os.tmpdir(), 'cpfe-phone-'));
fs.cpSync(www, path.join(site, 'widget'), { recursive: true });
const AB = process.env.PHONE_AB;
const floorPkg = path.join(root, 'target/yew-floor/pkg');
if (AB) fs.cpSync(AB, path.join(site, 'floor'), { recursive: true });
else if (!fs.existsSync(path.join(floorPkg, 'yew_floor_bg.wasm'))) throw new Error('run bench/floor.sh first (make bench-phone does)');
if (!AB) fs.cpSync(floorPkg, path.join(site, 'floor/pkg'), { recursive: true });
if (!AB) fs.writeFileSync(path.join(site, 'floor/index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Yew floor</title><link rel="icon" href="data:,"><script type="module" src="floor.js"></script></head>
<body><h1>The smallest Yew widget</h1><div id="app"></div></body></html>
`);
if (!AB) fs.writeFileSync(path.join(site, 'floor/floor.js'), `import init, { mount } from './pkg/yew_floor.js';
await init({ module_or_path: new URL('pkg/yew_floor_bg.wasm', import.meta.url) });
mount(document.getElementById('app'));
await new Promise((r) => requestAnimationFrame(r));
document.dispatchEvent(new Event('cp-funding-estimator-ready'));
`);
execFileSync('node', [path.join(root, 'tools/precompress.mjs'), site], { stdio: 'ignore' });

const INIT = () => {
  window.__t = {};
  document.addEventListener('DOMContentLoaded', () => {
    window.__t.dcl = performance.now();
    // The pre-rendered form: is its cost field there and usable now?
    const input = document.querySelector('cp-funding-estimator')?.shadowRoot?.querySelector('input[name="c"]');
    if (input && !input.closest('[inert]') && !input.disabled) window.__t.input = performance.now();
  });
  document.addEventListener('cp-funding-estimator-ready', () => {
    if (window.__t.ready !== undefined) return;
    window.__t.ready = performance.now();
    window.__cpfeReady?.(''); // tells the bench (a CDP binding: see loadOnce)
  }, true);
  window.__cls = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
};

const { server, origin } = await serve(site);
const browser = await launch();
const version = browser.version();

async function loadOnce(url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const { page, cdp } = await phonePage(context);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  await page.addInitScript(INIT);
  // Ready reaches the bench through a CDP binding, not page.waitForFunction:
  // Playwright's injected script, which waitForFunction needs, takes some
  // 100 ms of the main thread at CPU 4× to compile. It landed before ready
  // in some loads and after it in others, and more often before it in the
  // build whose ready came later after the load event: the noise of an
  // A/B, and a bias in it (BENCHMARKS.md, "Issue 18: ready, measured again").
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: '__cpfeReady' });
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${url}: not ready in 60 s`)), 60_000);
    cdp.on('Runtime.bindingCalled', (e) => { if (e.name === '__cpfeReady') { clearTimeout(timer); resolve(); } });
  });
  await page.goto(url, { waitUntil: 'load' });
  await ready;
  const t = await page.evaluate(() => ({
    ...window.__t,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    wasm: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.responseEnd,
    order: performance.getEntriesByType('resource').map((e) => `${e.name.split('/').pop()} ${e.startTime.toFixed(0)}-${e.responseEnd.toFixed(0)}`).join(', '),
    cls: window.__cls,
  }));
  await context.close();
  return { ...t, bytes };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const runs = { widget: [], floor: [] };
for (let i = 0; i < RUNS; i++) {
  runs.floor.push(await loadOnce(`${origin}/floor/index.html`));
  runs.widget.push(await loadOnce(`${origin}/widget/index.html`));
}
if (process.env.PHONE_ORDER) console.log(`widget's requests (start-end, ms), last load: ${runs.widget.at(-1).order}`);
await browser.close();
server.close();
fs.rmSync(site, { recursive: true, force: true });

const col = (k, rs) => median(rs.map((r) => r[k]).filter((x) => x !== undefined));
console.log(`Phone profile: ${PROFILE.latency} ms RTT, ${(PROFILE.downloadThroughput * 8 / 1e6).toFixed(1)} Mbit/s down, CPU ${PROFILE.cpuSlowdown}× slower; brotli from cp-serve; cold cache; median of ${RUNS} loads`);
console.log(`Chromium ${version}, ${os.cpus().length} × ${os.cpus()[0].model}`);
console.log(`${''.padEnd(34)} ${'widget (demo page)'.padStart(20)} ${(AB ? 'A/B: ' + path.basename(path.resolve(AB, AB.endsWith('www') ? '..' : '.')) : 'yew-floor').padStart(12)}`);
const line = (label, k, unit = 'ms', f = (x) => x.toFixed(0)) => {
  const w = col(k, runs.widget), fl = col(k, runs.floor);
  console.log(`${label.padEnd(34)} ${(w === undefined ? '-' : f(w) + ' ' + unit).padStart(20)} ${(fl === undefined ? '-' : f(fl) + ' ' + unit).padStart(12)}`);
};
line('first contentful paint', 'fcp');
line('pre-rendered input in the page by', 'input');
line('DOMContentLoaded', 'dcl');
line('last byte of the wasm', 'wasm');
line('ready (live widget answers)', 'ready');
line('bytes over the network', 'bytes', 'B', (x) => String(Math.round(x)));
line('cumulative layout shift', 'cls', '', (x) => x.toFixed(3));

// A/B: the difference of the two medians of ready, with a 95% interval
// from resampling the pairs of loads (one of each build, back to back, so a
// drift of the machine moves both): a bootstrap of 2,000 draws, seeded so
// that a run is repeatable. An interval that holds 0 is no difference the
// machine's noise lets us see.
if (AB) {
  const a = runs.widget.map((r) => r.ready), b = runs.floor.map((r) => r.ready);
  let seed = 1;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const draws = Array.from({ length: 2000 }, () => {
    const ix = a.map(() => Math.floor(rand() * a.length));
    return median(ix.map((i) => a[i])) - median(ix.map((i) => b[i]));
  }).sort((x, y) => x - y);
  console.log(`ready, this build minus the other: ${(median(a) - median(b)).toFixed(0)} ms (95% interval ${draws[50].toFixed(0)} to ${draws[1949].toFixed(0)} ms, ${a.length} loads each)`);
}

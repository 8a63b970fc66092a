// One driver for the three engines the browser tests run in: Chromium
// (playwright-core), Firefox ESR (puppeteer-core over WebDriver BiDi) and
// WebKitGTK (MiniBrowser over WebKitWebDriver, under Xvfb; plain W3C
// WebDriver). A test names what it checks once, with `run(page, fn, ...args)`
// (a function evaluated in the page, awaited) and `until(page, fn, what)`
// (polled until true). Every driver call has a timeout and says which
// engine and step failed. A WebKit navigation that never answers is tried
// again, at most twice, in a new WebDriver session, and says so; an
// assertion is never retried. ../../shared/design.md, "Other browser engines".
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';

export const ENGINES = (process.env.CPFE_ENGINES || 'chromium,firefox,webkit').split(',');
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const STEP = 30_000; // ms for any one driver call
// An init script, run in every page before its own scripts where the engine
// allows it (Chromium, Firefox); recorded errors and CSP violations.
const RECORD = `window.__errors = []; addEventListener('error', (e) => window.__errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => window.__errors.push('CSP ' + e.violatedDirective + ' ' + e.blockedURI));
  document.addEventListener('cp-funding-estimator-ready', () => { window.__ready = (window.__ready || 0) + 1; }, true);
  document.addEventListener('cp-funding-estimator-error', (e) => { window.__errors.push('error event ' + e.detail.reason); }, true);`;

// W3C WebDriver's code points for the keys the tests press.
const KEYS = { Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Space: '\uE00D', ArrowLeft: '\uE012', ArrowDown: '\uE015' };
// A key as Playwright names it ("Tab", "Shift+Tab"): the modifiers, then the key.
const chord = (key) => key.split('+');

const timed = (promise, ms, what) => {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms); })])
    .finally(() => clearTimeout(timer));
};
const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); }).on('error', reject);
});

/** Starts an engine; `open(url, {width, height, fresh})` gives a page (`fresh`: with a cold cache). */
export async function start(engine) {
  if (engine === 'chromium') return chromiumEngine();
  if (engine === 'firefox') return firefoxEngine();
  if (engine === 'webkit') return webkitEngine();
  throw new Error(`unknown engine ${engine}`);
}

async function chromiumEngine() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  return {
    name: 'chromium',
    async open(url, { width = 1280, height = 900 } = {}) {
      // A new context each time: a cold cache.
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.addInitScript(RECORD);
      await timed(page.goto(url), STEP, `chromium: open ${url}`);
      return { engine: 'chromium', eval: (expr) => timed(page.evaluate(expr), STEP, 'chromium: script'),
        press: (key) => timed(page.keyboard.press(key), STEP, `chromium: key ${key}`),
        type: (text) => timed(page.keyboard.type(text), STEP, 'chromium: typing'),
        pdf: () => timed(page.pdf({ format: 'A4' }), STEP, 'chromium: print'),
        // What Chromium tells a screen reader of each of `window.__controls`
        // (set by the page's script): its computed role and name (CDP).
        exposed: async (count) => {
          const cdp = await context.newCDPSession(page);
          const out = [];
          for (let i = 0; i < count; i++) {
            const { result } = await cdp.send('Runtime.evaluate', { expression: `window.__controls[${i}]` });
            const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
            const n = nodes.find((x) => !x.ignored) || nodes[0];
            out.push({ role: n.role?.value, name: (n.name?.value || '').replace(/\s+/g, ' ').trim() });
          }
          await cdp.detach();
          return out;
        },
        close: () => context.close() };
    },
    close: () => browser.close(),
  };
}

// puppeteer presses one key at a time: the modifiers are held down around it.
const press = async (keyboard, key) => {
  const keys = chord(key).map((k) => (k === 'Space' ? ' ' : k));
  for (const k of keys.slice(0, -1)) await keyboard.down(k);
  await keyboard.press(keys.at(-1));
  for (const k of keys.slice(0, -1).reverse()) await keyboard.up(k);
};

async function firefoxEngine() {
  let browser = null;
  const launch = (width, height) => puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
    headless: true, args: [`--width=${width}`, `--height=${height}`], defaultViewport: null });
  return {
    name: 'firefox',
    async open(url, { width = 1280, height = 900, fresh = false } = {}) {
      // The window's size is set at launch (ESR cannot emulate a viewport):
      // a new size, or `fresh` (a cold cache), is a new browser.
      const size = `${width}x${height}`;
      if (browser && (fresh || browser.size !== size)) { await browser.close(); browser = null; }
      if (!browser) { browser = await timed(launch(width, height), 60_000, 'firefox: launch'); browser.size = size; }
      const page = await browser.newPage();
      await page.evaluateOnNewDocument(RECORD);
      await timed(page.goto(url), STEP, `firefox: open ${url}`);
      return { engine: 'firefox', eval: (expr) => timed(page.evaluate(expr), STEP, 'firefox: script'),
        press: (key) => timed(press(page.keyboard, key), STEP, `firefox: key ${key}`),
        type: (text) => timed(page.keyboard.type(text), STEP, 'firefox: typing'),
        pdf: async () => Buffer.from(await timed(page.pdf({ format: 'A4' }), STEP, 'firefox: print')),
        // Firefox over WebDriver BiDi has no computed role or label: each
        // control is looked for in Firefox's own accessibility tree by the
        // role and name wanted (BiDi's accessibility locator, puppeteer's
        // ::-p-aria); found, it is exposed so; not found, it is not.
        // `found(role, name)`: the indices in `window.__controls` of what
        // Firefox exposes with that role and name (one query, one script).
        found: async (role, name) => {
          const q = `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`;
          // From inside the shadow root: from the page, the locator does not
          // reach into it.
          const inside = await page.evaluateHandle(() => document.querySelector('cp-funding-estimator').shadowRoot.querySelector('.cpfe'));
          const hits = await timed(inside.$$(q), STEP, `firefox: ${q}`);
          return hits.length ? timed(page.evaluate((...els) => els.map((e) => window.__controls.indexOf(e)), ...hits), STEP, 'firefox: script') : [];
        },
        close: () => page.close() };
    },
    close: async () => { if (browser) await browser.close(); },
  };
}

async function webkitEngine() {
  const display = `:${100 + Math.floor(Math.random() * 800)}`;
  const xvfb = spawn('Xvfb', [display, '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  let driver = null, port = 0, session = null;
  const call = async (method, path, body, what, ms = STEP) => {
    let r;
    try {
      r = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers: { 'content-type': 'application/json' },
        body: body && JSON.stringify(body), signal: AbortSignal.timeout(ms) });
    } catch (e) { throw new Error(`webkit: ${what}: ${e.name === 'TimeoutError' ? `no answer in ${ms} ms` : e.message}`); }
    const j = await r.json();
    if (!r.ok) throw new Error(`webkit: ${what}: ${JSON.stringify(j.value)}`);
    return j.value;
  };
  // A driver and a session of its own; the driver is up when /status says so.
  const boot = async () => {
    if (driver) driver.kill();
    port = await freePort();
    driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
    for (let i = 0; ; i++) {
      try { if ((await call('GET', '/status', null, 'status', 1000)).ready) break; } catch (e) { if (i > 100) throw e; }
      await new Promise((r) => setTimeout(r, 100)); // deliberate pacing of a poll: the state waited for is /status ready
    }
    // 'normal' (navigation answers at the load event): with 'eager' the
    // first script after a navigation went unanswered in 2 of 5 here.
    const s = await call('POST', '/session', { capabilities: { alwaysMatch: { pageLoadStrategy: 'normal',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } } }, 'new session', 60_000);
    session = s.sessionId;
  };
  const exec = async (expr, what, ms = STEP) => {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => ${expr}).then((v) => done({ v }), (e) => done({ e: String(e && e.stack || e) }));`;
    const out = await call('POST', `/session/${session}/execute/async`, { script, args: [] }, what, ms);
    if (out && 'e' in out) throw new Error(`webkit: in the page: ${out.e}`);
    return out?.v;
  };
  return {
    name: 'webkit',
    // The window keeps MiniBrowser's size: resizing it made the next script
    // hang now and then (1 of 12 here), and WebKitGTK cannot go below about
    // 447 px anyway; narrow layouts are checked in Chromium.
    async open(url, { fresh = false } = {}) {
      if (fresh && session) { await call('DELETE', `/session/${session}`, null, 'end session', 5000).catch(() => {}); session = null; }
      // The navigation and the first script after it: a step the driver
      // sometimes never answers. Tried again in a new driver and session.
      for (let attempt = 1; ; attempt++) {
        try {
          if (!session) await boot();
          await call('POST', `/session/${session}/url`, { url }, `open ${url}`);
          // No init script in WebDriver: the recorder starts once the page is there.
          await call('POST', `/session/${session}/execute/sync`, { script: RECORD.replace('window.__errors = [];', 'window.__errors = window.__errors || [];'), args: [] },
            `recorder on ${url}`, 10_000);
          break;
        } catch (e) {
          if (attempt >= 3 || !/no answer/.test(e.message)) throw e;
          console.log(`# ${e.message}; retrying in a new WebDriver session (${attempt} of 2)`);
          session = null;
        }
      }
      // Keys as WebDriver's actions: each chord's keys down, then up in
      // reverse (W3C WebDriver's code points for the named keys).
      const actions = (chords, what) => call('POST', `/session/${session}/actions`, { actions: [{ type: 'key', id: 'keyboard',
        actions: chords.flatMap((keys) => [...keys.map((k) => ({ type: 'keyDown', value: KEYS[k] ?? k })),
          ...[...keys].reverse().map((k) => ({ type: 'keyUp', value: KEYS[k] ?? k }))]) }] }, what);
      // No `pdf`: WebKitWebDriver has no Print command (`printable`).
      return { engine: 'webkit', eval: (expr) => exec(expr, 'script'),
        // WebDriver's Get Computed Role and Get Computed Label, for each of
        // `window.__controls`: what WebKit tells a screen reader.
        exposed: async (count) => {
          const els = await call('POST', `/session/${session}/execute/sync`, { script: 'return window.__controls', args: [] }, 'controls');
          assert.equal(els.length, count);
          const out = [];
          for (const el of els) {
            const id = Object.values(el)[0];
            out.push({ role: await call('GET', `/session/${session}/element/${id}/computedrole`, null, 'computed role'),
              name: String(await call('GET', `/session/${session}/element/${id}/computedlabel`, null, 'computed label')).replace(/\s+/g, ' ').trim() });
          }
          return out;
        },
        press: (key) => actions([chord(key)], `key ${key}`),
        type: (text) => actions([...text].map((c) => [c]), 'typing'),
        close: async () => {} };
    },
    close: async () => {
      if (session) await call('DELETE', `/session/${session}`, null, 'end session', 5000).catch(() => {});
      if (driver) driver.kill();
      xvfb.kill();
    },
  };
}

/** Evaluates `fn` (sent as its source, so it closes over nothing) in the page with `args` (JSON). */
export const run = (page, fn, ...args) => page.eval(`(${fn})(...${JSON.stringify(args)})`);

/** Polls `fn(...args)` in the page, a frame at a time, until it returns a truthy value (at most `ms`). */
export async function until(page, fn, what, { ms = 20_000, args = [] } = {}) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await run(page, fn, ...args);
    if (v) return v;
    if (Date.now() > end) throw new Error(`${page.engine}: ${what}: not within ${ms} ms`);
    await run(page, () => new Promise((r) => requestAnimationFrame(() => r())));
  }
}

/** Whether the engine's driver can print to PDF (WebKitWebDriver cannot). */
export const printable = (engine) => engine !== 'webkit';

export const available = (engine) => ({
  chromium: () => fs.existsSync(process.env.CHROMIUM || '/usr/bin/chromium'),
  firefox: () => fs.existsSync(process.env.FIREFOX || '/usr/bin/firefox-esr'),
  webkit: () => fs.existsSync(MINIBROWSER) && fs.existsSync('/usr/bin/WebKitWebDriver'),
}[engine]());

// The functional checks in every engine: Chromium, Firefox ESR, WebKitGTK
// (tests/e2e/engines.mjs). Each check is written once and run per engine.
// The rest of tests/e2e/ (Playwright, Chromium only) goes deeper: axe,
// keyboard-only use, the phone profile, print, typing before the wasm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, bundle, bundleSite } from './harness.mjs';
import { ENGINES, available, start, run, until } from './engines.mjs';

let server, origin, requests;
const dist = {};
before(async () => {
  ({ server, origin, requests } = await serve(undefined, { log: true }));
  assert.ok(bundle, 'dist/cp-funding-estimator-<version>/ (make dist builds it)');
  dist.dir = bundleSite().dir;
  Object.assign(dist, await serve(dist.dir, { log: true }));
});
after(() => { server.close(); dist.server?.close(); fs.rmSync(dist.dir, { recursive: true, force: true }); });

// Each of `files` (paths) was requested exactly once.
const once = (log, files, what) => {
  for (const f of files) assert.equal(log.filter((r) => r === f).length, 1, `${what}: ${f} requested ${log.filter((r) => r === f).length} times`);
};

// In the page: the widget's state as a person would read it off the screen.
// `need`: null until the figures are shown (`figures`), in that language (`lang`).
const state = (need = {}) => {
  const root = document.querySelector('cp-funding-estimator')?.shadowRoot?.querySelector('.cpfe');
  if (!root || root.getAttribute('aria-busy')) return null;
  const text = (q) => root.querySelector(q)?.innerText?.trim() || null;
  const s = { lang: root.getAttribute('lang'), headline: text('.cpfe-headline'), figures: text('.cpfe-figures'),
    cost: root.querySelector('input[name="c"]')?.value ?? null, errors: window.__errors || [] };
  if ((need.figures && !s.figures) || (need.lang && s.lang !== need.lang)) return null;
  return s;
};
// In the page: answers one question, by its share-link name (radios by
// their contract value), through the events a person's input gives.
const answer = (name, value) => {
  const root = document.querySelector('cp-funding-estimator').shadowRoot;
  const radio = root.querySelector(`input[type=radio][name="${name}"][value="${value}"]`);
  const input = radio || root.querySelector(`input[name="${name}"]:not([type=radio])`);
  if (!input) return false;
  if (radio) radio.click();
  else { input.value = value; input.dispatchEvent(new InputEvent('input', { bubbles: true })); }
  return true;
};
const has = (name, value) => !!document.querySelector('cp-funding-estimator').shadowRoot
  .querySelector(value ? `input[name="${name}"][value="${value}"]` : `input[name="${name}"]`);

async function enquiry(page, answers) {
  for (const [name, value] of answers) {
    await until(page, has, `${name}=${value} asked`, { ms: 10_000, args: [name, value] }).catch(() => {});
    assert.ok(await run(page, answer, name, value), `${page.engine}: question ${name}=${value} asked`);
  }
}
// A 2026 enquiry (the demo's date: today) that is eligible: a Hong Kong factory's new-technology demonstration.
const ELIGIBLE = [['k', 'hk_business'], ['g', 'hong_kong'], ['r', 'hk_factory'], ['b', '1'], ['s', 'textiles'],
  ['p', 'new_technology_demonstration'], ['o', 'other'], ['c', '1000000']];
const HEADLINE = { 'index.html': 'You can apply', 'zh-hant.html': '可以申請', 'zh-hans.html': '可以申请', 'staff.html': 'You can apply', 'hostile.html': 'You can apply' };
const FILES = ['/cp-funding-estimator.js', '/pkg/cp_estimator.js', '/pkg/cp_estimator_bg.wasm', '/cp-funding-estimator.css'];

for (const name of ENGINES) {
  const skip = !available(name) && `${name} is not installed (make setup-web installs it)`;

  test(`${name}: each demo page goes live, answers an enquiry, under the CSP, with no error`, { skip }, async () => {
    const engine = await start(name);
    try {
      for (const file of Object.keys(HEADLINE)) {
        const page = await engine.open(`${origin}/${file}`);
        await until(page, state, `${file}: live`);
        await enquiry(page, ELIGIBLE);
        const s = await until(page, state, `${file}: figures shown`, { args: [{ figures: true }] });
        assert.ok(s.headline.includes(HEADLINE[file]), `${name} ${file}: ${s.headline}`);
        assert.match(s.figures, /500,000/, `${name} ${file}: half the cost, under the ceiling`);
        assert.deepEqual(s.errors, [], `${name} ${file}: errors or CSP violations`);
        await page.close();
      }
    } finally { await engine.close(); }
  });

  test(`${name}: one request per file on a cold load, the demo pages and the release bundle`, { skip }, async () => {
    const engine = await start(name);
    try {
      for (const [file, lang] of [['index.html', 'en'], ['zh-hant.html', 'zh-Hant']]) {
        requests.length = 0;
        const page = await engine.open(`${origin}/${file}`, { fresh: true });
        await until(page, state, `${file}: live`);
        once(requests, [...FILES, `/texts/${lang}.txt`], `${name} ${file}`);
        await page.close();
      }
      // The bundle's files, by their hashed names (README.txt's snippet, SRI).
      dist.requests.length = 0;
      const page = await engine.open(`${dist.origin}/pages/enquiry.html`, { fresh: true });
      await until(page, state, 'the bundle: live');
      const files = fs.readdirSync(path.join(dist.dir, 'cpfe', bundle))
        .filter((f) => /\.(js|wasm|css)$/.test(f) || /^texts\.en\./.test(f)).map((f) => `/cpfe/${bundle}/${f}`);
      assert.equal(files.length, 5, files.join(' '));
      once(dist.requests, files, `${name} the bundle`);
      await page.close();
    } finally { await engine.close(); }
  });

  test(`${name}: the language switch keeps the answers; a share link restores the case`, { skip }, async () => {
    const engine = await start(name);
    try {
      const page = await engine.open(`${origin}/index.html`);
      await until(page, state, 'live');
      await enquiry(page, ELIGIBLE);
      await run(page, () => [...document.querySelector('cp-funding-estimator').shadowRoot.querySelectorAll('.cpfe-langs button')]
        .find((b) => b.lang === 'zh-Hant').click());
      const zh = await until(page, state, 'switched to zh-Hant', { args: [{ figures: true, lang: 'zh-Hant' }] });
      assert.equal(zh.cost, '1000000', `${name}: the cost kept`);
      assert.match(zh.headline, /可以申請/);
      const link = await run(page, () => document.querySelector('cp-funding-estimator').shadowRoot.querySelector('.cpfe-print-link').textContent);
      const again = await engine.open(link.replace(/^[^#]*/, `${origin}/index.html`));
      const s = await until(again, state, 'the share link answered', { args: [{ figures: true }] });
      assert.match(s.figures, /500,000/, `${name}: the case reproduced`);
      await again.close();
      await page.close();
    } finally { await engine.close(); }
  });

  test(`${name}: "ready" shows the attributes set during the mount; mount() and update() resolve once shown`, { skip }, async () => {
    const engine = await start(name);
    try {
      const page = await engine.open(`${origin}/index.html`);
      await until(page, state, 'live');
      const early = await run(page, async () => {
        const out = [];
        for (let i = 0; i < 5; i++) {
          const el = document.createElement('cp-funding-estimator');
          const ready = new Promise((r) => el.addEventListener('cp-funding-estimator-ready', r, { once: true }));
          document.body.append(el);
          el.setAttribute('lang', 'zh-Hans');
          el.setAttribute('mode', 'staff');
          await ready;
          const root = el.shadowRoot.querySelector('.cpfe');
          out.push(`${root?.getAttribute('lang')} ${root?.dataset.mode}`);
          el.remove();
        }
        return out;
      });
      assert.deepEqual(early, Array(5).fill('zh-Hans staff'), `${name}: at the ready event`);
      const api = await run(page, async () => {
        const { mount } = await import('./cp-funding-estimator.js');
        const host = document.createElement('div');
        document.body.append(host);
        const h = await mount(host, { lang: 'zh-Hant' });
        const first = host.shadowRoot.querySelector('.cpfe').getAttribute('lang');
        await h.update({ lang: 'en', mode: 'staff', date: '2014-01-10' });
        const root = host.shadowRoot.querySelector('.cpfe');
        const after = `${root.getAttribute('lang')} ${root.dataset.mode} ${root.querySelector('.cpfe-phase').textContent.includes('2013-2015')}`;
        h.destroy();
        return { first, after };
      });
      assert.deepEqual(api, { first: 'zh-Hant', after: 'en staff true' }, name);
      await page.close();
    } finally { await engine.close(); }
  });

  test(`${name}: a host page forcing text properties with !important changes nothing inside`, { skip }, async () => {
    const engine = await start(name);
    const styles = () => {
      const root = document.querySelector('cp-funding-estimator').shadowRoot.querySelector('.cpfe');
      const props = ['letter-spacing', 'word-spacing', 'text-transform', 'text-indent', 'text-align', 'line-height', 'font-style', 'font-variant',
        'font-weight', 'font-stretch', 'text-shadow', 'white-space', 'word-break', 'overflow-wrap', 'font-family', 'color'];
      return ['.cpfe-title', 'legend', '.cpfe-radio label', 'input[name="c"]', '.cpfe-button'].map((q) => {
        const el = root.querySelector(q);
        return el ? props.map((p) => `${q} ${p}: ${getComputedStyle(el).getPropertyValue(p)}`).join('\n') : `${q} missing`;
      }).join('\n');
    };
    try {
      const plain = await engine.open(`${origin}/index.html`);
      await until(plain, state, 'index live');
      const want = await run(plain, styles);
      await plain.close();
      const hostile = await engine.open(`${origin}/hostile.html`);
      await until(hostile, state, 'hostile live');
      assert.equal(await run(hostile, styles), want, `${name}: computed styles inside the widget`);
      assert.doesNotMatch(want, /missing/);
      await hostile.close();
    } finally { await engine.close(); }
  });
}

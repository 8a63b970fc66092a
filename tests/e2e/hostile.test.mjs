// Trying to break the widget: hostile share links, bad attributes, huge and
// strange text, edits faster than a person types, mounting and unmounting
// in every order, and a Rust panic. Each test ends with no console error
// (unless the panic is the point) and a widget that still answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { serve, launch, open, enter, root, checkClean, acceptanceCases, live, COST_ECHO } from './harness.mjs';

let browser, server, origin;
before(async () => { ({ server, origin } = await serve()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });
const clean = (log, page) => checkClean(log, page, origin);
const cases = acceptanceCases();
const normal = cases.find((c) => c.name === 'p3-onsite-below-ceiling');

/** A normal enquiry still gives the engine's answer. */
async function stillAnswers(widget) {
  await widget.getByRole('button', { name: 'Start again' }).click();
  await enter(widget, normal.case);
  assert.match(await widget.locator('.cpfe-headline').innerText(), /You can apply/);
  assert.match(await widget.locator('.cpfe-figures').innerText(), /HK\$20,000/);
}

const PAYLOAD = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
const LINKS = [
  ['garbage', '#cpfe1&%%%&=&==&c=%G1%', true],
  ['truncated', '#cpfe1&k=hk_busin', true],
  ['truncated escape', '#cpfe1&c=%E4%B8', true],
  ['100 KB long', '#cpfe1&c=' + '9'.repeat(100 * 1024), true],
  ['script and img payloads', '#cpfe1&c=' + encodeURIComponent(PAYLOAD) + '&d=' + encodeURIComponent('<img src=x onerror=alert(1)>'), false],
  ['raw markup', '#cpfe1&c=<b>bold</b><svg/onload=window.__pwned=3>', false],
  ['repeated fields', '#cpfe1&k=hk_business&k=trade_association&c=1&c=2', true],
  ['unknown fields', '#cpfe1&zz=1&__proto__=x&constructor=y', true],
  ['not ours', '#section-2', false],
];

for (const [name, fragment, problem] of LINKS) {
  test(`share link: ${name}`, async () => {
    const { context, page, widget, log } = await open(browser, origin, 'index.html' + fragment);
    const warning = widget.getByText('The link you opened could not be read in full');
    assert.equal(await warning.count(), problem ? 1 : 0, 'says whether the link was understood');
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing executed');
    const markup = await widget.locator('script, img, b, [onerror], [onload]').count();
    assert.equal(markup, 0, 'no markup from the link rendered');
    if (name.includes('payload')) {
      assert.equal(await widget.getByLabel('Estimated project cost (HK$)').inputValue(), PAYLOAD, 'kept as text');
    }
    await stillAnswers(widget);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await clean(log, page);
    await context.close();
  });
}

test('invalid attributes fall back to the defaults and say so once', async () => {
  const { context, page, widget, log } = await open(browser, origin, 'index.html');
  await page.evaluate(() => {
    const el = document.createElement('cp-funding-estimator');
    el.id = 'bad';
    el.setAttribute('lang', 'xx');
    el.setAttribute('mode', 'root');
    el.setAttribute('date', '2019-13-45');
    document.querySelector('main').append(el);
  });
  const bad = page.locator('#bad');
  await bad.getByRole('heading', { level: 2 }).waitFor();
  assert.equal(await bad.locator('.cpfe').getAttribute('lang'), 'en');
  assert.equal(await bad.locator('.cpfe[data-mode=staff]').count(), 0, 'public mode');
  assert.equal(await bad.getByLabel('Application date').count(), 1, 'date not pinned');
  // Updates with the same bad values do not repeat the warnings.
  await page.evaluate(() => { const el = document.querySelector('#bad'); el.setAttribute('mode', 'ROOT'); el.setAttribute('mode', 'root'); el.setAttribute('lang', 'xx'); });
  // Updates are applied in order: once a later one is shown, these were read.
  await page.evaluate(() => document.querySelector('#bad').setAttribute('lang', 'zh-Hant'));
  await bad.locator('.cpfe[lang="zh-Hant"]').waitFor();
  await page.evaluate(() => document.querySelector('#bad').setAttribute('lang', 'xx'));
  await bad.locator('.cpfe[lang="en"]').waitFor();
  const mine = log.warnings.filter((w) => w.startsWith('cp-funding-estimator:'));
  assert.deepEqual(mine.map((w) => w.match(/^cp-funding-estimator: (\w+)=/)[1]).sort(), ['date', 'lang', 'mode', 'mode'],
    `one warning per bad value: ${mine.join(' | ')}`);
  await stillAnswers(bad);
  await clean(log, page);
  await context.close();
});

test('a 10,000-character paste, emoji, right-to-left text and control characters in every text field', async () => {
  const { context, page, widget, log } = await open(browser, origin, 'index.html');
  // A tie (d) that passes: a refused applicant is not asked for a project.
  await enter(widget, cases.find((c) => c.case.applicant?.route === 'gd_resident_majority' && c.expect.verdict === 'eligible').case);
  await widget.getByRole('radiogroup', { name: 'What kind of project is it?' }).getByRole('radio', { name: 'On-site improvement assessment' }).check();
  await widget.getByRole('radiogroup', { name: /had a Programme-funded on-site assessment before/ }).getByRole('radio', { name: 'Yes', exact: true }).check();
  // (The application date is a date input: the browser itself takes only dates.)
  const fields = ['Estimated project cost (HK$)', /of the Mainland enterprise/, /of the Hong Kong business/,
    /earlier Programme-funded on-site assessment completed/];
  const texts = ['８'.repeat(10_000), '💰🏭 HK$ 1,000 👍🏽', 'مرحبا \u202Eevil\u202C עברית 100', 'a\u0000b\u0007c\u001bd\u007f 5'];
  for (const text of texts) {
    for (const label of fields) {
      const input = widget.getByLabel(label);
      await input.fill(text);
      const kept = await input.inputValue();
      assert.equal(kept, text.slice(0, 10_000), `${label}: what was typed is kept`);
    }
    await widget.getByRole('button', { name: 'Show my estimate' }).click();
    const summary = widget.getByRole('alert').filter({ hasText: 'There is a problem' });
    assert.equal(await summary.count(), 1, 'the error summary says what is wrong');
    assert.ok((await summary.getByRole('link').count()) >= 4, 'one link per field in error');
  }
  await stillAnswers(widget);
  await clean(log, page);
  await context.close();
});

test('500 edits a second on the cost field: the amount shown matches the final text', async () => {
  const { context, page, widget, log } = await open(browser, origin, 'index.html');
  await enter(widget, normal.case);
  const last = await page.evaluate(async () => {
    const input = document.querySelector('cp-funding-estimator').shadowRoot.querySelector('input[inputmode="decimal"][name="c"]');
    let text = '';
    for (let i = 0; i < 1000; i++) {
      text = String(10_000 + i * 37);
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      if (i % 2 === 1) await new Promise((r) => setTimeout(r, 4)); // deliberate pacing: 2 edits per ~4 ms (500 a second)
    }
    return text;
  });
  const amount = Number(last);
  await widget.locator(COST_ECHO).filter({ hasText: `= HK$${amount.toLocaleString('en-US')}` }).waitFor({ timeout: 2000 });
  const half = Math.floor(amount * 50) / 100;
  assert.match(await widget.locator('.cpfe-figures').innerText(), new RegExp(`HK\\$${half.toLocaleString('en-US').replace('.', '\\.')}`));
  await clean(log, page);
  await context.close();
});

test('removed and added back, mounted twice on one element, 20 widgets on a page: each works, no listener leaks', async () => {
  const { context, page, widget, log } = await open(browser, origin, 'index.html');
  const count = () => page.evaluate(() => window.__liveListeners());
  const withOne = await count();
  // Listeners go when Yew has torn a widget down: wait for that state, a
  // frame at a time for at most 300 frames, then assert the count as it is.
  // (Not page.waitForFunction: its own listeners would be counted.)
  const back = async (message) => {
    for (let i = 0; i < 300 && await count() !== withOne; i++) await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    assert.equal(await count(), withOne, message);
  };
  // Removed and added back, ten times, each time until it is live again.
  for (let i = 0; i < 10; i++) {
    await page.evaluate(() => { const el = document.querySelector('cp-funding-estimator'); const p = el.parentNode; el.remove(); p.append(el); });
    await live(widget);
  }
  await back('no listeners left behind by remove/add');
  await stillAnswers(widget);
  // Mounted twice on one element: the second replaces the first.
  const twice = await page.evaluate(async () => {
    const { mount } = await import('./cp-funding-estimator.js');
    const host = document.createElement('div');
    document.body.append(host);
    const a = await mount(host, { lang: 'en' });
    const b = await mount(host, { lang: 'zh-Hans' });
    a.update({ lang: 'zh-Hant' }); // the replaced handle does nothing
    const widgets = host.shadowRoot.querySelectorAll('.cpfe').length;
    const lang = host.shadowRoot.querySelector('.cpfe').getAttribute('lang');
    b.destroy(); a.destroy();
    host.remove();
    return { widgets, lang };
  });
  assert.deepEqual(twice, { widgets: 1, lang: 'zh-Hans' });
  await back('no listeners left behind by mount twice');
  // Twenty widgets, each answering on its own.
  await page.evaluate(() => {
    const box = document.createElement('div');
    box.id = 'many';
    for (let i = 0; i < 20; i++) box.append(document.createElement('cp-funding-estimator'));
    document.body.append(box);
  });
  const many = page.locator('#many cp-funding-estimator');
  for (let i = 0; i < 20; i++) await many.nth(i).getByRole('heading', { level: 2 }).waitFor();
  const perWidget = (await count() - withOne) / 20;
  for (const i of [0, 7, 19]) {
    await many.nth(i).getByLabel('Estimated project cost (HK$)').fill(String(1000 * (i + 1)));
  }
  for (const i of [0, 7, 19]) {
    assert.equal(await many.nth(i).locator(COST_ECHO).innerText(), `= HK$${(1000 * (i + 1)).toLocaleString('en-US')}`);
  }
  assert.equal(await many.nth(1).locator(COST_ECHO).innerText(), '', 'the others untouched');
  await page.evaluate(() => document.querySelector('#many').remove());
  await back(`20 widgets removed: every listener gone (${perWidget} per widget)`);
  await stillAnswers(widget);
  await clean(log, page);
  await context.close();
});

test('a Rust panic replaces the widget with a message and the hotline, in the page\'s language', async () => {
  const pkg = path.join(root, 'target/panic-test-pkg');
  assert.ok(fs.existsSync(path.join(pkg, 'cp_estimator_bg.wasm')), 'the panic-test build (make test builds it)');
  for (const [file, lang, words] of [['index.html', 'en', /stopped working.*hotline on 2788 5588/], ['zh-hant.html', 'zh-Hant', /停止運作.*熱線 2788 5588/]]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.route('**/pkg/cp_estimator.js', (r) => r.fulfill({ path: path.join(pkg, 'cp_estimator.js'), contentType: 'text/javascript' }));
    await page.route('**/pkg/cp_estimator_bg.wasm', (r) => r.fulfill({ path: path.join(pkg, 'cp_estimator_bg.wasm'), contentType: 'application/wasm' }));
    await page.goto(`${origin}/${file}`);
    const widget = page.locator('cp-funding-estimator');
    await live(widget);
    await widget.locator('input[name="c"]').fill('panic!');
    const message = widget.getByRole('alert');
    await message.waitFor();
    assert.match(await message.innerText(), words);
    assert.equal(await message.getAttribute('lang'), lang);
    assert.equal(await widget.locator('form').count(), 0, 'no frozen form left');
    // The release build stops on a panic with a trap; the browser reports it.
    assert.ok(errors.some((e) => /RuntimeError: unreachable/.test(e)), `the trap is reported: ${errors.join(' | ')}`);
    assert.ok(errors.every((e) => /unreachable|RuntimeError/.test(e)), `only the trap: ${errors.join(' | ')}`);
    await context.close();
  }
});

test('a refused clipboard is reported, never announced as copied', async () => {
  const { context, page, widget, log } = await open(browser, origin, 'index.html');
  await enter(widget, normal.case);
  await page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError')); });
  await widget.getByRole('button', { name: 'Copy summary' }).click();
  const status = widget.getByRole('status').filter({ hasText: /./ });
  await status.waitFor();
  assert.match(await status.innerText(), /did not allow copying/);
  await clean(log, page);
  await context.close();
});

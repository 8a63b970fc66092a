// The widget in Debian's Chromium, found by role and label as a person finds things.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { serve, launch, open, enter, hkd, HEADLINES, root, artefacts, checkClean, acceptanceCases, live, phonePage, paper, unreadable, COST_ECHO, lastPhase, literally } from './harness.mjs';

// The last phase in the rule data: the provisional answers name it and its end.
const LAST = lastPhase();

let browser, server, origin;
before(async () => { ({ server, origin } = await serve()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const cases = acceptanceCases();

const clean = (log, page) => checkClean(log, page, origin);

test('acceptance cases entered through the form give the engine\'s answers', async () => {
  const { context, page, widget, log } = await open(browser, origin, 'index.html');
  let checked = 0;
  for (const c of cases) {
    await widget.getByRole('button', { name: 'Start again' }).click();
    const { streamOffered } = await enter(widget, c.case);
    const e = c.expect;
    if (!streamOffered) {
      // The stream is not asked when it does not fit the date's phase, or
      // when the answers already refuse every stream (the form says so).
      const refused = (await widget.locator('.cpfe-headline').textContent()).includes(HEADLINES.ineligible);
      assert.ok(['not_offered', 'no_rule_set'].includes(e.verdict) || (refused && e.verdict === 'ineligible'), `${c.name}: stream missing from the form`);
      if (e.verdict === 'no_rule_set') assert.match(await widget.locator('.cpfe-headline').textContent(), new RegExp(HEADLINES.no_rule_set));
      checked++;
      continue;
    }
    if (e.error) {
      await widget.getByRole('button', { name: 'Show my estimate' }).click();
      const summary = widget.getByRole('alert').filter({ hasText: 'There is a problem' });
      await summary.waitFor();
      assert.equal(await widget.getByLabel('Estimated project cost (HK$)').inputValue(), String(c.case.project.cost), `${c.name}: typed text kept`);
    } else {
      const headline = await widget.locator('.cpfe-headline').textContent();
      assert.ok(headline.includes(HEADLINES[e.verdict]), `${c.name}: ${headline}`);
      if (typeof e.sponsorship === 'string') {
        const figures = await widget.locator('.cpfe-figures').textContent();
        assert.ok(figures.includes(hkd(e.sponsorship)) && figures.includes(hkd(e.applicant_pays)), `${c.name}: ${figures}`);
      }
      if (e.rule_set) assert.ok((await widget.locator('.cpfe-phase').textContent()).includes(e.rule_set), c.name);
      // After the last known phase: the phase line and a notice say the terms are provisional.
      const phase = await widget.locator('.cpfe-phase').textContent();
      assert.equal(phase.includes('provisional'), !!e.provisional, `${c.name}: ${phase}`);
      assert.equal(await widget.locator('.cpfe-notice[data-provisional]').count(), e.provisional ? 1 : 0, c.name);
      // The headline says it, and looks it: dashed where a firm answer's edge is solid.
      assert.equal(headline.endsWith('(provisional)'), !!e.provisional, `${c.name}: ${headline}`);
      const edge = await widget.locator('.cpfe-headline').evaluate((h) => getComputedStyle(h).borderLeftStyle);
      assert.equal(edge, e.provisional ? 'dashed' : 'solid', `${c.name}: the headline's edge`);
      if (e.provisional) {
        assert.match(await widget.locator('.cpfe-notice[data-provisional]').textContent(),
          literally(`The programme's terms after ${LAST.en(LAST.to)} are not in this estimator's sources. These are the terms of the ${LAST.id} phase; confirm with the hotline 2788 5588 before relying on them.`));
      }
    }
    checked++;
  }
  assert.equal(checked, cases.length);
  // "Not offered" as a person meets it: a stream chosen, then a date in another phase.
  await widget.getByRole('button', { name: 'Start again' }).click();
  await enter(widget, cases.find((x) => x.name === 'p3-demo-capped').case);
  await widget.getByLabel('Application date').fill('2021-09-01');
  assert.match(await widget.locator('.cpfe-headline').textContent(), /This phase does not fund this/);
  await widget.getByLabel('Application date').fill('2015-05-01');
  assert.match(await widget.locator('.cpfe-headline').textContent(), /No phase of the programme takes applications on 1 May 2015/);
  await clean(log, page);
  await context.close();
});

// Also in Firefox and WebKit, typed by keys: engines.test.mjs ("money typed by keys"); the error summary's focus there too.
test('every money form is read and echoed; errors are summarised, focused and linked', async () => {
  const { context, page, widget, log } = await open(browser, origin, 'index.html');
  const cost = widget.getByLabel('Estimated project cost (HK$)');
  for (const [typed, echo] of [['250000', 'HK$250,000'], ['250,000', 'HK$250,000'], ['HK$250,000.50', 'HK$250,000.50'], ['$ 1,200,000', 'HK$1,200,000'],
    ['２５００００', 'HK$250,000'], ['1.2m', 'HK$1,200,000'], ['300k', 'HK$300,000'], ['33萬', 'HK$330,000'], ['33万', 'HK$330,000'],
    ['1.5億', 'HK$150,000,000'], ['1.5亿', 'HK$150,000,000'], ['港幣28,000元', 'HK$28,000']]) {
    await cost.fill(typed);
    assert.equal(await widget.locator(COST_ECHO).textContent(), `= ${echo}`, typed);
  }
  for (const [typed, message] of [['1,00,000', /commas are in the wrong place/], ['0', /more than zero/], ['100.001', /two decimal places/],
    ['1,000,000,000,000', /less than HK\$1,000,000,000,000/], ['lots', /not an amount/]]) {
    await cost.fill(typed);
    await widget.getByRole('button', { name: 'Show my estimate' }).click();
    const summary = widget.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className), 'cpfe-error-summary', 'summary takes focus');
    const link = summary.getByRole('link', { name: message });
    await link.click();
    assert.equal(await page.evaluate(() => document.activeElement.shadowRoot.activeElement.name), 'c', 'link focuses the field');
    assert.equal(await cost.inputValue(), typed, 'typed text kept');
    assert.equal(await cost.getAttribute('aria-invalid'), 'true');
  }
  await clean(log, page);
  await context.close();
});

test('the application date is echoed in words, in the page\'s language, so a day/month slip shows', async () => {
  for (const [file, label, words] of [['index.html', 'Application date', ['1 April 2020', '4 January 2020']],
    ['zh-hant.html', '申請日期', ['2020年4月1日', '2020年1月4日']]]) {
    const { context, page, widget, log } = await open(browser, origin, file);
    const date = widget.getByLabel(label);
    const echo = widget.locator('.cpfe-field:has([name=d]) .cpfe-echo');
    for (const [typed, said] of [['2020-04-01', words[0]], ['2020-01-04', words[1]]]) {
      await date.fill(typed);
      await echo.filter({ hasText: said }).waitFor();
      assert.ok(await echo.isVisible(), `${file}: ${typed} echoed on screen`);
      assert.equal(await echo.innerText(), said, `${file}: ${typed}`);
    }
    await page.screenshot({ path: path.join(artefacts, `date-echo-${file.replace('.html', '')}.png`) });
    await clean(log, page);
    await context.close();
  }
});

// Also in Firefox and WebKit: engines.test.mjs ("typing: no error while typing"); the phone profile (no movement) is CDP's, Chromium's.
test('typing: no error and no movement while typing, the error once the person leaves, every unanswered question summarised', async () => {
  const { context, page, widget, log } = await open(browser, origin, 'index.html', { width: 390, height: 844 });
  const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const shownErrors = async () => {
    const out = [];
    for (const e of await widget.locator('.cpfe-error').all()) if (await e.isVisible()) out.push(await e.innerText());
    return out;
  };
  // Nothing answered: every question the answer needs is listed, each a link.
  await widget.getByRole('button', { name: 'Show my estimate' }).click();
  const summary = widget.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.waitFor();
  const lines = await summary.getByRole('link').allInnerTexts();
  assert.equal(lines.length, 3, lines.join(' | '));
  assert.deepEqual(lines.slice(0, 2), ['Answer this question: Who is applying?', 'Answer this question: What kind of project is it?']);
  assert.match(lines[2], /^Enter the estimated project cost/);
  await summary.getByRole('link', { name: /Who is applying/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement.shadowRoot.activeElement.type), 'radio', 'a choice\'s link focuses its first option');
  assert.ok((await shownErrors()).includes('Choose one answer.'), 'beside the unanswered choice');
  await widget.getByRole('button', { name: 'Start again' }).click();
  const c = structuredClone(cases.find((x) => x.name === 'p3-demo-capped').case);
  delete c.project.cost;
  await enter(widget, c);
  const cost = widget.getByLabel('Estimated project cost (HK$)');
  await cost.focus();
  await frame();
  const start = await cost.boundingBox();
  const headline = widget.locator('.cpfe-headline');
  const typed = 'HK$1,200,000';
  let entering = 0;
  for (let n = 1; n <= typed.length; n++) {
    await page.keyboard.type(typed[n - 1]);
    await frame();
    assert.deepEqual(await cost.boundingBox(), start, `the field stays put after "${typed.slice(0, n)}"`);
    assert.deepEqual(await shownErrors(), [], `no error while typing "${typed.slice(0, n)}"`);
    const h = await headline.innerText();
    assert.doesNotMatch(h, /More answers needed/, `"${typed.slice(0, n)}": answered, not missing`);
    if (/You are typing the answer to: What is the estimated project cost\?/.test(h)) entering++;
  }
  assert.ok(entering >= 4, `the headline names the field being typed (${entering} keystrokes)`);
  assert.match(await headline.innerText(), /You can apply/);
  // A half-typed amount, then Tab away: now the error shows, and the answer points to it.
  await cost.fill('');
  await page.keyboard.type('HK$1,2');
  await page.keyboard.press('Tab');
  await frame();
  assert.equal((await shownErrors()).length, 1, 'the error shows once the field is left');
  assert.match(await headline.innerText(), /Check your answer: What is the estimated project cost\?/);
  await page.screenshot({ path: path.join(artefacts, 'typing-left-390.png') });
  // It clears as soon as the text is valid.
  await cost.focus();
  await page.keyboard.type('00,000');
  await frame();
  assert.deepEqual(await shownErrors(), []);
  assert.equal(await cost.inputValue(), 'HK$1,200,000');
  // Spaces between thousands are read.
  await cost.fill('1 200 000');
  assert.equal(await widget.locator(COST_ECHO).innerText(), '= HK$1,200,000');
  await clean(log, page);
  await context.close();
});

test('keyboard only: a whole enquiry to a copied summary', async () => {
  const { context, page, widget, log } = await open(browser, origin, 'index.html');
  await widget.getByLabel('Application date').focus();
  await page.keyboard.type('05012018'); // Chromium's date field: mm dd yyyy
  const tabTo = async (name) => {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const n = await page.evaluate(() => { const a = document.activeElement?.shadowRoot?.activeElement; return a ? (a.labels?.[0]?.textContent || a.textContent || '') : ''; });
      if (n.trim().startsWith(name)) return;
    }
    throw new Error('could not reach ' + name);
  };
  await tabTo('A Hong Kong business'); await page.keyboard.press('Space');
  await tabTo('Guangdong, in the Pearl River Delta'); await page.keyboard.press('ArrowDown');
  await tabTo('(a)'); await page.keyboard.press('Space');
  await tabTo('Yes'); await page.keyboard.press('Space');
  await tabTo('On-site improvement assessment'); await page.keyboard.press('ArrowDown');
  await tabTo('Estimated project cost'); await page.keyboard.type('80,000');
  await page.keyboard.press('Enter');
  const headline = await widget.locator('.cpfe-headline').textContent();
  assert.match(headline, /Demonstration project: You can apply/);
  await tabTo('Copy summary'); await page.keyboard.press('Enter');
  await widget.getByRole('status').filter({ hasText: 'Summary copied, in English.' }).waitFor();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(clip, /HK\$40,000/);
  assert.match(clip, /#cpfe1&/);
  await clean(log, page);
  await context.close();
});

test('language switch keeps every answer; the share link restores the case; staff mode shows all streams', async () => {
  const { context, page, widget, log } = await open(browser, origin, 'index.html');
  const c = cases.find((x) => x.name === 'p4-sector-other').case;
  await enter(widget, c);
  await widget.getByRole('button', { name: '繁體中文' }).click();
  await widget.locator('.cpfe[lang="zh-Hant"]').waitFor();
  assert.equal(await widget.getByRole('status').filter({ hasText: /./ }).textContent(), '估算工具現以繁體中文顯示。');
  assert.match(await widget.locator('.cpfe-headline').textContent(), /個別審批/);
  assert.match(await widget.locator('.cpfe-figures').textContent(), /港幣450,000元/);
  await widget.getByRole('button', { name: '简体中文' }).click();
  await widget.getByRole('button', { name: 'English' }).click();
  assert.equal(await widget.getByLabel('Estimated project cost (HK$)').inputValue(), '900000');
  const link = await widget.getByLabel('Link to this case').inputValue();
  const second = await open(browser, origin, link.slice(origin.length + 1));
  assert.match(await second.widget.locator('.cpfe-headline').textContent(), /Decided case by case/);
  assert.equal(await second.widget.getByLabel('Estimated project cost (HK$)').inputValue(), '900000');
  await clean(second.log, second.page);
  await second.context.close();
  // Staff mode: every stream with rate and ceiling, and a summary language of its own.
  const staff = await open(browser, origin, 'staff.html');
  await enter(staff.widget, cases.find((x) => x.name === 'p3-demo-capped').case);
  const table = staff.widget.getByRole('table');
  // A header, the phase's three streams and technology promotion, an answer of its own.
  assert.equal(await table.getByRole('row').count(), 5);
  assert.match(await table.getByRole('row', { name: /Technology promotion activities/ }).textContent(), /Open to all, free/);
  // A company sees that the association stream is for associations, not just "cannot apply".
  assert.match(await table.getByRole('row', { name: /Organisation support/ }).textContent(), /Associations only/);
  assert.match(await table.textContent(), /Rate.*Ceiling/s);
  await staff.widget.getByRole('group', { name: 'Summary language' }).getByRole('button', { name: '简体中文' }).click();
  await staff.widget.getByRole('button', { name: 'Copy summary' }).click();
  const clip = await staff.page.evaluate(() => navigator.clipboard.readText());
  assert.match(clip, /你可以申请/);
  assert.equal(await staff.widget.locator('.cpfe').getAttribute('lang'), 'en', 'screen stays English');
  // After the last known phase, the staff table and the copied summary carry "provisional".
  await staff.widget.getByRole('button', { name: 'Start again' }).click();
  await enter(staff.widget, cases.find((x) => x.name === 'after-last-phase-provisional').case);
  assert.match(await staff.widget.getByRole('table').locator('caption').textContent(), /provisional/);
  await staff.widget.getByRole('button', { name: 'Copy summary' }).click();
  const provisional = await staff.page.evaluate(() => navigator.clipboard.readText());
  assert.match(provisional, /暂用/);
  assert.match(provisional, literally(`本估算工具的资料并未包括计划在${LAST.zh(LAST.to)}之后的条款`));
  await clean(staff.log, staff.page);
  await staff.context.close();
  await clean(log, page);
  await context.close();
});

test('the hotline: the answer stays in view; the summary\'s language and preview come before Copy; its link opens the public page in that language', async () => {
  const { context, page, widget, log } = await open(browser, origin, 'staff.html', { width: 1280, height: 720 });
  await enter(widget, cases.find((x) => x.name === 'p3-demo-capped').case);
  // Typing the cost again, low on the form: the amount is on screen beside it.
  const cost = widget.getByLabel('Estimated project cost (HK$)');
  await cost.focus();
  await cost.fill('');
  await page.keyboard.type('900000');
  const onScreen = (el) => {
    const r = el.getBoundingClientRect();
    const hit = el.getRootNode().elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return el.checkVisibility() && r.top >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && (hit === el || el.contains(hit));
  };
  assert.ok(await cost.evaluate(onScreen), 'the cost field is on screen');
  // The staff answer gives the amounts in the table of every stream, the asked one marked.
  const amount = widget.locator('tr[aria-current] td').filter({ hasText: 'HK$330,000' }).first();
  assert.ok(await amount.evaluate(onScreen), 'the amount is on screen while the cost is typed');
  assert.ok(await widget.locator('.cpfe-headline').evaluate(onScreen), 'so is the headline');
  await page.screenshot({ path: path.join(artefacts, 'staff-cost-in-view.png') });
  // The summary's language, then its preview, then Copy summary: in the tab order and on screen.
  const group = widget.getByRole('group', { name: 'Summary language' });
  await group.getByRole('button', { name: '简体中文' }).click();
  await widget.getByRole('status').filter({ hasText: 'The summary is now in Simplified Chinese.' }).waitFor();
  const order = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement.shadowRoot.activeElement.textContent.trim()));
  }
  assert.deepEqual(order, ['Preview of the summary', 'Copy summary', 'Print']);
  const preview = widget.locator('.cpfe-preview pre');
  assert.equal(await preview.evaluate((el) => el.checkVisibility()), false, 'closed until asked for');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await preview.waitFor();
  assert.ok(await preview.evaluate((el) => el.checkVisibility() && el.getBoundingClientRect().width > 200));
  const shown = await preview.evaluate((el) => el.innerText);
  assert.match(shown, /你可以申请/);
  const copy = widget.getByRole('button', { name: 'Copy summary' });
  const [p, c] = await Promise.all([preview.boundingBox(), copy.boundingBox()]);
  assert.ok(p.y < c.y, 'the preview sits above the button');
  await copy.click();
  await widget.getByRole('status').filter({ hasText: 'Summary copied, in Simplified Chinese.' }).waitFor();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(clip.trim(), shown.trim(), 'the preview is what was copied');
  // Its link: the public page in Simplified Chinese (the demo's), reproducing the case.
  const link = clip.trim().split('\n').pop();
  assert.ok(link.startsWith(`${origin}/zh-hans.html#cpfe1&`) && link.endsWith('&l=zh-Hans'), link);
  const share = await widget.getByLabel('Link to this case').inputValue();
  assert.ok(share.startsWith(`${origin}/staff.html#cpfe1&`) && share.endsWith('&l=en'), share);
  const caller = await open(browser, origin, link.slice(origin.length + 1));
  await caller.widget.locator('.cpfe[lang="zh-Hans"][data-mode="public"] .cpfe-headline').waitFor();
  assert.match(await caller.widget.locator('.cpfe-headline').innerText(), /你可以申请/);
  assert.match(await caller.widget.locator('.cpfe-figures').innerText(), /港币/);
  await clean(caller.log, caller.page);
  await caller.context.close();
  // The link's language wins over the page's lang, until the page sets lang.
  const hant = await open(browser, origin, `index.html${link.slice(link.indexOf('#')).replace('l=zh-Hans', 'l=zh-Hant')}`);
  await hant.widget.locator('.cpfe[lang="zh-Hant"] .cpfe-headline').waitFor();
  assert.match(await hant.widget.locator('.cpfe-headline').innerText(), /你可以申請/);
  await hant.page.evaluate(() => document.querySelector('cp-funding-estimator').setAttribute('lang', 'en'));
  await hant.widget.locator('.cpfe[lang="en"] .cpfe-headline').waitFor();
  assert.match(await hant.widget.locator('.cpfe-headline').innerText(), /You can apply/);
  await clean(hant.log, hant.page);
  await hant.context.close();
  // A page's own public address, {lang} for the language.
  await page.evaluate(() => {
    const el = document.createElement('cp-funding-estimator');
    el.setAttribute('mode', 'staff');
    el.setAttribute('public-page', '/{lang}/estimator.html');
    el.id = 'second';
    document.querySelector('main').append(el);
  });
  const second = page.locator('#second');
  await live(second);
  await enter(second, cases.find((x) => x.name === 'p3-demo-capped').case);
  await second.getByRole('group', { name: 'Summary language' }).getByRole('button', { name: '繁體中文' }).click();
  await second.getByRole('status').filter({ hasText: 'Traditional Chinese' }).waitFor();
  await second.getByRole('button', { name: 'Copy summary' }).click();
  await second.getByRole('status').filter({ hasText: 'Summary copied, in Traditional Chinese.' }).waitFor();
  const theirs = (await page.evaluate(() => navigator.clipboard.readText())).trim().split('\n').pop();
  assert.ok(theirs.startsWith(`${origin}/zh-hant/estimator.html#cpfe1&`) && theirs.endsWith('&l=zh-Hant'), theirs);
  await clean(log, page);
  await context.close();
});

// Issue 33's common call: a Guangdong wholly-owned enterprise in the Pearl
// River Delta, a demonstration of a new technology developed jointly by
// Guangdong and Hong Kong institutions (a textiles factory: the industry is
// asked), HK$1,200,000, the summary in
// Traditional Chinese, copied: keys only, counted, from the page's load
// (the date a share link's, inside 2025-2027, so the answer does not move
// with the wall clock). The verdict and the amount stay on screen.
test('the hotline call: at most 20 keys from the load to the copied summary in Traditional Chinese; the keys guide on the page; the verdict and the amount in view at 1024x768 and 1280x800; the case\'s ceiling in the table', async () => {
  for (const [width, height] of [[1024, 768], [1280, 800]]) {
    const { context, page, widget, log } = await open(browser, origin, 'staff.html#cpfe1&d=2026-01-15', { width, height });
    await widget.locator('.cpfe:not([aria-busy])').waitFor();
    // The keys guide, on the staff page (not in the widget: the public page
    // does not download it), in the widget's language.
    const guide = page.locator('.staff-keys p:visible');
    assert.deepEqual(await guide.evaluateAll((ps) => ps.map((p) => p.lang)), ['en'], 'the keys guide in English');
    assert.match(await guide.innerText(), /^Keys: in a question, a digit chooses that answer/, 'the keys guide');
    const focusedName = () => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.name ?? null);
    const onScreen = (el) => {
      const r = el.getBoundingClientRect();
      const hit = el.getRootNode().elementFromPoint(r.left + Math.min(r.width / 2, 20), r.top + r.height / 2);
      return el.checkVisibility() && r.top >= 0 && r.bottom <= innerHeight && (hit === el || el.contains(hit));
    };
    let keys = 0;
    const press = async (k) => { keys++; await page.keyboard.press(k); };
    const headline = widget.locator('.cpfe-headline');
    for (const [name, digit] of [['k', '1'], ['g', '1'], ['r', '2'], ['b', '1'], ['s', '8'], ['p', '1'], ['o', '2']]) {
      await page.waitForFunction((n) => document.activeElement?.shadowRoot?.activeElement?.name === n, name);
      await press(digit);
      await page.waitForFunction((n) => !!document.querySelector('cp-funding-estimator').shadowRoot.querySelector(`input[name="${n}"]:checked`), name);
      assert.ok(await headline.evaluate(onScreen), `${width}x${height}: the verdict on screen after ${name}`);
    }
    await page.waitForFunction(() => document.activeElement?.shadowRoot?.activeElement?.name === 'c');
    for (const k of '1.2m') await press(k);
    await press('Enter');
    await widget.locator('.cpfe-figures').waitFor();
    assert.match(await headline.innerText(), /You can apply/);
    const amount = widget.locator('tr[aria-current] td').filter({ hasText: 'HK$600,000' }).first();
    for (const [what, el] of [['the verdict', headline], ['the amount', amount]]) assert.ok(await el.evaluate(onScreen), `${width}x${height}: ${what} on screen with the answer`);
    // The ceiling for this case (a Guangdong–Hong Kong technology), the rule beside it.
    assert.match(await widget.locator('tr[aria-current] td').last().innerText(), /^HK\$750,000 for this case; the rule: HK\$650,000/, 'the case\'s ceiling');
    await press('t');
    await widget.locator('.cpfe-summary-lang button[lang="zh-Hant"][aria-pressed="true"]').waitFor();
    await press('c');
    await widget.locator('.cpfe-status').filter({ hasText: 'Summary copied, in Traditional Chinese.' }).waitFor();
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(clip, /可以申請/, 'the summary in Traditional Chinese');
    assert.match(clip, /港幣600,000元/, 'with the amount');
    assert.ok(keys <= 20, `${width}x${height}: ${keys} keys`);
    for (const [what, el] of [['the verdict', headline], ['the amount', amount]]) assert.ok(await el.evaluate(onScreen), `${width}x${height}: ${what} on screen once copied`);
    console.log(`the hotline call at ${width}x${height}: ${keys} keys`);
    await page.screenshot({ path: path.join(artefacts, `hotline-call-${width}.png`) });
    // The guide follows the widget's language.
    await widget.locator('.cpfe-langs button[lang="zh-Hant"]').click();
    await widget.locator('.cpfe[lang="zh-Hant"]:not([aria-busy])').waitFor();
    await page.locator('.staff-keys p[lang="zh-Hant"]:visible').waitFor();
    assert.deepEqual(await page.locator('.staff-keys p:visible').evaluateAll((ps) => ps.map((p) => p.lang)), ['zh-Hant'], 'the guide in the widget\'s language');
    await clean(log, page);
    await context.close();
  }
});

// Also in Firefox and WebKit: engines.test.mjs ("links in the reader's language").
test('links in the reader\'s language: GovHK\'s own page in Chinese, and a link to an English page says so', async () => {
  for (const [file, lang, govhk, english] of [
    ['index.html', 'en', '/en/', null],
    ['zh-hant.html', 'zh-Hant', '/tc/', '（英文網頁）'],
    ['zh-hans.html', 'zh-Hans', '/sc/', '（英文网页）'],
  ]) {
    const { context, page, widget, log } = await open(browser, origin, `${file}${STATES.eligible}`);
    await widget.locator(`.cpfe[lang="${lang}"] .cpfe-headline`).waitFor();
    await widget.locator('.cpfe-reasons a').first().waitFor();
    const links = await widget.locator('a[href^="http"]').evaluateAll((as) => as.filter((a) => a.checkVisibility()).map((a) => [a.href, a.innerText]));
    assert.ok(links.some(([href]) => href.includes('gov.hk' + govhk)), `${file}: GovHK in the reader's language: ${JSON.stringify(links)}`);
    for (const [href, text] of links) {
      // The Chinese pages domain/rules.md gives; every other address is an English page.
      const inEnglish = !/gov\.hk\/(tc|sc)\/|smelink\.gov\.hk\/zh\/|cleanerproduction\.hk\/(tc|sc)\/|chengpou\.com\.mo/.test(href);
      if (english) {
        assert.doesNotMatch(text, /[A-Za-z]/, `${file}: ${text}`);
        assert.equal(text.endsWith(english), inEnglish, `${file}: ${href} ${text}`);
      } else assert.doesNotMatch(text, /[\u3400-\u9fff]/, `${file}: ${text}`);
    }
    await clean(log, page);
    await context.close();
  }
});

test('one language comes first; another is fetched when chosen, and if it cannot be, the answers stay and the widget says so', async () => {
  const { context, page, widget, log } = await open(browser, origin, 'index.html');
  const texts = () => log.requests.filter((u) => u.includes('/texts/')).map((u) => new URL(u).pathname.split('/').pop());
  assert.deepEqual(texts(), ['en.txt'], 'the page\'s language only');
  await enter(widget, cases.find((x) => x.name === 'p4-sector-other').case);
  const status = widget.getByRole('status').filter({ hasText: /./ });
  await page.route('**/texts/zh-Hans.txt', (r) => r.abort());
  await widget.getByRole('button', { name: '简体中文' }).click();
  await status.filter({ hasText: 'could not' }).waitFor();
  assert.equal(await status.textContent(), 'Simplified Chinese could not be loaded. Check the connection and try again.');
  assert.equal(await widget.locator('.cpfe').getAttribute('lang'), 'en');
  assert.equal(await widget.getByLabel('Estimated project cost (HK$)').inputValue(), '900000');
  assert.match(await widget.locator('.cpfe-headline').textContent(), /Decided case by case/);
  // The connection is back: the same button works, and nothing typed was lost.
  await page.unroute('**/texts/zh-Hans.txt');
  await widget.getByRole('button', { name: '简体中文' }).click();
  await widget.locator('.cpfe[lang="zh-Hans"]').waitFor();
  assert.equal(await status.textContent(), '估算工具现以简体中文显示。');
  assert.match(await widget.locator('.cpfe-headline').textContent(), /个别审批/);
  assert.equal(await widget.locator('input[name="c"]').inputValue(), '900000');
  assert.deepEqual(texts(), ['en.txt', 'zh-Hans.txt', 'zh-Hans.txt']);
  // Back to English: already loaded, nothing fetched.
  await widget.getByRole('button', { name: 'English' }).click();
  assert.equal(await status.textContent(), 'The estimator is now in English.');
  assert.equal(texts().length, 3);
  // The refused fetch is the one console error.
  assert.ok(log.errors.every((e) => /Failed to load resource/.test(e)), log.errors.join(' | '));
  log.errors.length = 0;
  await clean(log, page);
  await context.close();
});

test('the page\'s language that fails to arrive at first is fetched again, and the widget goes live', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  let refused = 0;
  await page.route('**/texts/zh-Hant.txt', (r) => (refused++ < 2 ? r.abort() : r.continue()));
  await page.goto(`${origin}/zh-hant.html`);
  const w = page.locator('cp-funding-estimator');
  await live(w);
  assert.equal(refused, 3, 'two refusals, then the texts');
  assert.match(await w.locator('.cpfe-title').textContent(), /清潔生產資助估算/);
  assert.ok(errors.every((e) => /Failed to load resource/.test(e)), errors.join(' | '));
  await context.close();
});

test('axe: no WCAG 2.2 AA violations in each language and mode, with an error and with a result', async () => {
  for (const file of ['index.html', 'zh-hant.html', 'zh-hans.html', 'staff.html', 'themed.html']) {
    const { context, page, widget, log } = await open(browser, origin, file, { bypassCSP: true });
    const scan = async (what) => {
      const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      assert.deepEqual(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `${file} ${what}`);
    };
    await scan('empty');
    await widget.locator('input[inputmode="decimal"]').first().fill('1,00,000');
    await widget.locator('button[type="submit"]').click();
    await scan('error');
    await widget.locator('button.cpfe-secondary').nth(1).click(); // start again
    const lang = await widget.locator('.cpfe').getAttribute('lang');
    if (lang === 'en') {
      await enter(widget, cases.find((x) => x.name === 'p3-demo-capped').case);
      await scan('result');
    }
    assert.deepEqual(log.errors, [], 'console errors');
    await context.close();
  }
});

test('theming: the four custom properties reach inside the shadow root, nothing else does', async () => {
  const themed = await open(browser, origin, 'themed.html');
  const plain = await open(browser, origin, 'index.html');
  const look = (w) => w.locator('.cpfe').evaluate((el) => {
    const s = getComputedStyle(el);
    const link = el.querySelector('.cpfe-link-button:not([aria-pressed="true"])');
    return { font: s.fontFamily, radius: s.borderTopLeftRadius, accent: s.getPropertyValue('--accent').trim(), link: link && getComputedStyle(link).color };
  });
  const t = await look(themed.widget), p = await look(plain.widget);
  assert.match(t.font, /^Georgia/);
  assert.equal(t.radius, '0px');
  assert.equal(t.accent, '#00607a');
  assert.equal(t.link, 'rgb(0, 63, 127)');
  assert.doesNotMatch(p.font, /Georgia/);
  assert.equal(p.radius, '6px');
  assert.equal(p.accent, '#1d5aa6');
  // The page's own Georgia body font is not what the widget takes: only
  // the custom property does (the plain page's body font does not get in).
  await enter(themed.widget, cases[3].case);
  assert.match(await themed.widget.locator('.cpfe-headline').textContent(), /You can apply/);
  await themed.page.screenshot({ path: path.join(artefacts, 'themed-1280.png'), fullPage: true });
  await clean(themed.log, themed.page);
  await clean(plain.log, plain.page);
  await themed.context.close();
  await plain.context.close();
});

// The inherited properties a host could force on the widget's text with
// `* { … !important }` (hostile.css forces each one).
const TEXT_PROPERTIES = ['letter-spacing', 'word-spacing', 'text-transform', 'text-indent', 'text-align', 'line-height', 'font-style',
  'font-variant', 'font-weight', 'font-stretch', 'font-feature-settings', 'text-shadow', 'white-space', 'word-break', 'overflow-wrap',
  'hyphens', 'text-decoration-line', 'font-family', 'color'];
const textStyles = (widget) => widget.locator('.cpfe').evaluate((root, props) => {
  const out = {};
  for (const sel of ['.cpfe-title', '.cpfe-intro', 'legend', '.cpfe-radio label', '.cpfe-hint', 'input[name="c"]', '.cpfe-button', '.cpfe-headline', '.cpfe-next a']) {
    const el = root.querySelector(sel);
    if (!el) { out[sel] = 'missing'; continue; }
    const cs = getComputedStyle(el);
    // text-decoration is drawn through from ancestors: what an element shows is the union.
    let drawn = ''; for (let e = el; e && e !== root.parentNode; e = e.parentElement) drawn += getComputedStyle(e).textDecorationLine;
    out[sel] = Object.fromEntries(props.map((p) => [p, p === 'text-decoration-line' ? drawn.replace(/none/g, '') || 'none' : cs.getPropertyValue(p)]));
  }
  return out;
}, TEXT_PROPERTIES);

test('a host page forcing text properties with !important changes nothing in the widget', async () => {
  const plain = await open(browser, origin, 'index.html');
  const hostile = await open(browser, origin, 'hostile.html');
  const page = hostile.page;
  // hostile.css does force each property on the page around the widget.
  const outside = await page.evaluate((props) => { const cs = getComputedStyle(document.querySelector('h1')); return props.map((p) => cs.getPropertyValue(p)); }, TEXT_PROPERTIES);
  assert.match(outside.join(' | '), /3px.*uppercase.*right.*italic.*900/, outside.join(' | '));
  const want = await textStyles(plain.widget), got = await textStyles(hostile.widget);
  for (const sel of Object.keys(want)) {
    assert.notEqual(want[sel], 'missing', `${sel} on index.html`);
    assert.deepEqual(got[sel], want[sel], `${sel}: the host's forced styles reach it`);
  }
  await clean(plain.log, plain.page);
  await clean(hostile.log, page);
  await plain.context.close();
  await hostile.context.close();
});

test('aggressive host CSS does not reach the widget; screenshots at 1280 and 360 px', async () => {
  const hostile = await open(browser, origin, 'hostile.html');
  const cost = hostile.widget.getByLabel('Estimated project cost (HK$)');
  assert.ok(await cost.isVisible());
  const font = await cost.evaluate((el) => getComputedStyle(el).fontFamily);
  assert.ok(!/Comic/.test(font), font);
  await enter(hostile.widget, cases[3].case);
  assert.match(await hostile.widget.locator('.cpfe-headline').textContent(), /You can apply/);
  await hostile.page.screenshot({ path: path.join(artefacts, 'hostile-1280.png'), fullPage: true });
  await clean(hostile.log, hostile.page);
  await hostile.context.close();
  for (const width of [1280, 360]) {
    const { context, page, widget, log } = await open(browser, origin, 'index.html', { width });
    await enter(widget, cases[3].case);
    await page.screenshot({ path: path.join(artefacts, `index-${width}.png`), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(overflow, false, `no horizontal scrolling at ${width}px`);
    await clean(log, page);
    await context.close();
  }
});

test('attributes update the widget, removal cleans up, mount() drives several widgets', async () => {
  const { context, page, widget, log } = await open(browser, origin, 'index.html', { width: 320 });
  await widget.getByLabel('Estimated project cost (HK$)').fill('33萬');
  await page.evaluate(() => document.querySelector('cp-funding-estimator').setAttribute('lang', 'zh-HK'));
  await widget.locator('.cpfe[lang="zh-Hant"]').waitFor();
  assert.equal(await widget.getByLabel('估計項目費用（港元）').inputValue(), '33萬', 'answer kept across a language change');
  await page.evaluate(() => document.querySelector('cp-funding-estimator').setAttribute('mode', 'staff'));
  await widget.locator('.cpfe[data-mode=staff]').waitFor();
  await page.evaluate(() => document.querySelector('cp-funding-estimator').setAttribute('date', '2014-01-10'));
  await widget.locator('.cpfe-pinned').waitFor();
  assert.match(await widget.locator('.cpfe-phase').textContent(), /2013-2015/);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), false, 'no horizontal scrolling at 320px');
  // Removed: the shadow root is emptied; added back: it works again.
  const emptied = await page.evaluate(async () => {
    const el = document.querySelector('cp-funding-estimator');
    el.remove();
    const empty = el.shadowRoot.childNodes.length === 0;
    const ready = new Promise((r) => el.addEventListener('cp-funding-estimator-ready', r, { once: true }));
    document.querySelector('main').append(el);
    await ready;
    return empty && !!el.shadowRoot.querySelector('.cpfe');
  });
  assert.ok(emptied);
  // Attributes changed while the widget is still mounting (the wasm loading,
  // or the mount's first await) are not lost: the live widget shows them.
  const early = await page.evaluate(async () => {
    const el = document.createElement('cp-funding-estimator');
    const ready = new Promise((r) => el.addEventListener('cp-funding-estimator-ready', r, { once: true }));
    document.querySelector('main').append(el);
    el.setAttribute('lang', 'zh-Hans');
    el.setAttribute('mode', 'staff');
    await ready; // "ready" means drawn, showing the attributes as they are now
    const root = el.shadowRoot.querySelector('.cpfe');
    const out = { lang: root.getAttribute('lang'), staff: root.dataset.mode === 'staff' };
    el.remove();
    return out;
  });
  assert.deepEqual(early, { lang: 'zh-Hans', staff: true }, 'attributes set during the mount');
  // The JavaScript API: two widgets side by side, independent.
  const independent = await page.evaluate(async (COST_ECHO) => {
    const { mount } = await import('./cp-funding-estimator.js');
    const a = document.createElement('div'), b = document.createElement('div');
    document.body.append(a, b);
    const ha = await mount(a, { lang: 'en' }), hb = await mount(b, { lang: 'zh-Hans' });
    const input = a.shadowRoot.querySelector('input[inputmode="decimal"]');
    input.value = '1000'; input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    const echo = a.shadowRoot.querySelector(COST_ECHO);
    await new Promise((r) => { const o = new MutationObserver(() => { if (echo.textContent) { o.disconnect(); r(); } }); o.observe(echo, { childList: true, characterData: true, subtree: true }); if (echo.textContent) r(); });
    const echoA = echo.textContent;
    const echoB = b.shadowRoot.querySelector(COST_ECHO).textContent;
    const langB = b.shadowRoot.querySelector('.cpfe').getAttribute('lang');
    await hb.update({ lang: 'en', mode: 'staff' }); // resolves once shown
    const staffB = !!b.shadowRoot.querySelector('.cpfe[data-mode=staff]');
    ha.destroy(); hb.destroy();
    return { echoA, echoB, langB, staffB, gone: a.shadowRoot.childNodes.length + b.shadowRoot.childNodes.length };
  }, COST_ECHO);
  assert.deepEqual(independent, { echoA: '= HK$1,000', echoB: '', langB: 'zh-Hans', staffB: true, gone: 0 });
  await clean(log, page);
  await context.close();
});

for (const [file, name] of [['index.html', 'public'], ['staff.html', 'staff']]) {
  test(`print (${name}): the answer, its conditions and the link on one clean page`, async () => {
    const { context, page, widget, log } = await open(browser, origin, file);
    await enter(widget, cases[3].case);
    // What paper must carry, read on screen first: the phase line, the date
    // in words, the guide's address.
    const phase = (await widget.locator('.cpfe-phase').innerText()).replace(/\s+/g, '');
    const day = new Date(cases[3].case.date).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const guide = await widget.getByRole('link', { name: 'Read the application guide' }).getAttribute('href');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await widget.getByRole('button', { name: 'Show my estimate' }).isVisible(), false, 'questions hidden in print');
    assert.equal(await widget.getByRole('radiogroup', { name: 'Who is applying?' }).isVisible(), false, 'questions hidden in print');
    assert.equal(await widget.getByRole('button', { name: 'Copy summary' }).isVisible(), false);
    assert.equal(await page.locator('header, footer, h1').first().isVisible(), false, 'the host page steps aside');
    assert.ok(await widget.locator('.cpfe-headline').isVisible());
    assert.ok(await widget.locator('.cpfe-figures').isVisible());
    assert.ok(await widget.locator('.cpfe-reasons li').first().isVisible(), 'conditions printed even where folded on screen');
    // The bar's colour keys are drawn as borders, which paper prints (a
    // background is left out unless the reader asks for backgrounds).
    const keys = await widget.locator('.cpfe-figures dt span').evaluateAll((s) => s.map((e) => {
      const c = getComputedStyle(e);
      return parseFloat(c.borderTopWidth) >= 5 && c.borderTopStyle === 'solid';
    }));
    assert.deepEqual(keys, [true, true], 'the keys on paper');
    // The bar itself prints, beside its keys.
    const bar = await widget.locator('.cpfe-bar').boundingBox();
    assert.ok(bar && bar.width > 100 && bar.height > 10, `the bar on paper: ${JSON.stringify(bar)}`);
    // What is on paper, not what the DOM holds.
    const printed = paper(await page.pdf({ format: 'A4' }), path.join(artefacts, `print-${name}.pdf`));
    assert.equal(printed.pages, 1, 'one page');
    const flat = printed.text.replace(/\s+/g, '');
    assert.match(flat, /#cpfe1&d=/, 'the link that reproduces the case, printed');
    assert.ok(flat.includes(phase), `the phase line on paper: ${phase}`);
    assert.match(printed.text, new RegExp(`Application date\\s+${day}`), `the application date on paper, in words (${day})`);
    assert.ok(flat.includes(guide), `the guide's address on paper: ${guide}`);
    // Every link to another site that paper shows carries its number, and
    // its address is at the foot under that number, once.
    const numbered = await widget.locator('a[data-n]').evaluateAll((as) => as.filter((a) => a.checkVisibility()).map((a) => [Number(a.dataset.n), a.getAttribute('href'), a.textContent.replace(/\s+/g, '')]));
    const foot = await widget.locator('.cpfe-print-links li').allInnerTexts();
    assert.ok(numbered.length >= 3 && foot.length >= 2, JSON.stringify({ numbered, foot }));
    for (const [n, href, words] of numbered) {
      assert.equal(foot[n - 1], href, `link [${n}]`);
      // On paper: the link's words, then its mark; at the foot, the mark,
      // then its address.
      assert.ok(flat.includes(`${words}[${n}]`), `the mark [${n}] after "${words}" on paper`);
      assert.ok(flat.includes(`[${n}]${href}`), `[${n}] ${href} at the foot on paper`);
    }
    assert.equal(new Set(foot).size, foot.length, 'each address once');
    for (const href of foot) assert.ok(flat.includes(href), `the address on paper: ${href}`);
    assert.deepEqual([...new Set(numbered.map(([n]) => n))], foot.map((_, i) => i + 1), 'numbered in the order they show');
    assert.doesNotMatch(printed.text, /Who is applying\?|Copy summary|Show my estimate/, 'no questions or buttons on paper');
    await clean(log, page);
    await context.close();
  });
}

// Each state the answer can be in, as the share link gives it (the error
// summary: "Show my estimate" with nothing answered).
const STATES = {
  empty: '',
  errors: '',
  eligible: '#cpfe1&d=2018-05-01&k=hk_business&g=guangdong_other&r=gd_joint_venture&b=1&p=demonstration&c=1000000',
  ineligible: '#cpfe1&d=2026-01-15&k=hk_business&g=elsewhere',
  provisional: `#cpfe1&d=${LAST.after(62)}&k=hk_business&g=hong_kong&r=hk_factory&b=1&s=textiles&p=new_technology_demonstration&o=other&c=1000000`,
};

test('reflow: at 320, 390, 768 and 1280 px, in each language, mode and state, every text is on screen; Chinese labels keep their words', async () => {
  const problems = [];
  for (const width of [320, 390, 768, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const file of ['index.html', 'zh-hant.html', 'zh-hans.html']) {
      for (const mode of ['public', 'staff']) {
        for (const [state, fragment] of Object.entries(STATES)) {
          await page.goto(`${origin}/${file}?${mode}-${state}${fragment}`);
          const widget = page.locator('cp-funding-estimator');
          await live(widget);
          if (mode === 'staff') {
            await page.evaluate(() => document.querySelector('cp-funding-estimator').setAttribute('mode', 'staff'));
            await widget.locator('.cpfe[data-mode=staff]').waitFor();
          }
          if (state === 'errors') {
            await widget.locator('.cpfe-form > .cpfe-button').click();
            await widget.locator('.cpfe-error-summary').waitFor();
          } else if (fragment) await widget.locator('.cpfe-headline').waitFor();
          if (mode === 'staff' && fragment) {
            await widget.locator('.cpfe-preview summary').click();
            await widget.locator('.cpfe-preview pre').waitFor();
          }
          const r = await page.evaluate(unreadable);
          const where = `${width}px ${file} ${mode} ${state}`;
          if (r.page) problems.push(`${where}: the page scrolls sideways`);
          for (const t of r.cut) problems.push(`${where}: cut off: ${t}`);
          for (const t of r.narrow) problems.push(`${where}: one character a line: ${t}`);
          if (state === 'eligible') {
            await page.screenshot({ path: path.join(artefacts, `reflow-${width}-${file.replace('.html', '')}-${mode}.png`), fullPage: true });
          }
        }
      }
    }
    await context.close();
  }
  assert.deepEqual(problems, []);
});

test('the answer says what it is: the estimate note with the figures, the bar\'s colour keys (in forced colours too) and the bar in words on screen, in each language; a provisional headline says so', async () => {
  const words = {
    'index.html': { note: /^This is an estimate\./, gov: 'Estimated sponsorship', you: 'You pay', bar: /^Of the project cost, the programme pays (HK\$[\d,.]+) \((\d+)%\) and you pay (HK\$[\d,.]+) \((\d+)%\)\.$/, provisional: '(provisional)' },
    'zh-hant.html': { note: /^以上只屬估算/, gov: '估計資助額', you: '你須支付', bar: /^項目費用之中，計劃資助(港幣[\d,.]+元)（(\d+)%），你須支付(港幣[\d,.]+元)（(\d+)%）。$/, provisional: '（暫定）' },
  };
  for (const [file, w] of Object.entries(words)) {
    const { context, page, widget, log } = await open(browser, origin, `${file}${STATES.eligible}`);
    await widget.locator('.cpfe-figures').waitFor();
    const box = async (l) => (await l.boundingBox());
    // The note sits with the figures: below them, above the conditions.
    const note = widget.locator('.cpfe-disclaimer');
    assert.match(await note.innerText(), w.note, file);
    const [figures, noteBox, reasons] = [await box(widget.locator('.cpfe-figures')), await box(note), await box(widget.locator('.cpfe-reasons'))];
    assert.ok(noteBox.y > figures.y && noteBox.y + noteBox.height < reasons.y, `${file}: the note between the figures and the conditions`);
    // The legend: each figure's label carries a key whose colour is its
    // part of the bar.
    for (const [text, rect] of [[w.gov, '.cpfe-bar-gov'], [w.you, '.cpfe-bar-you']]) {
      const item = widget.locator('.cpfe-figures dt').filter({ hasText: text });
      assert.ok(await item.locator('span').isVisible(), `${file}: the key of ${text}`);
      const key = await item.locator('span').evaluate((e) => getComputedStyle(e).borderTopColor);
      const fill = await widget.locator(rect).evaluate((e) => getComputedStyle(e).fill);
      assert.equal(key, fill, `${file}: ${text}: the key's colour is the bar's`);
    }
    // In forced colours (Windows high contrast) the keys still match the bar.
    await page.emulateMedia({ forcedColors: 'active' });
    assert.ok(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours emulated');
    for (const [text, rect] of [[w.gov, '.cpfe-bar-gov'], [w.you, '.cpfe-bar-you']]) {
      const key = await widget.locator('.cpfe-figures dt').filter({ hasText: text }).locator('span').evaluate((e) => getComputedStyle(e).borderTopColor);
      const fill = await widget.locator(rect).evaluate((e) => getComputedStyle(e).fill);
      assert.equal(key, fill, `${file}: ${text}: forced colours: the key's colour is the bar's`);
    }
    await page.emulateMedia({ forcedColors: 'none' });
    // The bar in words, under it: the figures' two amounts, and shares
    // that add up to 100%.
    const bar = widget.locator('.cpfe-split p');
    assert.ok(await bar.isVisible(), `${file}: the bar's words on screen`);
    const said = (await bar.innerText()).match(w.bar);
    assert.ok(said, `${file}: the bar in words: ${await bar.innerText()}`);
    const amounts = await widget.locator('.cpfe-figures dd').allInnerTexts();
    assert.deepEqual([said[1], said[3]], amounts, `${file}: the words name the figures`);
    assert.equal(Number(said[2]) + Number(said[4]), 100, `${file}: the shares add up`);
    assert.ok(!(await widget.locator('.cpfe-headline').innerText()).includes(w.provisional), `${file}: a firm answer is not marked`);
    await widget.locator('.cpfe-result').screenshot({ path: path.join(artefacts, `answer-${file.replace('.html', '')}.png`) });
    // After the last known phase: the headline says so.
    await page.goto(`${origin}/${file}?later${STATES.provisional}`);
    await widget.locator('.cpfe-headline[data-provisional]').waitFor();
    assert.ok((await widget.locator('.cpfe-headline').innerText()).endsWith(w.provisional), file);
    if (file === 'index.html') {
      // The phase's assumed dates: above the figures where the answer turns
      // on them (this provisional one), among the conditions where it does not.
      const dates = /do not give the exact opening or closing date/;
      // Provisional: one notice (not two stacked above the amount), which
      // says that the last day it names is itself assumed.
      assert.equal(await widget.locator('.cpfe-notice').count(), 1, 'provisional: one notice');
      const assumed = literally(`That last day, ${LAST.en(LAST.to)}, is itself the estimator's assumption`);
      if (LAST.toAssumed) assert.match(await widget.locator('.cpfe-notice').innerText(), assumed);
      else assert.doesNotMatch(await widget.locator('.cpfe-notice').innerText(), assumed);
      await page.goto(`${origin}/${file}?inside#cpfe1&d=2026-01-15&k=hk_business&g=hong_kong&r=hk_factory&b=1&s=textiles&p=new_technology_demonstration&o=other&c=1000000`);
      await widget.locator('.cpfe-figures').waitFor();
      assert.equal(await widget.locator('.cpfe-notice').filter({ hasText: dates }).count(), 0, 'well inside the phase: no notice');
      const among = widget.locator('.cpfe-reasons li').filter({ hasText: dates });
      assert.ok(await among.isVisible(), 'among the conditions');
      assert.match(await among.innerText(), /\(assumption\)$/);
      // The deadline, marked as assumed, in the next steps.
      assert.ok(await widget.locator('.cpfe-next li').filter({ hasText: 'Applications for the 2025-2027 phase close on 31 March 2027 (an assumption' }).isVisible());
    }
    await clean(log, page);
    await context.close();
  }
});

test('200% zoom (640 CSS px at 2 device pixels per px): no sideways scrolling, a whole enquiry works', async () => {
  const { context, page, widget, log } = await open(browser, origin, 'index.html', { width: 640, height: 450, deviceScaleFactor: 2 });
  await enter(widget, cases[0].case);
  assert.match(await widget.locator('.cpfe-headline').innerText(), /You can apply/);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), false, 'no horizontal scrolling');
  const clipped = await widget.locator('input, button').evaluateAll((els) => els
    .filter((e) => e.offsetParent !== null && e.getBoundingClientRect().right > window.innerWidth + 1).length);
  assert.equal(clipped, 0, 'no control runs off the side');
  await page.screenshot({ path: path.join(artefacts, 'zoom-200.png'), fullPage: true });
  await clean(log, page);
  await context.close();
});

/** The widget's text, except the print-only link (whose address only the browser knows). */
const shownText = (widget) => widget.locator('.cpfe').evaluate((el) => {
  const copy = el.cloneNode(true);
  // What is shown: not the print-only link, nor what is hidden (the crash
  // and could-not-start messages), nor a closed disclosure's content (the
  // staff's summary preview, whose link names the page only once live).
  copy.querySelectorAll('.cpfe-print-link, [hidden], details:not([open]) > :not(summary)').forEach((p) => p.remove());
  return copy.textContent.replace(/\s+/g, ' ');
});

test('the pre-rendered form works before the wasm arrives: answers, focus and caret are adopted (mouse, then keyboard only)', async () => {
  for (const keyboard of [false, true]) {
    const what = keyboard ? 'keyboard' : 'mouse';
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    let release;
    const gate = new Promise((r) => { release = r; });
    await page.route('**/*.wasm', async (route) => { await gate; await route.continue(); });
    await page.goto(`${origin}/index.html`, { waitUntil: 'domcontentloaded' });
    const w = page.locator('cp-funding-estimator');
    await w.locator('.cpfe[aria-busy="true"]').waitFor();
    const active = () => w.evaluate((el) => {
      const a = el.shadowRoot.activeElement;
      return a && { name: a.name, value: a.value, type: a.type, start: a.selectionStart, busy: !!a.closest('[aria-busy]') };
    });
    if (keyboard) {
      // From the top of the page, Tab to the first question and answer it.
      await page.locator('body').focus();
      const tabTo = async (name) => {
        for (let i = 0; i < 40 && (await active())?.name !== name; i++) await page.keyboard.press('Tab');
        assert.equal((await active())?.name, name, `${what}: reached ${name} by Tab`);
      };
      await tabTo('k');
      await page.keyboard.press('Space');
      await tabTo('p');
      await page.keyboard.press('Space');
      await tabTo('c');
      await page.keyboard.type('33萬');
    } else {
      await w.getByRole('radio', { name: 'A Hong Kong business with a factory or workshop' }).check();
      await w.getByRole('radio', { name: 'Demonstration of a new technology' }).check();
      await w.getByLabel('Estimated project cost (HK$)').fill('33萬');
    }
    await page.keyboard.press('ArrowLeft');
    const before = await active();
    assert.deepEqual([before.name, before.value, before.start, before.busy], ['c', '33萬', 2, true], `${what}: typed into the pre-rendered form`);
    assert.equal(await w.locator('input[name="k"]:checked').getAttribute('value'), 'hk_business');
    release();
    await live(w);
    // The live widget took everything over, and answers.
    await w.getByRole('radiogroup', { name: 'Where is the factory?' }).waitFor();
    assert.equal(await w.getByLabel('Estimated project cost (HK$)').inputValue(), '33萬', what);
    assert.equal(await w.locator('input[name="k"]:checked').getAttribute('value'), 'hk_business', what);
    assert.equal(await w.locator('input[name="p"]:checked').getAttribute('value'), 'new_technology_demonstration', what);
    assert.match(await w.locator(COST_ECHO).textContent(), /HK\$330,000/, what);
    assert.match(await w.locator('.cpfe-headline').textContent(), new RegExp(HEADLINES.needs_information), what);
    const after = await active();
    assert.deepEqual([after.name, after.start, after.busy], ['c', 2, false], `${what}: focus and caret where they were`);
    // Typing goes on where it was.
    await page.keyboard.type('5');
    assert.equal(await w.getByLabel('Estimated project cost (HK$)').inputValue(), '335萬', what);
    assert.match(await w.locator(COST_ECHO).textContent(), /HK\$3,350,000/, what);
    assert.deepEqual(errors, [], `${what}: console errors`);
    await context.close();
  }
});

test('on the phone profile, answers typed and chosen while the widget loads are all in its answer', async () => {
  const context = await browser.newContext();
  const { page } = await phonePage(context);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${origin}/index.html`, { waitUntil: 'domcontentloaded' });
  const w = page.locator('cp-funding-estimator');
  // As a person who knows the form, from first paint; whether the live
  // widget was there yet is noted at each step (it takes over mid-way, or
  // after: either way nothing may be lost).
  const busy = [];
  const note = async () => busy.push(await w.locator('.cpfe[aria-busy="true"]').count());
  await note();
  await w.getByRole('radio', { name: 'A Hong Kong business with a factory or workshop' }).check();
  await note();
  await w.getByRole('radio', { name: 'Demonstration of a new technology' }).check();
  await note();
  // A slow typist: the live widget takes over between two keys.
  await w.getByLabel('Estimated project cost (HK$)').focus();
  const values = [];
  for (const key of '3300000') {
    await page.keyboard.type(key);
    await note();
    values.push(await w.locator('input[name="c"]').inputValue());
    await page.waitForTimeout(100); // deliberate pacing: a slow typist, 100 ms between keys
  }
  assert.equal(busy[0], 1, `the first answer was given before the live widget (${busy})`);
  // Every sample: once live, never busy again; at each key, all that was
  // typed so far is in the field, whichever widget had it.
  assert.match(busy.join(''), /^1+0*$/, `busy at each step: ${busy}`);
  assert.deepEqual(values, [...'3300000'].map((_, i) => '3300000'.slice(0, i + 1)), `the cost at each key: ${values}`);
  await live(w);
  await w.getByRole('radiogroup', { name: 'Where is the factory?' }).waitFor();
  assert.equal(await w.getByLabel('Estimated project cost (HK$)').inputValue(), '3300000');
  assert.equal(await w.locator('input[name="k"]:checked').getAttribute('value'), 'hk_business');
  assert.equal(await w.locator('input[name="p"]:checked').getAttribute('value'), 'new_technology_demonstration');
  assert.match(await w.locator(COST_ECHO).textContent(), /HK\$3,300,000/);
  assert.match(await w.locator('.cpfe-headline').textContent(), new RegExp(HEADLINES.needs_information));
  assert.deepEqual(errors, [], 'console errors');
  console.log(`typed on the phone profile; live widget busy at each step: ${busy}`);
  await context.close();
});

test('pre-rendered first view: shown before the wasm, the same text as the live widget, nothing moves; without JavaScript the rates and hotline', async () => {
  for (const file of ['index.html', 'zh-hant.html', 'zh-hans.html', 'staff.html']) {
    // The wasm never arrives: the page still shows the widget's first view.
    const ctx1 = await browser.newContext();
    const stalled = await ctx1.newPage();
    await stalled.route('**/*.wasm', () => {}); // never answered
    await stalled.goto(`${origin}/${file}`, { waitUntil: 'domcontentloaded' });
    const pre = stalled.locator('cp-funding-estimator');
    await pre.getByRole('heading', { level: 2 }).waitFor();
    const preText = await shownText(pre);
    assert.equal(await pre.locator('.cpfe').getAttribute('aria-busy'), 'true', `${file}: busy until live`);
    assert.equal(await pre.locator('.cpfe').getAttribute('inert'), null, `${file}: a working form, not inert`);
    await ctx1.close();
    // The live widget, once the wasm has drawn it.
    const { context, page, widget, log } = await open(browser, origin, file);
    await widget.locator('.cpfe:not([aria-busy])').waitFor();
    const liveText = await shownText(widget);
    assert.equal(liveText, preText, `${file}: pre-rendered and live text agree`);
    const shifts = await page.evaluate(() => new Promise((resolve) => {
      new PerformanceObserver((list) => resolve(list.getEntries().reduce((s, e) => s + e.value, 0)))
        .observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => resolve(0), 500); // deliberate: no shift reported within 500 ms counts as none
    }));
    assert.equal(shifts, 0, `${file}: cumulative layout shift`);
    await clean(log, page);
    await context.close();
  }
  // Without JavaScript (Blink's own switch, so <noscript> and `scripting: none`
  // behave as in a browser with JavaScript off): no dead form; the current
  // rates from the rule data, and the hotline.
  const noJs = await launch(['--blink-settings=scriptEnabled=false']);
  const page = await (await noJs.newContext()).newPage();
  await page.goto(`${origin}/index.html`);
  assert.equal(await page.evaluate(() => matchMedia('(scripting: none)').matches), true);
  // The pre-rendered form stays readable, under a note that points to the rates.
  const form = page.locator('cp-funding-estimator');
  assert.ok(await form.isVisible(), 'the form is readable');
  assert.match(await form.locator('.cpfe').innerText(), /Who is applying\?[\s\S]*Estimated project cost/);
  assert.match(await form.locator('.cpfe-nojs-note').innerText(), /^The estimator needs JavaScript/);
  const fallback = page.locator('.cpfe-nojs');
  assert.ok(await fallback.isVisible());
  assert.match(await fallback.innerText(), /^The estimator needs JavaScript/);
  assert.match(await fallback.locator('table').innerText(), /Rate[\s\S]*Ceiling[\s\S]*\d+%[\s\S]*HK\$/);
  assert.equal(await fallback.locator('a[href^="tel:"]').innerText(), '2788 5588');
  await page.screenshot({ path: path.join(artefacts, 'no-javascript.png'), fullPage: true });
  await noJs.close();
});

test('if the wasm never arrives, cp-funding-estimator-error fires and the pre-rendered form says so in its language, answers kept', async () => {
  for (const [file, said] of [['index.html', /^Sorry, the estimator could not start[\s\S]*2788 5588/], ['zh-hant.html', /^抱歉，估算工具未能啟動[\s\S]*2788 5588/]]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('cp-funding-estimator-error', (e) => { window.__cpfeError = e.detail.reason; }, true);
      document.addEventListener('cp-funding-estimator-ready', () => { window.__cpfeReady = true; }, true);
    });
    await page.route('**/*.wasm', (route) => route.abort()); // every try fails
    await page.goto(`${origin}/${file}`);
    const pre = page.locator('cp-funding-estimator');
    const cost = pre.locator('input[name="c"]');
    await cost.fill('33000');
    const note = pre.locator('.cpfe-unstarted');
    assert.equal(await note.isVisible(), false, `${file}: not shown while the wasm may still come`);
    const reason = await (await page.waitForFunction(() => window.__cpfeError, null, { timeout: 20_000 })).jsonValue();
    assert.match(reason, /\S/, `${file}: the event gives a reason`);
    await note.waitFor({ state: 'visible' });
    assert.match(await note.innerText(), said);
    assert.equal(await note.getAttribute('role'), 'alert');
    assert.equal(await pre.locator('.cpfe').getAttribute('aria-busy'), null, `${file}: no longer busy`);
    assert.equal(await cost.inputValue(), '33000', `${file}: what was typed stays`);
    assert.equal(await page.evaluate(() => !!window.__cpfeReady), false, `${file}: never "ready"`);
    await context.close();
  }
});

test('a language set during the mount whose texts cannot be fetched: still "ready", in the language it has', async () => {
  const { context, page } = await open(browser, origin, 'index.html');
  await page.route('**/texts/zh-Hans.txt', (route) => route.abort());
  const shown = await page.evaluate(async () => {
    const el = document.createElement('cp-funding-estimator');
    const ready = new Promise((r) => el.addEventListener('cp-funding-estimator-ready', r, { once: true }));
    document.querySelector('main').append(el);
    el.setAttribute('lang', 'zh-Hans');
    await ready;
    const lang = el.shadowRoot.querySelector('.cpfe').getAttribute('lang');
    el.remove();
    return lang;
  });
  assert.equal(shown, 'en', 'the widget keeps the language it could load');
  await context.close();
});

test('the demo pages\' header: the hotline is a phone link in the page\'s language, the staff tool a link of its own', async () => {
  for (const [file, hotline, staff] of [['index.html', 'Call the hotline: 2788 5588', 'The hotline staff\'s estimator'],
    ['zh-hant.html', '致電熱線：2788 5588', '熱線職員用的估算工具'], ['zh-hans.html', '致电热线：2788 5588', '热线职员用的估算工具']]) {
    const { context, page, log } = await open(browser, origin, file);
    const call = page.locator('.site-header').getByRole('link', { name: hotline, exact: true });
    assert.ok(await call.isVisible(), `${file}: ${hotline} on screen`);
    assert.equal(await call.getAttribute('href'), 'tel:+85227885588', file);
    const tool = page.locator('.site-header').getByRole('link', { name: staff, exact: true });
    assert.ok(await tool.isVisible(), `${file}: ${staff} on screen`);
    assert.equal(await tool.getAttribute('href'), 'staff.html', file);
    await clean(log, page);
    await context.close();
  }
});

test('on a touch screen (pointer: coarse) every answer is a row 44 px tall that a tap on any part of chooses; with a mouse they stay compact', async () => {
  for (const touch of [true, false]) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: touch, isMobile: touch, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${origin}/index.html#cpfe1&d=2018-05-01&k=hk_business`);
    const widget = page.locator('cp-funding-estimator');
    await widget.getByRole('radiogroup', { name: 'Where is the factory?' }).waitFor();
    assert.equal(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), touch, 'the pointer emulated');
    const rows = await widget.locator('.cpfe-radio label').evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().height));
    assert.ok(rows.length >= 8, `${rows.length} answers`);
    if (touch) {
      for (const h of rows) assert.ok(h >= 44, `a row ${h} px tall, under 44 px`);
      // A tap at the row's far edge, away from the words' middle, chooses it.
      const label = widget.locator('.cpfe-radio label', { hasText: /^Hong Kong$/ });
      await label.scrollIntoViewIfNeeded();
      const box = await label.boundingBox();
      await page.touchscreen.tap(box.x + box.width - 4, box.y + 3);
      assert.ok(await widget.getByRole('radio', { name: 'Hong Kong', exact: true }).isChecked(), 'tapped at the edge of its row');
    } else {
      assert.ok(rows.some((h) => h < 44), `with a mouse the rows stay compact: ${rows}`);
    }
    await context.close();
  }
});

test('an assumption is marked in the language\'s own way: italic "(assumption)" in English, upright "（假設）" in Chinese', async () => {
  const link = '#cpfe1&d=2026-01-15&k=hk_business&g=hong_kong&r=hk_factory&b=1&s=textiles&p=new_technology_demonstration&o=other&c=1000000';
  for (const [file, want, style] of [['index.html', ' (assumption)', 'italic'], ['zh-hant.html', '（假設）', 'normal'], ['zh-hans.html', '（假设）', 'normal']]) {
    const { context, page, widget, log } = await open(browser, origin, file + link);
    const mark = widget.locator('.cpfe-reasons .cpfe-assumption').first();
    await mark.waitFor();
    assert.equal(await mark.textContent(), want, `${file}: the brackets of the language`);
    assert.equal(await mark.evaluate((e) => getComputedStyle(e).fontStyle), style, `${file}: ${style}`);
    await clean(log, page);
    await context.close();
  }
});

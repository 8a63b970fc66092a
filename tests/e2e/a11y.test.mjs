// What a screen reader is given (issue 33), in Chromium: the widget's
// accessibility tree in each state and language, over CDP
// (Accessibility.getFullAXTree), cut down to role, name and the states that
// matter, compared with the reviewed files in tests/a11y/ (as
// tests/rules_docs.rs guards the rules pages): a change to what is heard
// arrives as a readable diff. `make a11y-trees` writes them again.
// On the same trees: every control named, in the page's language; every
// radio in a named group, no two alike; headings that never skip a level.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, open, root } from './harness.mjs';

let browser, server, origin;
before(async () => { ({ server, origin } = await serve()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const dir = path.join(root, 'tests/a11y');
// `make a11y-trees` sets it: the files are written, not compared (git diff shows what changed).
const WRITE = process.env.CPFE_WRITE_A11Y_TREES === '1';

// A day well inside 2025-2027, given by the link: the trees do not change
// with the wall clock, nor when a phase is added after it.
const DAY = '#cpfe1&d=2026-01-15';
const ANSWERED = `${DAY}&k=hk_business&g=hong_kong&r=hk_factory&b=1&s=textiles&p=new_technology_demonstration&o=other&c=1000000`;
const STATES = {
  empty: { link: DAY },
  answered: { link: ANSWERED, ready: '.cpfe-figures' },
  refused: { link: `${DAY}&k=hk_business&g=elsewhere`, ready: '.cpfe-headline[data-verdict=no]' },
  error: { link: DAY, submit: true },
};
const PAGES = { en: 'index.html', 'zh-Hant': 'zh-hant.html', 'zh-Hans': 'zh-hans.html' };
const CONTROLS = new Set(['button', 'link', 'radio', 'textbox', 'checkbox', 'combobox', 'spinbutton', 'tab', 'switch', 'slider']);
// Roles without a name that add nothing a listener hears: their children
// are read in their place.
const FLAT = new Set(['generic', 'none', 'presentation', 'LineBreak', 'ListMarker']);
// Left out with what they hold: a text's line boxes (the text is there);
// a label's and a legend's words (they are the name of what they label,
// shown on it; an unlabelled control is a problem below).
const DROP = new Set(['InlineTextBox', 'LabelText', 'Legend']);
// The browser's own parts of a native control (a date field's month, day,
// year and picker), named by the browser in its own language: the control
// itself carries the widget's name.
const OWN_PARTS = new Set(['Date', 'date', 'DateTime', 'InputTime']);

/** The widget's accessibility tree in Chromium, as nodes {role, name, states, level, children}. */
async function tree(page, context) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('Accessibility.enable');
  const { result } = await cdp.send('Runtime.evaluate', { expression: "document.querySelector('cp-funding-estimator').shadowRoot.querySelector('.cpfe')" });
  const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const top = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
  assert.ok(top, 'the widget in the accessibility tree');
  const build = (n) => {
    const role = n.role?.value;
    if (DROP.has(role)) return [];
    const kids = OWN_PARTS.has(role) ? [] : (n.childIds || []).map((id) => byId.get(id)).filter(Boolean).flatMap(build);
    const name = (n.name?.value || '').replace(/\s+/g, ' ').trim();
    if (n.ignored || (FLAT.has(role) && !name)) return kids;
    const p = Object.fromEntries((n.properties || []).map((x) => [x.name, x.value?.value]));
    const states = [];
    if (p.checked !== undefined) states.push(p.checked === 'true' || p.checked === true ? 'checked' : 'unchecked');
    if (p.expanded !== undefined) states.push(p.expanded ? 'expanded' : 'collapsed');
    if (p.invalid && p.invalid !== 'false') states.push('invalid');
    if (p.required) states.push('required');
    if (p.disabled) states.push('disabled');
    if (p.live && p.live !== 'off') states.push(`live=${p.live}`);
    // A status line's words change as the person works (what is said is
    // checked as it changes, in engines.test.mjs): its place, not its words.
    const live = role === 'status';
    return [{ role, name, states, level: p.level, live, children: live ? [] : kids }];
  };
  return build(top);
}

/** The tree as the reviewed file holds it: one line a node, indented. */
function text(nodes, depth = 0, parentName = null) {
  return nodes.flatMap((n) => {
    // A control's own words, read as its name: not a second time; a space
    // between two texts is not a line.
    if (n.role === 'StaticText' && (n.name === parentName || !n.name)) return [];
    const role = n.role === 'StaticText' ? 'text' : n.role + (n.level ? ` level ${n.level}` : '');
    const line = `${'  '.repeat(depth)}${role}${n.name ? ` "${n.name}"` : ''}${n.states.length ? ` [${n.states.join(', ')}]` : ''}${n.live ? ' (its words change: engines.test.mjs hears them)' : ''}`;
    return [line, ...text(n.children, depth + 1, n.name || null)];
  });
}

/** What a listener would find wrong in a tree: unnamed controls, radios outside a named group or alike in one, a skipped heading level, English names on a Chinese page. */
function problems(nodes, lang) {
  const out = [];
  let lastLevel = null;
  const walk = (n, group) => {
    if (CONTROLS.has(n.role) && !n.name) out.push(`a ${n.role} without a name`);
    if (n.role === 'radio' && !group?.name) out.push(`radio "${n.name}" outside a named group`);
    if (['group', 'radiogroup'].includes(n.role)) {
      const radios = n.children.filter((c) => c.role === 'radio').map((c) => c.name);
      const alike = radios.filter((r, i) => radios.indexOf(r) !== i);
      if (alike.length) out.push(`group "${n.name}": radios alike: ${alike.join(', ')}`);
    }
    if (n.role === 'heading') {
      if (lastLevel !== null && n.level > lastLevel + 1) out.push(`heading "${n.name}" at level ${n.level} after level ${lastLevel}`);
      lastLevel = n.level;
    }
    // On a Chinese page no control's name is English (the language
    // buttons name each language in its own words).
    if (lang !== 'en' && CONTROLS.has(n.role) && /^[A-Za-z][A-Za-z ,.'’-]*$/.test(n.name) && n.name !== 'English') out.push(`${n.role} "${n.name}" in English on a ${lang} page`);
    const next = ['group', 'radiogroup'].includes(n.role) ? n : group;
    for (const c of n.children) walk(c, next);
  };
  for (const n of nodes) walk(n, null);
  return out;
}

const find = (nodes, role) => nodes.flatMap((n) => [...(n.role === role ? [n] : []), ...find(n.children, role)]);

async function check(file, link, state, lang, { ready, submit } = {}) {
  const { context, page, widget } = await open(browser, origin, `${file}${link}`);
  await widget.locator('.cpfe:not([aria-busy])').waitFor();
  if (ready) await widget.locator(ready).waitFor();
  if (submit) {
    await widget.locator('button[type=submit]').click();
    await widget.locator('.cpfe-error-summary:focus').waitFor();
  }
  const nodes = await tree(page, context);
  const lines = text(nodes).map((l) => l.replaceAll(origin, 'ORIGIN'));
  const got = `${lines.join('\n')}\n`;
  const name = `${state}.${lang}.txt`;
  const want = path.join(dir, name);
  if (WRITE) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(want, got);
  } else {
    assert.ok(fs.existsSync(want), `tests/a11y/${name} missing: make a11y-trees writes it`);
    assert.equal(got, fs.readFileSync(want, 'utf8'), `tests/a11y/${name}: what a screen reader hears changed; review the diff, then make a11y-trees`);
  }
  assert.deepEqual(problems(nodes, lang), [], `${state} ${lang}`);
  await context.close();
  return nodes;
}

for (const [lang, file] of Object.entries(PAGES)) {
  test(`accessibility tree (${lang}): each state as the reviewed file says; every control named in the page's language, radios in named groups, headings in order`, async () => {
    for (const [state, s] of Object.entries(STATES)) {
      const nodes = await check(file, s.link, state, lang, s);
      if (state === 'answered') {
        // The answer region, the streams table and the figures have names.
        for (const role of ['region', 'table']) assert.ok(find(nodes, role).every((n) => n.name), `${lang}: every ${role} named`);
        assert.ok(find(nodes, 'region').length >= 1, `${lang}: the answer is a named region`);
      }
      if (state === 'error') {
        const groups = find(nodes, 'radiogroup');
        assert.ok(groups.length >= 2 && groups.every((g) => g.states.includes('invalid') && g.states.includes('required')), `${lang}: every unanswered question required and invalid: ${JSON.stringify(groups.map((g) => [g.name, g.states]))}`);
        assert.ok(find(nodes, 'radio').every((r) => r.states.includes('invalid')), `${lang}: and each of its radios`);
      }
      if (state === 'empty') {
        // Nothing is invalid before an answer is asked for; every question required.
        const groups = find(nodes, 'radiogroup');
        assert.ok(groups.length >= 2 && groups.every((g) => !g.states.includes('invalid') && g.states.includes('required')), `${lang}: ${JSON.stringify(groups.map((g) => [g.name, g.states]))}`);
        assert.ok(find(nodes, 'radio').every((r) => !r.states.includes('invalid')), `${lang}: no radio invalid before any answer is asked for`);
      }
    }
  });
}

test('accessibility tree (staff, en): the hotline page with its summary', async () => {
  // Every answer given: the staff page's keys put the focus on the answer.
  await check('staff.html', ANSWERED, 'staff', 'en', { ready: '.cpfe-headline:focus' });
});

// What a real screen reader says (issue 33): Orca reads an enquiry in
// Firefox ESR, headless (tools/orca/, the recipe proven on these machines),
// and every utterance is captured as text. The cost is typed a key at a
// time into a case whose other answers a share link gave; then focus goes
// back through the questions. Orca must say the cost field's name, nothing
// from the widget while the cost is typed (only its own echo of the keys),
// then the answer once, in one sentence; then each question's name as the
// focus reaches it. The transcript is kept beside the accessibility trees
// (tests/a11y/orca.firefox.en.txt), so a change to what is heard arrives
// as a diff; `make a11y-trees` writes it again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, root } from './harness.mjs';

let server, origin;
before(async () => { ({ server, origin } = await serve()); });
after(() => server?.close());

const WRITE = process.env.CPFE_WRITE_A11Y_TREES === '1';
const CASE = '#cpfe1&d=2026-01-15&k=hk_business&g=hong_kong&r=hk_factory&b=1&s=textiles&p=new_technology_demonstration&o=other';
const COST = 'Estimated project cost (HK$)';
const STEPS = `focus ${COST};type 1000000;sleep 3;Shift+Tab;sleep 1;Shift+Tab;sleep 1;Shift+Tab;sleep 2`;
// Orca 43's words around the widget's (its roles and states, in English).
const installed = ['/usr/bin/orca', '/usr/bin/xdotool', '/usr/bin/firefox-esr', '/usr/bin/Xvfb'].every((f) => fs.existsSync(f));

test('Orca in Firefox ESR: the field named, nothing while the cost is typed, then the answer once; each question named as focus reaches it', { skip: !installed && !process.env.CI && 'Orca is not installed (make setup-web installs it)' }, () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cpfe-orca-'));
  const out = path.join(work, 'out');
  try {
    execFileSync(path.join(root, 'tools/orca/run.sh'), ['firefox', out], {
      env: { ...process.env, WORK: work, URL: `${origin}/index.html${CASE}`, STEPS, KEYGAP: '0.4', TYPEGAP_MS: '250' },
      stdio: 'pipe', timeout: 170_000,
    });
    const said = fs.readFileSync(path.join(out, 'said.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    const at = (re, from = 0) => said.findIndex((l, i) => i >= from && re.test(l));
    const field = at(new RegExp(COST.replace(/[()$]/g, '\\$&')));
    // Nothing said invalid before an answer was asked for.
    assert.equal(at(/invalid/), -1, `nothing invalid before the estimate was asked for:\n${said.join('\n')}`);
    assert.ok(field >= 0, `Orca names the cost field on focus:\n${said.join('\n')}`);
    const answer = /You can apply: about HK\$500,000 of sponsorship, 50% of your cost/;
    const told = said.filter((l) => answer.test(l));
    assert.equal(told.length, 1, `the answer said once:\n${said.join('\n')}`);
    const once = at(answer);
    // From the first key to the answer: Orca's echo of each key (a digit),
    // nothing of the widget's. (Before the first key, Orca reads the
    // field's hint, its description, and says it is in focus mode.)
    const first = at(/^[0-9]$/, field);
    assert.ok(first > field && first < once, `the keys echoed before the answer:\n${said.join('\n')}`);
    const during = said.slice(first, once);
    assert.ok(during.every((l) => /^[0-9]$/.test(l)), `only the keys' echo while typing:\n${during.join('\n')}`);
    // Back through the questions: each named as focus reaches it.
    for (const q of ['Who developed the technology?', 'What kind of project is it?']) {
      assert.ok(at(new RegExp(q.replace(/[?()]/g, '\\$&')), once) > once, `"${q}" said as focus reached it:\n${said.join('\n')}`);
    }
    // Kept from the field's name on: before it, Orca's own words about the
    // window and the page's load vary with timing (the window's title).
    const transcript = `${said.slice(field).join('\n')}\n`;
    const file = path.join(root, 'tests/a11y/orca.firefox.en.txt');
    if (WRITE) fs.writeFileSync(file, transcript);
    else assert.equal(transcript, fs.readFileSync(file, 'utf8'), 'tests/a11y/orca.firefox.en.txt: what Orca says changed; review the diff, then make a11y-trees');
  } finally { fs.rmSync(work, { recursive: true, force: true }); }
});

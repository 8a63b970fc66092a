// Shared by the browser tests: cp-serve serving www/ on 127.0.0.1 and a
// Chromium (Debian's) driven by playwright-core.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const www = path.join(root, 'www');
export const artefacts = path.join(root, 'test-results');

// Issue 12's phone profile (bench/phone.mjs, and the typing-while-loading
// test): CDP network emulation, as a mobile network gives it.
export const PHONE = {
  latency: 150, // ms, round trip
  downloadThroughput: (1.6 * 1e6) / 8, // bytes/s
  uploadThroughput: (0.75 * 1e6) / 8,
};

/** A page whose network is the phone profile's, with a cold cache. */
export async function phonePage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, connectionType: 'cellular4g', ...PHONE });
  return { page, cdp };
}
fs.mkdirSync(artefacts, { recursive: true });

/**
 * The last phase in the rule data (rules/phases/), as `cpfund rules
 * --format json` gives it: a test about "after the last known phase" finds
 * its id and end here, so adding a phase does not break it or make it quiet.
 * `after(days)` is an ISO date that many days after its last day; `en` and
 * `zh` write a date as the widget does ("31 March 2027", "2027年3月31日").
 */
export function lastPhase() {
  const binary = path.join(root, 'target/debug/cpfund');
  if (!fs.existsSync(binary)) throw new Error(`${binary} not found: build it first (cargo build -p cpfund)`);
  const { rule_sets: phases } = JSON.parse(execFileSync(binary, ['rules', '--format', 'json']).toString());
  const last = phases[phases.length - 1];
  const day = (iso) => new Date(`${iso}T00:00:00Z`);
  return {
    id: last.id,
    to: last.to,
    toAssumed: last.to_assumed,
    after: (days) => new Date(day(last.to).getTime() + days * 86_400_000).toISOString().slice(0, 10),
    en: (iso) => day(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    zh: (iso) => { const d = day(iso); return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`; },
  };
}

/** A string as a regular expression that matches it literally. */
export const literally = (s) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/**
 * Serves a folder (www/ unless told) with the project's own server,
 * cp-serve: the pre-compressed files, headers and CSP that `make serve`
 * gives, so the tests see what users get. `server.close()` stops it.
 */
export function serve(dir = www, { log = false } = {}) {
  const binary = process.env.CP_SERVE || path.join(root, 'target/debug/cp-serve');
  if (!fs.existsSync(binary)) throw new Error(`${binary} not found: build it first (cargo build -p cp-serve)`);
  const child = spawn(binary, [dir, '--port', '0', ...(log ? ['--log'] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  // With `log`: every request's path as the server saw it (`requests`).
  const requests = [];
  let rest = '';
  if (log) child.stdout.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop();
    for (const l of lines) { const m = l.match(/^[A-Z]+ (\/\S*)$/); if (m) requests.push(m[1]); }
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`cp-serve exited with ${code} before listening`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n')[0];
      if (out.includes('\n')) {
        child.removeAllListeners('exit');
        const origin = line.trim().replace(/\/$/, '');
        resolve({ server: { close: () => child.kill('SIGINT') }, origin, requests });
      }
    });
  });
}

export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', ...extraArgs],
  });
}

/** A page that records console errors, CSP violations and every request. */
export async function open(browser, origin, file, { width = 1280, height = 900, bypassCSP = false, deviceScaleFactor = 1 } = {}) {
  // bypassCSP only for axe, which injects styles of its own.
  const context = await browser.newContext({ viewport: { width, height }, bypassCSP, deviceScaleFactor });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await context.newPage();
  const log = { errors: [], warnings: [], requests: [], violations: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  await page.addInitScript(() => {
    // Event listeners on nodes still in the page (or on window/document),
    // counted for the leak tests: listeners on removed nodes go with them.
    const add = EventTarget.prototype.addEventListener, remove = EventTarget.prototype.removeEventListener;
    const live = new Map();
    const keyOf = (type, opts) => type + (typeof opts === 'boolean' ? opts : !!opts?.capture);
    EventTarget.prototype.addEventListener = function (type, fn, opts) {
      let m = live.get(this); if (!m) live.set(this, m = new Map());
      let fns = m.get(keyOf(type, opts)); if (!fns) m.set(keyOf(type, opts), fns = new Set());
      if (fn) fns.add(fn);
      return add.call(this, type, fn, opts);
    };
    EventTarget.prototype.removeEventListener = function (type, fn, opts) {
      live.get(this)?.get(keyOf(type, opts))?.delete(fn);
      return remove.call(this, type, fn, opts);
    };
    window.__liveListeners = () => {
      let n = 0;
      for (const [t, m] of live) {
        if (t === window || t === document || t.isConnected) for (const fns of m.values()) n += fns.size;
        else live.delete(t);
      }
      return n;
    };
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
  });
  await page.goto(origin + '/' + file);
  const widget = page.locator('cp-funding-estimator').first();
  await live(widget);
  log.violations = async () => page.evaluate(() => window.__cspViolations);
  return { context, page, widget, log };
}

const LABELS = {
  kind: { hk_business: 'A Hong Kong business with a factory or workshop', trade_association: 'A trade or industry association',
    service_provider: 'An environmental technology service provider', other: 'Someone else' },
  factory_region: { prd: 'Guangdong, in the Pearl River Delta', guangdong_other: 'Guangdong, outside the Pearl River Delta', hong_kong: 'Hong Kong', elsewhere: 'Elsewhere' },
  route: { gd_joint_venture: /^\(a\)/, gd_wfoe: /^\(b\)/, gd_processing_agreement: /^\(c\)/, gd_resident_majority: /^\(d\)/,
    hk_factory: /owns and operates a factory in Hong Kong/, hk_workshop: /workshop in Hong Kong/, none: 'None of these' },
  sector: { textiles: 'Textiles', other: 'Another industry', furniture: 'Furniture' },
  stream: { onsite_assessment: 'On-site improvement assessment', demonstration: 'Demonstration project',
    demonstration_wider_adoption: /^Demonstration project \(i\)/, demonstration_innovation: /^Demonstration project \(ii\)/,
    new_technology_demonstration: 'Demonstration of a new technology', verification: 'Verification of results',
    organisation_support: /^Organisation support/ },
  technology_origin: { hong_kong: 'Developed by a Hong Kong institution', guangdong_hong_kong: 'Developed jointly by Guangdong and Hong Kong institutions', other: 'Developed elsewhere' },
};

async function pick(widget, group, label) {
  const fieldset = widget.getByRole('radiogroup', { name: group });
  await fieldset.getByRole('radio', { name: label, exact: typeof label === 'string' }).check();
}
async function yesNo(widget, group, value) {
  await widget.getByRole('radiogroup', { name: group }).getByRole('radio', { name: value ? 'Yes' : 'No', exact: true }).check();
}

/** Enters a contract case through the form, as a person would (English labels). */
export async function enter(widget, c) {
  await widget.getByLabel('Application date').fill(c.date);
  // The engine asks the questions: on a date no phase covers, none (the
  // answer is that no phase takes applications).
  const kind = widget.getByRole('radiogroup', { name: 'Who is applying?' });
  await kind.or(widget.getByText('No phase takes applications on this date')).first().waitFor();
  if (!(await kind.count())) return { streamOffered: false };
  const a = c.applicant || {}, p = c.project || {}, h = c.history;
  if (a.kind) await pick(widget, 'Who is applying?', LABELS.kind[a.kind]);
  if (a.factory_region) await pick(widget, 'Where is the factory?', LABELS.factory_region[a.factory_region]);
  // The tie is asked only where one fits the factory's region (a factory
  // elsewhere is refused on that answer alone).
  const tie = 'How is the business tied to the factory?';
  if (a.route && await widget.getByRole('radiogroup', { name: tie }).count()) await pick(widget, tie, LABELS.route[a.route]);
  // The second share is not asked once the first has failed.
  const share = async (label, v) => { if (v && await widget.getByLabel(label).count()) await widget.getByLabel(label).fill(String(v)); };
  await share(/of the Mainland enterprise/, a.resident_share_mainland);
  await share(/of the Hong Kong business/, a.resident_share_hk_business);
  // After a refusal nothing more is asked (a factory elsewhere is not asked
  // its registration or its industry): each answered only where asked.
  const asked = async (name) => (await widget.getByRole('radiogroup', { name }).count()) > 0;
  const br = /Business Registration Ordinance/, sector = 'Which industry is the factory in?';
  if (a.br_registered !== undefined && a.kind === 'hk_business' && await asked(br)) await yesNo(widget, br, a.br_registered);
  if (a.sector && await asked(sector)) await pick(widget, sector, LABELS.sector[a.sector]);
  if (p.stream) {
    // The form offers only the phase's own streams.
    const label = LABELS.stream[p.stream];
    const radio = widget.getByRole('radiogroup', { name: 'What kind of project is it?' }).getByRole('radio', { name: label, exact: typeof label === 'string' });
    if (await radio.count() === 0) return { streamOffered: false };
    await radio.check();
  }
  // The technology's origin with the project's type, before the cost (and
  // not asked of a stream already refused).
  const origin = 'Who developed the technology?';
  if (p.technology_origin && await asked(origin)) await pick(widget, origin, LABELS.technology_origin[p.technology_origin]);
  if (p.cost !== undefined) await widget.getByLabel('Estimated project cost (HK$)').fill(String(p.cost));
  // The earlier assessment, where the form asks about it (an on-site
  // assessment in a phase with the second-assessment rule): "yes" when the
  // case says so or describes one (the contract implies it), then each
  // answer the case gives.
  const earlier = /had a Programme-funded on-site assessment before/;
  const described = h && Object.keys(h).some((k) => k !== 'previous_assessment');
  const had = h?.previous_assessment ?? (described ? true : undefined);
  if (had !== undefined && await widget.getByRole('radiogroup', { name: earlier }).count()) {
    await yesNo(widget, earlier, had);
    if (had) {
      if (h.previous_assessment_completed) await widget.getByLabel(/earlier Programme-funded on-site assessment completed/).fill(h.previous_assessment_completed);
      for (const [key, group] of [['recommended_measure_implemented', /implement at least one improvement measure/],
        ['process_or_material_changed', /changed its production process/], ['pursuing_recognition', /pursuing municipal/]]) {
        // The second change is not asked once the first is a yes.
        if (h[key] !== undefined && await widget.getByRole('radiogroup', { name: group }).count()) await yesNo(widget, group, h[key]);
      }
    }
  }
  return { streamOffered: true };
}

export function hkd(s) {
  const [i, f] = s.split('.');
  const grouped = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return 'HK$' + grouped + (f && f !== '00' ? '.' + f : '');
}

export const HEADLINES = {
  eligible: 'You can apply', ineligible: 'You cannot apply', case_by_case: 'Decided case by case',
  not_offered: 'This phase does not fund this', needs_information: 'More answers needed', no_rule_set: 'No phase of the programme takes applications',
};

/** The published acceptance cases (`$CP_SHARED_DIR` or ../shared). */
export function acceptanceCases() {
  const dir = process.env.CP_SHARED_DIR || path.join(root, '../shared');
  return JSON.parse(fs.readFileSync(path.join(dir, 'acceptance/cases.json'), 'utf8'));
}

/** Every test ends here: no console error, no CSP violation, no request off the origin, nothing stored. */
export async function checkClean(log, page, origin) {
  const assert = (await import('node:assert/strict')).default;
  assert.deepEqual(log.errors, [], 'console errors');
  assert.deepEqual(await log.violations(), [], 'CSP violations');
  for (const u of log.requests) assert.ok(u.startsWith(origin + '/'), `request left the origin: ${u}`);
  assert.deepEqual(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]), ['', 0, 0], 'nothing stored');
}

/** Waits for the live widget (the pre-rendered first view is marked busy). */
export async function live(widget) {
  await widget.locator('.cpfe:not([aria-busy])').first().waitFor();
}

/**
 * What a person cannot read at this width: each text (a line box of a
 * text node) that runs outside the widget or the window, unless it is in a
 * region that visibly scrolls sideways, and each Chinese text set as a
 * column of one or two characters a line.
 * A page function (no closure): Playwright's evaluate, or `run` in every
 * engine (engines.mjs).
 */
/** The line under the cost field that echoes the amount as read. */
export const COST_ECHO = '.cpfe-field:has([name=c]) .cpfe-echo';

export function unreadable() {
  const host = document.querySelector('cp-funding-estimator');
  const root = host.shadowRoot, box = host.getBoundingClientRect();
  const right = Math.min(box.right, document.documentElement.clientWidth) + 1, left = Math.max(box.left, 0) - 1;
  const cut = [], narrow = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n; (n = walker.nextNode());) {
    const text = n.textContent.trim();
    const el = n.parentElement;
    const shown = el.checkVisibility ? el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) : el.getClientRects().length > 0;
    if (!text || !shown) continue;
    let skip = false, l = left, r = right;
    for (let a = el; a; a = a.parentElement) {
      const st = getComputedStyle(a);
      // Read by screen readers only (the stacked table's headings).
      if (st.clipPath !== 'none') { skip = true; break; }
      // A box that scrolls or clips sideways bounds what is readable: its
      // text outside it is cut (hidden, or behind a scrollbar). No region
      // of the widget is meant to scroll sideways (the staff answer
      // scrolls down only), so none is allowed to.
      if (st.overflowX !== 'visible') {
        const b = a.getBoundingClientRect();
        l = Math.max(l, b.left - 1);
        r = Math.min(r, b.left + a.clientLeft + a.clientWidth + 1);
      }
    }
    if (skip) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    const lines = [...range.getClientRects()].filter((x) => x.width > 0);
    if (lines.some((x) => x.left < l || x.right > r)) cut.push(text.slice(0, 60));
    // A column of characters: three lines or more, under three a line.
    if (/[\u3400-\u9fff]/.test(text) && lines.length >= 3 && [...text].length / lines.length < 3) narrow.push(text.slice(0, 60));
  }
  return { cut, narrow, page: document.documentElement.scrollWidth > window.innerWidth };
}

// The release bundle's folder in dist/ (make dist), or undefined.
const dist = path.join(root, 'dist');
export const bundle = fs.existsSync(dist) && fs.readdirSync(dist).find((f) => /^cp-funding-estimator-[\d.]+$/.test(f));
const BUNDLE_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** A site: /cpfe/<bundle>/ (copied from dist/) and a plain page at
 * /pages/enquiry.html that embeds it with README.txt's snippet, under the strict CSP. */
export function bundleSite(tamper) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpfe-site-'));
  const folder = path.join(dir, 'cpfe', bundle);
  fs.cpSync(path.join(dist, bundle), folder, { recursive: true });
  if (tamper) tamper(folder);
  const readme = fs.readFileSync(path.join(dist, bundle, 'README.txt'), 'utf8');
  const snippet = readme.split('\n').filter((l) => /^\s+<(link|script) /.test(l)).map((l) => l.trim()).join('\n');
  fs.mkdirSync(path.join(dir, 'pages'));
  fs.copyFileSync(path.join(root, 'www/favicon.svg'), path.join(dir, 'pages/favicon.svg'));
  fs.writeFileSync(path.join(dir, 'pages/enquiry.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Enquiry</title><link rel="icon" href="favicon.svg" type="image/svg+xml">
<meta http-equiv="Content-Security-Policy" content="${BUNDLE_CSP}">
${snippet}
</head><body><main><h1>Enquiry</h1><cp-funding-estimator lang="en"></cp-funding-estimator></main></body></html>
`);
  return { dir, snippet };
}

/** What printing gave, as on paper: `pdf` written to `file`, its text (poppler's pdftotext) and its pages (pdfinfo). */
export function paper(pdf, file) {
  fs.writeFileSync(file, pdf);
  return { text: execFileSync('pdftotext', ['-layout', file, '-']).toString(),
    pages: Number(execFileSync('pdfinfo', [file]).toString().match(/Pages:\s+(\d+)/)[1]) };
}

/**
 * A proxy in front of a server, on 127.0.0.1: every request passes through
 * untouched, except that
 * - a request whose path matches `held` waits until `release()` (as a slow
 *   network gives it, for one file: the tests type into the pre-rendered
 *   form while the wasm is on its way), and
 * - the CSP header gains `report-uri /__csp-report`, and the engine's reports
 *   are kept in `reports`: violations from the page's first byte, in every
 *   engine (WebDriver has no script that runs before the page's own).
 */
export function proxy(upstream, { held = /^$/ } = {}) {
  let release;
  const open = new Promise((r) => { release = r; });
  const target = new URL(upstream);
  const reports = [];
  const server = http.createServer(async (req, res) => {
    if (req.url === '/__csp-report') {
      let body = '';
      for await (const chunk of req) body += chunk;
      reports.push(body);
      res.writeHead(204); res.end();
      return;
    }
    if (held.test(req.url)) await open;
    const out = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method,
      headers: { ...req.headers, host: target.host } }, (up) => {
      const headers = { ...up.headers };
      if (headers['content-security-policy']) headers['content-security-policy'] += '; report-uri /__csp-report';
      res.writeHead(up.statusCode, headers);
      up.pipe(res);
    });
    out.on('error', (e) => { res.writeHead(502); res.end(String(e)); });
    req.pipe(out);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    origin: `http://127.0.0.1:${server.address().port}`, reports, release: () => release(),
    close: () => { release(); server.closeAllConnections(); server.close(); },
  })));
}

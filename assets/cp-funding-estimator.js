// <cp-funding-estimator lang mode date public-page> and mount(element, options); see README.
// The glue: a dynamic import, so that the wasm and the page's texts start
// as soon as this file runs, not once the glue has arrived.
const glue = import('./pkg/cp_estimator.js');

const base = new URL('.', import.meta.url);
// make dist: SRI hashes {wasm, css, texts: {tag: [file, hash]}}
const INTEGRITY = null;
// A file of ours. If the page preloads it (`<link rel="preload" as="fetch">`,
// same origin, no crossorigin), the fetch asks for it as that link did
// (no-cors, with credentials), so that every engine takes the preload's
// response: WebKit matches a fetch preload to nothing else, Chromium to
// nothing else without crossorigin (BENCHMARKS.md, issue 17). Otherwise a
// plain fetch, checked against the bundle's hash if it has one.
function get(url, integrity) {
  const hinted = url.origin == location.origin && !integrity
    && [...document.querySelectorAll('link[rel=preload][as=fetch]:not([crossorigin])')].some((l) => l.href == url);
  return fetch(url, hinted ? { mode: 'no-cors', credentials: 'include' } : { integrity });
}
// Resolves to the glue once the wasm is instantiated.
let ready = null;
function load() {
  if (!ready) {
    const wasm = get(new URL('pkg/cp_estimator_bg.wasm', base), INTEGRITY?.wasm);
    wasm.catch(() => {}); // reported through `ready`
    ready = glue.then((g) => g.default({ module_or_path: wasm }).then(() => g));
    ready.catch(() => { ready = null; }); // fetched again on the next try
  }
  return ready;
}

// One language's texts (texts/<tag>.txt), fetched beside the wasm and loaded into it once.
const TEXTS = {};
function texts(tag) {
  if (!TEXTS[tag]) {
    const [file, integrity] = INTEGRITY ? INTEGRITY.texts[tag] : [`texts/${tag}.txt`];
    const url = new URL(file, base);
    TEXTS[tag] = Promise.all([load(), get(url, integrity).then((r) => {
      if (!r.ok) throw new Error(`cp-funding-estimator: ${url}: HTTP ${r.status}`);
      return r.arrayBuffer();
    })]).then(([g, bytes]) => g.loadTexts(tag, new Uint8Array(bytes)));
    TEXTS[tag].catch(() => delete TEXTS[tag]); // tried again next time
  }
  return TEXTS[tag];
}
// The texts a lang option needs, guessed before the wasm is there (textsTag decides).
const guess = (lang) => (/^zh[-_](hant|hk|tw|mo)\b/i.test(lang) ? 'zh-Hant' : /^zh\b/i.test(lang) ? 'zh-Hans' : 'en');
const language = async (lang = '') => {
  await texts(guess(lang)).catch(() => {});
  await texts((await glue).textsTag(lang));
};
// Before the first mount a failed fetch is tried again: a phone loses the network for a moment.
async function firstLanguage(lang) {
  for (const wait of [1000, 3000]) {
    try { return await language(lang); } catch { await new Promise((r) => setTimeout(r, wait)); }
  }
  return language(lang);
}

// What was entered in the pre-rendered form, as a share link's answers.
const entered = (pre) => [...pre.querySelectorAll('input[name]')]
  .filter((el) => (el.type === 'radio' ? el.checked && !el.defaultChecked : el.value !== el.defaultValue));
const typed = (els) => els.reduce((s, el) => `${s}&${el.name}=${encodeURIComponent(el.value)}`, 'cpfe1');
const find = (root, el) => root.querySelector(`input[name="${el.name}"]` + (el.type === 'radio' ? `[value="${el.value}"]` : ''));

// The live widget's container; a pre-rendered form's answers, focus and caret carry over.
function attach(host) {
  const container = document.createElement('div');
  container.className = 'cpfe-root';
  const pre = host.shadowRoot?.querySelector('.cpfe-root');
  if (pre) return { container, typed: () => typed(entered(pre)), swap: (before) => {
    const els = entered(pre);
    const a = host.shadowRoot.activeElement;
    const focus = a?.name && find(container, a);
    const [start, end] = [a?.selectionStart, a?.selectionEnd];
    pre.replaceWith(container);
    // Entered since the mount: through the live form's own events.
    if (typed(els) !== before) {
      for (const el of els) {
        const live = find(container, el);
        if (!live || (el.type === 'radio' ? live.checked : live.value === el.value)) continue;
        live.value = el.value;
        live.checked = el.checked;
        live.dispatchEvent(new Event(el.type === 'radio' ? 'change' : 'input', { bubbles: true }));
      }
    }
    if (focus) {
      focus.focus();
      try { if (start != null) focus.setSelectionRange(start, end); } catch { /* not a text field */ }
    }
  } };
  const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('cp-funding-estimator.css', base).href;
  if (INTEGRITY) { link.integrity = INTEGRITY.css; link.crossOrigin = 'anonymous'; }
  root.replaceChildren(link, container);
  return { container, swap: null };
}

// Resolves once the live widget in `container` is drawn and shows `key`
// (its language, mode and date: the view's data-shown); rejects if the module stops.
const waiting = new Set();
function shown(container, key) {
  const now = () => container.querySelector('.cpfe')?.dataset.shown === key;
  if (now()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const w = { reject, o: new MutationObserver(() => { if (now()) { w.o.disconnect(); waiting.delete(w); resolve(); } }) };
    waiting.add(w);
    w.o.observe(container, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-shown'] });
  });
}
const same = (a, b) => ['lang', 'mode', 'date'].every((k) => (a[k] || '') === (b[k] || ''));

const mounted = new WeakMap();
const live = new Set();

// The release wasm stops on a Rust panic with a trap (a RuntimeError): no
// widget can go on, so each shows the message it keeps ready in its language.
function stopped(error) {
  if (!(error instanceof WebAssembly.RuntimeError) || !String(error.stack).includes('cp_estimator')) return;
  for (const container of live) {
    const message = container.querySelector('.cpfe-crashed');
    if (!message) continue;
    message.hidden = false;
    message.className = 'cpfe cpfe-crashed';
    message.setAttribute('role', 'alert');
    container.replaceChildren(message);
  }
  live.clear();
  for (const w of waiting) { w.o.disconnect(); w.reject(error); }
  waiting.clear();
}
addEventListener('error', (e) => stopped(e.error));
addEventListener('unhandledrejection', (e) => stopped(e.reason));

// A share link's language (`l=` in its fragment, written by the widget):
// when a widget starts, it wins over the lang option.
const linked = () => location.hash.startsWith('#cpfe1') && /&l=(en|zh-Han[st])(&|$)/.exec(location.hash)?.[1];

// A summary's link: the public page in each language, resolved against
// this page (`publicPage`, {lang} standing for en, zh-hant or zh-hans; the
// staff view's default is the demo's pages beside it). In the widget's
// order of languages (en, zh-Hant, zh-Hans: share::public_page reads them so).
function pages({ publicPage: p, mode }) {
  if (!p && mode !== 'staff') return;
  try {
    return ['en', 'zh-hant', 'zh-hans'].map((t, i) => new URL(p ? p.replaceAll('{lang}', t) : `${i ? t : 'index'}.html`, location.href).href).join(' ');
  } catch {
    console.warn(`cp-funding-estimator: public-page="${p}" is not an address; a summary links to this page`);
  }
}

// Mounts a widget in `element`'s shadow root (again: replaces it); resolves
// to {update, destroy} once the live widget is drawn, showing the options.
export function mount(element, options = {}) {
  const lang = linked() || options.lang;
  return start(element, () => ({ ...options, lang }));
}

// `current()` gives the options as they are now: those set while the mount
// waits (attributes) are shown before "ready". If the widget cannot start
// (the wasm or the page's texts still fail after the retries), the element
// gets cp-funding-estimator-error, a pre-rendered form says so, and this rejects.
async function start(element, current) {
  let options = current();
  try {
    await firstLanguage(options.lang);
  } catch (error) {
    unstarted(element, error);
    throw error;
  }
  mounted.get(element)?.destroy();
  const { container, swap, typed: answers } = attach(element);
  const before = answers?.();
  const handle = (await load()).mount(container, { ...options, typed: before, texts, publicPages: pages(options) });
  live.add(container);
  await shown(container, handle.shown());
  if (swap) swap(before);
  // What a screen reader hears (issue 33): the view keeps the answer's
  // sentence in its status line's data-say; it is said (made the line's
  // text) once it has stood for a second: never at each key, not on load.
  let settle;
  const say = new MutationObserver(() => {
    clearTimeout(settle);
    const line = container.querySelector('.cpfe-said');
    if (line?.dataset.say) settle = setTimeout(() => { line.textContent = line.dataset.say; }, 1000);
  });
  say.observe(container, { subtree: true, attributes: true, attributeFilter: ['data-say'] });
  let done = false;
  let queue = Promise.resolve();
  const show = async (next) => {
    await language(next.lang);
    if (!live.has(container)) return;
    const changed = !same(next, options);
    options = next;
    handle.update(next);
    if (changed) await shown(container, handle.shown());
  };
  const h = {
    // Resolves once the change is shown; a new language's texts come first
    // (if they fail, the widget keeps its language, and this rejects).
    update: (next) => {
      const step = queue.then(() => show(next));
      queue = step.catch((e) => console.error(String(e)));
      return step;
    },
    destroy: () => {
      if (done) return;
      done = true;
      say.disconnect();
      clearTimeout(settle);
      if (live.delete(container)) { handle.destroy(); handle.free(); } // not into a stopped module
      if (mounted.get(element) === h) mounted.delete(element);
      if (element.shadowRoot) element.shadowRoot.replaceChildren();
    },
  };
  mounted.set(element, h);
  // Changed while the widget was mounting: shown before "ready" (unless a
  // language's texts cannot be fetched: the widget then keeps its own).
  for (let next = current(); !same(next, options); next = current()) {
    try { await h.update(next); } catch { break; }
  }
  element.dispatchEvent(new Event('cp-funding-estimator-ready'));
  return h;
}

// The widget could not start: say so on the element, and in the
// pre-rendered form (in the page's language, with the hotline).
function unstarted(element, error) {
  const pre = element.shadowRoot?.querySelector('.cpfe');
  const note = pre?.querySelector('.cpfe-unstarted');
  if (note) {
    note.hidden = false;
    note.setAttribute('role', 'alert');
    pre.removeAttribute('aria-busy');
  }
  element.dispatchEvent(new CustomEvent('cp-funding-estimator-error', { detail: { reason: String(error) } }));
}

class CpFundingEstimator extends HTMLElement {
  static get observedAttributes() { return ['lang', 'mode', 'date']; }
  options() {
    return {
      lang: this._linked || this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || 'en',
      mode: this.getAttribute('mode') || 'public',
      date: this.getAttribute('date') || '',
      publicPage: this.getAttribute('public-page') || '',
    };
  }
  connectedCallback() {
    if (this._handle || this._pending) return;
    this._linked = linked(); // until the page sets lang
    this._pending = start(this, () => this.options()).then((h) => {
      this._pending = null;
      if (!this.isConnected) return h.destroy();
      this._handle = h;
      h.update(this.options()); // set after "ready": shown at once if unchanged
    }, (e) => {
      this._pending = null;
      console.error(String(e));
    });
  }
  disconnectedCallback() {
    const h = this._handle;
    this._handle = null;
    if (h) h.destroy();
  }
  attributeChangedCallback(name) {
    if (name === 'lang') this._linked = null;
    if (this._handle) this._handle.update(this.options());
  }
}

if (!customElements.get('cp-funding-estimator')) {
  // The page's language's texts and the wasm, at once (see `glue` and `get`).
  texts(guess(linked() || document.querySelector('cp-funding-estimator[lang]')?.getAttribute('lang') || document.documentElement.lang)).catch(() => {});
  customElements.define('cp-funding-estimator', CpFundingEstimator);
}

// <cp-funding-estimator lang mode date> and mount(element, options); see README.
import init, { mount as mountInto, loadTexts, textsTag } from './pkg/cp_estimator.js';

const base = new URL('.', import.meta.url);
// make dist: SRI hashes {wasm, css, texts: {tag: [file, hash]}}
const INTEGRITY = null;
let ready = null;
function load() {
  const wasm = new URL('pkg/cp_estimator_bg.wasm', base);
  if (!ready) ready = init({ module_or_path: INTEGRITY ? fetch(wasm, { integrity: INTEGRITY.wasm }) : wasm });
  return ready;
}

// One language's texts (texts/<tag>.txt), fetched beside the wasm and loaded into it once.
const TEXTS = {};
function texts(tag) {
  if (!TEXTS[tag]) {
    const [file, integrity] = INTEGRITY ? INTEGRITY.texts[tag] : [`texts/${tag}.txt`];
    const url = new URL(file, base);
    TEXTS[tag] = Promise.all([load(), fetch(url, { integrity }).then((r) => {
      if (!r.ok) throw new Error(`cp-funding-estimator: ${url}: HTTP ${r.status}`);
      return r.text();
    })]).then(([, text]) => loadTexts(tag, text));
    TEXTS[tag].catch(() => delete TEXTS[tag]); // tried again next time
  }
  return TEXTS[tag];
}
// The texts a lang option needs, guessed before the wasm is there (textsTag decides).
const guess = (lang) => (/^zh[-_](hant|hk|tw|mo)\b/i.test(lang) ? 'zh-Hant' : /^zh\b/i.test(lang) ? 'zh-Hans' : 'en');
const language = async (lang = '') => {
  await texts(guess(lang)).catch(() => {});
  await texts(textsTag(lang));
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

// Resolves once Yew has drawn into `container`.
async function drawn(container) {
  for (let i = 0; i < 50 && !container.firstElementChild; i++) await Promise.resolve();
  if (!container.firstElementChild) await new Promise((r) => requestAnimationFrame(r));
}

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
}
addEventListener('error', (e) => stopped(e.error));
addEventListener('unhandledrejection', (e) => stopped(e.reason));

// Mounts a widget in `element`'s shadow root (again: replaces it); resolves to {update, destroy}.
export async function mount(element, options = {}) {
  await firstLanguage(options.lang);
  mounted.get(element)?.destroy();
  const { container, swap, typed: answers } = attach(element);
  const before = answers?.();
  const handle = mountInto(container, { ...options, typed: before, texts });
  live.add(container);
  if (swap) { await drawn(container); swap(before); }
  element.dispatchEvent(new Event('cp-funding-estimator-ready'));
  let done = false;
  let queue = Promise.resolve();
  const h = {
    // A new language's texts first (without them the widget keeps its language and says why in the console).
    update: (next) => (queue = queue.then(() => language(next.lang)).catch((e) => console.error(String(e)))
      .then(() => { if (live.has(container)) handle.update(next); })),
    destroy: () => {
      if (done) return;
      done = true;
      if (live.delete(container)) { handle.destroy(); handle.free(); } // not into a stopped module
      if (mounted.get(element) === h) mounted.delete(element);
      if (element.shadowRoot) element.shadowRoot.replaceChildren();
    },
  };
  mounted.set(element, h);
  return h;
}

class CpFundingEstimator extends HTMLElement {
  static get observedAttributes() { return ['lang', 'mode', 'date']; }
  options() {
    return {
      lang: this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || 'en',
      mode: this.getAttribute('mode') || 'public',
      date: this.getAttribute('date') || '',
    };
  }
  connectedCallback() {
    if (this._handle || this._pending) return;
    this._pending = mount(this, this.options()).then((h) => {
      this._pending = null;
      if (!this.isConnected) return h.destroy();
      this._handle = h;
      h.update(this.options()); // attributes set while the wasm loaded
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
  attributeChangedCallback() {
    if (this._handle) this._handle.update(this.options());
  }
}

if (!customElements.get('cp-funding-estimator')) {
  customElements.define('cp-funding-estimator', CpFundingEstimator);
}

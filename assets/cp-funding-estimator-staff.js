// The hotline at the speed of a call (issue 33): answer keys for the staff
// page only (pages/staff.html loads this beside the loader; the public page
// does not download it). A person's own keys, through the widget's own
// controls: nothing here decides an answer or hides one from a screen
// reader, and no key a browser or a screen reader needs is taken.
// - In a question, digit N chooses its N-th answer, and the focus moves to
//   the next question still unanswered (or to the answer, once none is).
// - Outside a text field: E, T or S chooses the summary's language
//   (English, 繁體中文, 简体中文); C copies the summary.
// The keys guide (pages/staff.html, .staff-keys: one paragraph a language)
// says the same; the one in the widget's language is shown.
const LANG = { e: 'en', t: 'zh-Hant', s: 'zh-Hans' };

// The first question after `from` (in the form's order) still unanswered:
// a group with nothing chosen, or an empty text field.
function next(root, from) {
  const fields = [...root.querySelectorAll('.cpfe-form .cpfe-field')];
  for (const f of fields.slice(fields.indexOf(from) + 1)) {
    if (f.matches('fieldset') ? !f.querySelector(':checked') : !f.querySelector('input')?.value) return f.querySelector('input');
  }
  return root.querySelector('.cpfe-headline');
}

function keys(host) {
  const root = host.shadowRoot;
  root.addEventListener('keydown', (e) => {
    const t = e.target;
    if (e.altKey || e.ctrlKey || e.metaKey || !root.querySelector('.cpfe:not([aria-busy])')) return;
    if (t.type === 'radio' && /^[1-9]$/.test(e.key)) {
      const group = t.closest('fieldset');
      const choice = group.querySelectorAll('input[type=radio]')[e.key - 1];
      if (!choice) return;
      e.preventDefault();
      choice.click();
      // Once the widget has drawn what the answer changed (a frame).
      requestAnimationFrame(() => next(root, root.getElementById(group.id) || group)?.focus());
    } else if (t.type !== 'text' && t.type !== 'date' && !e.shiftKey) {
      const k = e.key.toLowerCase();
      const button = LANG[k] ? root.querySelector(`.cpfe-summary-lang button[lang="${LANG[k]}"]`)
        : k === 'c' ? root.querySelector('.cpfe-actions > .cpfe-button:not(.cpfe-secondary)') : null;
      if (!button) return;
      e.preventDefault();
      button.click();
    }
  }, true);
  // The page is the hotline's tool: the first question unanswered takes the focus.
  next(root, null)?.focus();
  // The guide in the widget's language, as it changes.
  const guide = () => {
    const lang = root.querySelector('.cpfe')?.lang;
    for (const p of document.querySelectorAll('.staff-keys p')) p.hidden = p.lang !== lang;
  };
  guide();
  new MutationObserver(guide).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['lang'] });
}

for (const host of document.querySelectorAll('cp-funding-estimator[mode=staff]')) {
  host.addEventListener('cp-funding-estimator-ready', () => keys(host), { once: true });
}

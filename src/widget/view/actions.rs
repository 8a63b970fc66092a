//! The actions under the answer: copy the summary or the link (and say so
//! only once the browser has copied, and in which language), print, start
//! again, the share link; in the staff view, the summary's language and a
//! preview of the summary first.

use super::super::state::Action;
use crate::i18n::{self, Lang};
use yew::prelude::*;

/// What the actions need from the widget.
pub(super) struct Args<'a> {
    pub l: Lang,
    pub staff: bool,
    pub summary_lang: Lang,
    pub summary_text: String,
    pub share_link: String,
    pub link_too_long: bool,
    /// The status line ("copied"), read by screen readers.
    pub announce: UseStateHandle<String>,
    pub send: Callback<Action>,
    /// A language button's action (`true`: the summary's language).
    pub switch: &'a dyn Fn(Lang, bool) -> Callback<MouseEvent>,
    /// The widget's element ids.
    pub id: &'a dyn Fn(&str) -> String,
}

pub(super) fn view(a: Args<'_>) -> Html {
    let l = a.l;
    let copy = |text: String, done: String| {
        let announce = a.announce.clone();
        let failed = i18n::messages::widget_copy_failed(l);
        Callback::from(move |_: MouseEvent| {
            announce.set(String::new());
            let Some(w) = web_sys::window() else { return };
            // Say "copied" only once the browser has copied.
            let promise = w.navigator().clipboard().write_text(&text);
            on_settled(
                &promise,
                {
                    let (announce, done) = (announce.clone(), done.clone());
                    move || announce.set(done)
                },
                {
                    let (announce, failed) = (announce.clone(), failed.clone());
                    move || announce.set(failed)
                },
            );
        })
    };
    // Staff: the summary's language first, then what will be copied.
    let summary = a.staff.then(|| {
        html! {
            <div class="cpfe-summary-lang">
                <span id={(a.id)("summary-lang")}>{ i18n::messages::widget_summary_language(l) }</span>
                <div role="group" aria-labelledby={(a.id)("summary-lang")}>
                { for Lang::ALL.iter().map(|&x| html! {
                    <button type="button" class="cpfe-link-button" lang={x.tag()} aria-pressed={(x == a.summary_lang).to_string()}
                        onclick={(a.switch)(x, true)}>{ x.native_name() }</button>
                }) }
                </div>
                <details class="cpfe-preview">
                    <summary>{ i18n::messages::widget_summary_preview(l) }</summary>
                    <pre lang={a.summary_lang.tag()}>{ a.summary_text.clone() }</pre>
                </details>
            </div>
        }
    });
    let copied = i18n::messages::widget_copied(l, &i18n::language_name(a.summary_lang, l));
    html! {
        <div class="cpfe-actions">
            { for summary }
            <button type="button" class="cpfe-button" onclick={copy(a.summary_text, copied)}>{ i18n::messages::widget_copy_summary(l) }</button>
            <button type="button" class="cpfe-button cpfe-secondary" onclick={Callback::from(|_| { if let Some(w) = web_sys::window() { let _ = w.print(); } })}>{ i18n::messages::widget_print(l) }</button>
            <button type="button" class="cpfe-button cpfe-secondary" onclick={a.send.reform(|_| Action::Reset)}>{ i18n::messages::widget_reset(l) }</button>
            <div class="cpfe-share">
                <label for={(a.id)("share")}>{ i18n::messages::widget_share_link(l) }</label>
                <input id={(a.id)("share")} class="cpfe-input" type="text" readonly=true value={a.share_link.clone()} />
                if a.link_too_long { <p class="cpfe-error">{ i18n::messages::widget_link_too_long(l) }</p> }
                <button type="button" class="cpfe-button cpfe-secondary" onclick={copy(a.share_link, i18n::messages::widget_link_copied(l))}>{ i18n::messages::widget_copy_link(l) }</button>
            </div>
            <p class="cpfe-status" role="status">{ (*a.announce).clone() }</p>
        </div>
    }
}

/// Runs `ok` or `err` when `promise` settles (no futures runtime needed).
pub(super) fn on_settled(
    promise: &js_sys::Promise,
    ok: impl FnOnce() + 'static,
    err: impl FnOnce() + 'static,
) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsValue;
    let ok = Closure::once_into_js(move |_: JsValue| ok());
    let err = Closure::once_into_js(move |_: JsValue| err());
    if let Ok(then) = js_sys::Reflect::get(promise, &JsValue::from_str("then")) {
        let then: js_sys::Function = then.into();
        let _ = then.call2(promise, &ok, &err);
    }
}

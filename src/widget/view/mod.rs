//! The widget's components (Yew). They render a `Screen` (and the
//! questions `State::settle` gives) and send `Action`s; every decision is
//! in `screen`, `state` or the engine.

mod actions;
mod answer;
mod chart;
mod form;
mod link;
mod streams;

use super::fields::FormField;
use super::screen::Screen;
use super::state::*;
use crate::i18n::{self, Lang, Switch};
use crate::rules::*;
use answer::answer_view;
use form::{focus_in_root, question, text_input};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
/// The state and its evaluation, which is redone only when the answers or
/// the date in force change (`State::same_answers`), not on a render for
/// anything else (the language, an announcement, the summary's language).
struct Store(State, Rc<Settled>);

impl Store {
    fn new(s: State) -> Store {
        let e = Rc::new(s.settle());
        Store(s, e)
    }
}

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        #[cfg(feature = "panic-test")]
        if action == Action::Answer(Field::Cost, "panic!".into()) {
            panic!("provoked by a test (feature panic-test)");
        }
        let mut s = self.0.clone();
        s.reduce(action);
        if s.same_answers(&self.0) {
            let e = self.1.clone();
            return Rc::new(Store(s, e));
        }
        Rc::new(Store::new(s))
    }
}

#[derive(Clone, Debug, PartialEq, Properties)]
pub struct AppProps {
    pub options: Options,
    /// The page's URL fragment at mount (a share link, perhaps).
    pub fragment: Option<String>,
    /// The page's address without the fragment, for the share link.
    pub base_url: String,
    /// The public page's address in each language, for a summary's link
    /// (the loader's `publicPages` option: `share::public_page`).
    #[prop_or_default]
    pub public_pages: Option<String>,
    /// Unique per widget on the page: prefixes element ids.
    pub instance: u32,
    /// Rendered ahead of time into the page: a working HTML form (people
    /// type and choose in it before the wasm arrives), marked busy, whose
    /// button submits nothing until the live widget takes its place.
    #[prop_or_default]
    pub prerendered: bool,
    /// What was entered in the pre-rendered form, in the share link's form
    /// (`cpfe1&c=…`): the live widget starts from it (the loader reads it
    /// from the pre-rendered form when it mounts the live widget).
    #[prop_or_default]
    pub typed: Option<String>,
    /// Fetches and loads another language's texts, when a person switches
    /// to it (none when pre-rendering, where every language is built in).
    #[prop_or_default]
    pub texts: Option<TextsSource>,
}

/// The loader's function `tag → Promise`, settled once the language's
/// texts are loaded (`embed::load_texts`) or could not be.
#[derive(Clone, Debug, PartialEq)]
pub struct TextsSource(pub js_sys::Function);

impl TextsSource {
    fn fetch(&self, l: Lang) -> Option<js_sys::Promise> {
        use wasm_bindgen::JsCast;
        let p = self
            .0
            .call1(&wasm_bindgen::JsValue::NULL, &l.tag().into())
            .ok()?;
        p.dyn_into().ok()
    }
}

/// The whole widget: the hooks, then the layout of what `Screen` decided.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let (fragment, typed, options) = (props.fragment.clone(), props.typed.clone(), props.options);
    let store = use_reducer(move || Store::new(State::start(options, fragment.as_deref(), typed)));
    {
        let store = store.clone();
        use_effect_with(props.options, move |o| {
            if store.0.lang != o.lang || store.0.mode != o.mode || store.0.pinned_date != o.date {
                store.dispatch(Action::Options(*o));
            }
        });
    }
    let errors_ref = use_node_ref();
    let result_ref = use_node_ref();
    let announce = use_state(String::new);
    let (s, settled) = (&store.0, &*store.1);
    let screen = Screen::of(s, settled, &props.base_url, props.public_pages.as_deref());
    {
        let (errors_ref, result_ref) = (errors_ref.clone(), result_ref.clone());
        // "Show my estimate" with answers missing or wrong: the error
        // summary takes the focus (GOV.UK), which lists them all.
        let has_errors = !screen.error_summary.is_empty();
        use_effect_with(s.focus_tick, move |tick| {
            if *tick > 0 {
                let target = if has_errors { &errors_ref } else { &result_ref };
                if let Some(el) = target.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let l = screen.lang;
    let id = |name: &str| format!("cpfe{}-{}", props.instance, name);
    let send = {
        let store = store.clone();
        Callback::from(move |a: Action| store.dispatch(a))
    };
    // An error shown on leaving a field moves what is below it: while a
    // pointer is down, it waits for the pointer to come up.
    let onpointerdown = send.reform(|_: PointerEvent| Action::Press);
    let onpointerup = send.reform(|_: PointerEvent| Action::Release);
    // A touch the browser takes over (a scroll) ends in `pointercancel`,
    // never `pointerup`: it releases too, or the fields left meanwhile
    // would never show their errors.
    let onpointercancel = onpointerup.clone();
    let onsubmit = {
        let store = store.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            store.dispatch(Action::Submit);
        })
    };
    let switch = |x: Lang, summary: bool| {
        language_button(x, summary, l, &send, &announce, props.texts.clone())
    };
    let actions = actions::view(actions::Args {
        l,
        staff: screen.staff,
        summary_lang: s.summary_lang,
        summary_text: screen.summary_text.clone(),
        share_link: screen.share_link.clone(),
        link_too_long: screen.link_too_long,
        announce: announce.clone(),
        send: send.clone(),
        switch: &switch,
        id: &id,
    });
    // Exactly the questions the engine asks for these answers, in its
    // order: a list of its own, all keyed (Yew diffs a list of keyed and
    // unkeyed children as unkeyed, and the questions then go wrong).
    let questions = html! {
        { for settled.questions.iter().map(|q| question(q, s, &screen, &id, &send)) }
    };
    // While the date cannot be read, the answer says what it waits for (it
    // does not vanish).
    let answer = match screen.evaluation {
        Some(e) => answer_view(e, &screen, &result_ref, &id("result")),
        None => html! {
            <div ref={result_ref.clone()} tabindex="-1">
                if screen.date_error.is_some() { <p class="cpfe-headline" data-verdict="maybe">{ i18n::messages::widget_headline_date(l) }</p> }
            </div>
        },
    };

    html! {
        <div class="cpfe" data-mode={if screen.staff { "staff" } else { "public" }} data-shown={s.shown()} lang={l.tag()} aria-busy={props.prerendered.then_some("true")} {onpointerdown} {onpointerup} {onpointercancel}>
            <header class="cpfe-header">
                <h2 class="cpfe-title">{ screen.title.clone() }</h2>
                { languages(l, &switch) }
            </header>
            { unstarted(props.prerendered, l) }
            if screen.link_problem { <p class="cpfe-warning" role="alert">{ i18n::messages::widget_link_problem(l) }</p> }
            if !screen.staff { <p class="cpfe-intro">{ i18n::messages::widget_intro(l) }</p> }
            <div class="cpfe-layout">
                <form class="cpfe-form" novalidate=true {onsubmit}>
                    { error_summary(&screen, &errors_ref, &id) }
                    { date_field(&screen, s, &id, &send) }
                    <p class="cpfe-phase" data-provisional={screen.phase.1.then_some("")}>{ screen.phase.0.clone() }</p>
                    { questions }
                    <button type={if props.prerendered { "button" } else { "submit" }} class="cpfe-button">{ i18n::messages::widget_submit(l) }</button>
                </form>
                <section class="cpfe-answer" aria-labelledby={id("result")}>
                    { answer }
                    if screen.evaluation.is_some() { <p class="cpfe-print-link">{ i18n::messages::widget_print_link(l) }{ l.colon() }{ screen.share_link.clone() }</p> }
                    { actions }
                </section>
            </div>
            // What a screen reader hears: the answer in one sentence, kept
            // here; the loader says it (as this status line's text) once it
            // has stood for a second: never at each key, nothing on load.
            <p class="cpfe-said" role="status" data-say={screen.announcement()}></p>
            // If the module ever stops (a trap), the loader puts this in
            // place of the widget: a form that no longer answers would mislead.
            <p class="cpfe-crashed" lang={l.tag()} hidden=true>{ i18n::crash_message(l) }</p>
        </div>
    }
}

/// The widget's language buttons.
fn languages(l: Lang, switch: &dyn Fn(Lang, bool) -> Callback<MouseEvent>) -> Html {
    html! {
        <div class="cpfe-langs" role="group" aria-label={i18n::messages::widget_language(l)}>
            { for Lang::ALL.iter().map(|&x| html! {
                <button type="button" class="cpfe-link-button" lang={x.tag()} aria-pressed={(x == l).to_string()}
                    onclick={switch(x, false)}>{ x.native_name() }</button>
            }) }
        </div>
    }
}

/// A language button (the widget's, or the staff summary's): switches once
/// the language's texts are there, fetching them first if need be, and
/// says so on the status line; the answers stay as they are.
fn language_button(
    x: Lang,
    summary: bool,
    l: Lang,
    send: &Callback<Action>,
    announce: &UseStateHandle<String>,
    source: Option<TextsSource>,
) -> Callback<MouseEvent> {
    let (send, announce) = (send.clone(), announce.clone());
    Callback::from(move |_: MouseEvent| {
        let done = {
            let (send, announce) = (send.clone(), announce.clone());
            move || {
                let (action, said) = if summary {
                    (
                        Action::SummaryLang(x),
                        i18n::switch_text(Switch::SummaryChanged, x, l),
                    )
                } else {
                    (Action::Lang(x), i18n::switch_text(Switch::Changed, x, x))
                };
                send.emit(action);
                announce.set(said);
            }
        };
        if i18n::catalogue::loaded(x) {
            return done();
        }
        let failed = {
            let announce = announce.clone();
            move || announce.set(i18n::switch_text(Switch::Failed, x, l))
        };
        match source.as_ref().and_then(|s| s.fetch(x)) {
            Some(promise) => {
                announce.set(i18n::switch_text(Switch::Loading, x, l));
                let fail = failed.clone();
                actions::on_settled(
                    &promise,
                    move || {
                        if i18n::catalogue::loaded(x) {
                            done()
                        } else {
                            fail()
                        }
                    },
                    failed,
                );
            }
            None => failed(),
        }
    })
}

/// The application date: a line when the page pinned it, else its field.
fn date_field(
    screen: &Screen,
    s: &State,
    id: &dyn Fn(&str) -> String,
    send: &Callback<Action>,
) -> Html {
    if let Some(pinned) = &screen.pinned_date {
        return html! { <p class="cpfe-pinned">{ pinned.clone() }</p> };
    }
    let l = screen.lang;
    let row = FormField::of(Field::Date);
    text_input(
        &id(row.key),
        row,
        l,
        s.form.get(Field::Date),
        screen
            .error(Field::Date)
            .map(|e| screen.error_text(Field::Date, e)),
        send,
        // The date in words: 01/04/2020 and 04/01/2020 read apart.
        Some(form::echo(s.date_echo().map(|d| l.date(d)))),
    )
}

/// The error summary, each error linking to its field (an empty, hidden
/// target for the focus until there is one).
fn error_summary(screen: &Screen, errors_ref: &NodeRef, id: &dyn Fn(&str) -> String) -> Html {
    if screen.error_summary.is_empty() {
        return html! { <div ref={errors_ref.clone()} hidden=true></div> };
    }
    html! {
        <div class="cpfe-error-summary" role="alert" tabindex="-1" ref={errors_ref.clone()} aria-labelledby={id("errors-title")}>
            <h3 id={id("errors-title")}>{ i18n::messages::widget_error_title(screen.lang) }</h3>
            <ul>
                { for screen.error_summary.iter().map(|p| {
                    let row = FormField::of(p.field);
                    let l = screen.lang;
                    // A text's input, or a choice's first option (a
                    // fieldset cannot take focus).
                    let (target, text) = match p.error {
                        Some(e) => (id(row.key), screen.error_text(p.field, e)),
                        None => (
                            format!("{}-0", id(row.key)),
                            i18n::messages::widget_unanswered(l, &i18n::field_question(p.field, l)),
                        ),
                    };
                    let t2 = target.clone();
                    let onclick = Callback::from(move |ev: MouseEvent| {
                        ev.prevent_default();
                        focus_in_root(&ev, &t2);
                    });
                    html! { <li><a href={format!("#{target}")} {onclick}>{ text }</a></li> }
                }) }
            </ul>
        </div>
    }
}

/// In the pre-rendered form only: what the loader shows if the live widget
/// cannot start (its texts are built into the pre-render, not the wasm).
#[cfg(feature = "ssr")]
fn unstarted(prerendered: bool, l: Lang) -> Html {
    if !prerendered {
        return html! {};
    }
    html! { <p class="cpfe-warning cpfe-unstarted" hidden=true>{ i18n::unstarted_message(l) }</p> }
}

#[cfg(not(feature = "ssr"))]
fn unstarted(_: bool, _: Lang) -> Html {
    html! {}
}

//! The widget's components (Yew). They render `State` and send `Action`s;
//! every decision is in `state` or the engine.

use super::share;
use super::state::*;
use crate::i18n::format_hkd;
use crate::i18n::{self, Lang, Ui, W};
use crate::money::{Cost, Money};
use crate::rules::data::PROGRAMME;
use crate::rules::*;
use crate::summary;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
struct Store(State);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        #[cfg(feature = "panic-test")]
        if action == Action::Text(TextField::Cost, "panic!".into()) {
            panic!("provoked by a test (feature panic-test)");
        }
        let mut s = self.0.clone();
        s.reduce(action);
        Rc::new(Store(s))
    }
}

#[derive(Clone, Debug, PartialEq, Properties)]
pub struct AppProps {
    pub options: Options,
    /// The page's URL fragment at mount (a share link, perhaps).
    pub fragment: Option<String>,
    /// The page's address without the fragment, for the share link.
    pub base_url: String,
    /// Unique per widget on the page: prefixes element ids.
    pub instance: u32,
    /// Rendered ahead of time into the page: shown, but inert until the
    /// wasm has drawn the live widget in its place.
    #[prop_or_default]
    pub prerendered: bool,
}

/// The whole widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let fragment = props.fragment.clone();
    let options = props.options;
    let store = use_reducer(move || {
        let mut s = State::new(options);
        if let Some(d) = fragment.as_deref().and_then(|f| share::decode(f, &s.form)) {
            s.form = d.form;
            s.link_problem = d.problem;
        }
        Store(s)
    });
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
    let s = &store.0;
    let (evaluation, errors) = s.evaluation();
    {
        let errors_ref = errors_ref.clone();
        let result_ref = result_ref.clone();
        let has_errors = !errors.is_empty();
        use_effect_with(s.focus_tick, move |tick| {
            if *tick > 0 {
                let target = if has_errors { &errors_ref } else { &result_ref };
                if let Some(el) = target.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let l = s.lang;
    let id = |name: &str| format!("cpfe{}-{}", props.instance, name);
    let dispatch = |a: fn(String) -> Action| {
        let store = store.clone();
        Callback::from(move |e: InputEvent| {
            store.dispatch(a(e.target_unchecked_into::<HtmlInputElement>().value()))
        })
    };
    let send = {
        let store = store.clone();
        Callback::from(move |a: Action| store.dispatch(a))
    };
    let onsubmit = {
        let store = store.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            store.dispatch(Action::Submit);
        })
    };
    let fragment = share::encode(&s.form);
    let link_too_long = fragment.len() > share::MAX_LEN;
    let share_link = format!("{}#{}", props.base_url, fragment);
    let summary_text = evaluation
        .as_ref()
        .map(|e| format!("{}\n{}\n", summary::text(e, s.summary_lang), share_link))
        .unwrap_or_default();
    let copy = |text: String, done: String| {
        let announce = announce.clone();
        let failed = i18n::w(W::CopyFailed, l);
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
    let staff = s.mode == Mode::Staff;
    let field_error = |f: TextField| {
        errors
            .iter()
            .find(|e| e.field == f)
            .map(|e| i18n::input_error_text(&e.error, l))
    };

    let lang_switch = html! {
        <div class="cpfe-langs" role="group" aria-label={i18n::w(W::Language, l)}>
            { for Lang::ALL.iter().map(|&x| {
                let send = send.clone();
                html! {
                    <button type="button" class="cpfe-link-button" lang={x.tag()} aria-pressed={(x == l).to_string()}
                        onclick={Callback::from(move |_| send.emit(Action::Lang(x)))}>{ x.native_name() }</button>
                }
            }) }
        </div>
    };

    let date_field = match s.pinned_date {
        Some(d) => {
            html! { <p class="cpfe-pinned">{ format!("{} {}", i18n::w(W::DatePinned, l), l.date(d)) }</p> }
        }
        None => text_input(
            &id("date"),
            i18n::w(W::DateLabel, l),
            Some(i18n::w(W::DateHint, l)),
            &s.form.date,
            field_error(TextField::Date),
            dispatch(|v| Action::Text(TextField::Date, v)),
            "date",
            None,
        ),
    };
    let phase = match s.applicable() {
        Some(Applicable {
            rule_set: rs,
            provisional,
        }) => {
            html! { <p class={if provisional { "cpfe-phase cpfe-provisional" } else { "cpfe-phase" }}>{ format!("{}{}{}", i18n::ui(Ui::Phase, l), l.colon(), i18n::phase_line(rs.id, rs.from, rs.to, provisional, l)) }</p> }
        }
        None => html! { <p class="cpfe-phase">{ i18n::w(W::NoPhase, l) }</p> },
    };

    let v = s.visible();
    let yes_no = |name: &str, legend: String, q: YesNo, value: Option<bool>| {
        let send = send.clone();
        radios(
            &id(name),
            legend,
            None,
            vec![
                (true, i18n::w(W::Yes, l), None),
                (false, i18n::w(W::No, l), None),
            ],
            value,
            Callback::from(move |b| send.emit(Action::YesNo(q, b))),
        )
    };
    let rs = s.rule_set();
    let mut stream_options: Vec<(Stream, String, Option<String>)> = rs
        .map(|rs| {
            rs.offered()
                .map(|(st, t)| (st, i18n::stream_label(st, l), Some(i18n::terms_short(t, l))))
                .collect()
        })
        .unwrap_or_default();
    // A stream chosen under another date stays a visible, changeable answer.
    if let Some(st) = s
        .form
        .stream
        .filter(|st| !stream_options.iter().any(|o| o.0 == *st))
    {
        stream_options.push((
            st,
            i18n::stream_label(st, l),
            Some(i18n::verdict_short(Verdict::NotOffered, l)),
        ));
    }
    let cost_echo = Cost::parse(&s.form.cost)
        .ok()
        .map(|c| format!("= {}", format_hkd(c.amount(), l)));

    let questions = html! {
        <>
            { radios(&id("kind"), i18n::field_question(Field::Kind, l), None,
                ApplicantKind::ALL.iter().map(|&k| (k, i18n::kind_label(k, l), None)).collect(),
                s.form.kind, send.reform(Action::Kind)) }
            if v.region {
                { radios(&id("region"), i18n::field_question(Field::FactoryRegion, l), None,
                    Region::ALL.iter().map(|&r| (r, i18n::region_label(r, l), None)).collect(),
                    s.form.region, send.reform(Action::Region)) }
            }
            if v.route {
                { radios(&id("route"), i18n::field_question(Field::Route, l), None,
                    s.routes().into_iter().map(|r| (r, i18n::route_label(r, l), None)).collect(),
                    s.form.route.filter(|r| s.routes().contains(r)), send.reform(Action::Route)) }
            }
            if v.shares {
                { text_input(&id("share-mainland"), i18n::field_question(Field::ResidentShareMainland, l), Some(i18n::w(W::ShareHint, l)),
                    &s.form.share_mainland, field_error(TextField::ShareMainland), dispatch(|v| Action::Text(TextField::ShareMainland, v)), "text", Some("decimal")) }
                { text_input(&id("share-hk"), i18n::field_question(Field::ResidentShareHkBusiness, l), Some(i18n::w(W::ShareHint, l)),
                    &s.form.share_hk, field_error(TextField::ShareHk), dispatch(|v| Action::Text(TextField::ShareHk, v)), "text", Some("decimal")) }
            }
            if v.br { { yes_no("br", i18n::field_question(Field::BrRegistered, l), YesNo::Br, s.form.br) } }
            if v.sector {
                { radios(&id("sector"), i18n::field_question(Field::Sector, l), None,
                    Sector::ALL.iter().map(|&x| (x, i18n::sector_label(x, l), None)).collect(),
                    s.form.sector, send.reform(Action::Sector)) }
            }
            if !stream_options.is_empty() {
                { radios(&id("stream"), i18n::field_question(Field::Stream, l), Some(i18n::w(W::StreamHint, l)),
                    stream_options, s.form.stream, send.reform(Action::Stream)) }
            }
            { text_input(&id("cost"), i18n::w(W::CostLabel, l), Some(i18n::w(W::CostHint, l)), &s.form.cost,
                field_error(TextField::Cost), dispatch(|v| Action::Text(TextField::Cost, v)), "text", Some("decimal")) }
            <p class="cpfe-echo" aria-live="polite">{ cost_echo.unwrap_or_default() }</p>
            if v.origin {
                { radios(&id("origin"), i18n::field_question(Field::TechnologyOrigin, l), None,
                    TechnologyOrigin::ALL.iter().map(|&o| (o, i18n::origin_label(o, l), None)).collect(),
                    s.form.origin, send.reform(Action::Origin)) }
            }
            if v.had_previous { { yes_no("had-previous", i18n::w(W::HadPrevious, l), YesNo::HadPrevious, s.form.had_previous) } }
            if v.history {
                { text_input(&id("previous"), i18n::field_question(Field::PreviousAssessmentCompleted, l), Some(i18n::w(W::DateFieldHint, l)),
                    &s.form.previous_completed, field_error(TextField::PreviousCompleted), dispatch(|v| Action::Text(TextField::PreviousCompleted, v)), "text", None) }
                { yes_no("measure", i18n::field_question(Field::RecommendedMeasureImplemented, l), YesNo::Measure, s.form.measure) }
                { yes_no("changed", i18n::field_question(Field::ProcessOrMaterialChanged, l), YesNo::Changed, s.form.changed) }
                { yes_no("recognition", i18n::field_question(Field::PursuingRecognition, l), YesNo::Recognition, s.form.recognition) }
            }
        </>
    };

    let error_summary = if s.submitted && !errors.is_empty() {
        html! {
            <div class="cpfe-error-summary" role="alert" tabindex="-1" ref={errors_ref.clone()} aria-labelledby={id("errors-title")}>
                <h3 id={id("errors-title")}>{ i18n::w(W::ErrorTitle, l) }</h3>
                <ul>
                    { for errors.iter().map(|e| {
                        let target = id(text_field_id(e.field));
                        let t2 = target.clone();
                        let onclick = Callback::from(move |ev: MouseEvent| {
                            ev.prevent_default();
                            focus_in_root(&ev, &t2);
                        });
                        html! { <li><a href={format!("#{target}")} {onclick}>{ i18n::input_error_text(&e.error, l) }</a></li> }
                    }) }
                </ul>
            </div>
        }
    } else {
        html! { <div ref={errors_ref.clone()} hidden=true></div> }
    };

    let actions = html! {
        <div class="cpfe-actions">
            <button type="button" class="cpfe-button" onclick={copy(summary_text.clone(), i18n::w(W::Copied, l))}>{ i18n::w(W::CopySummary, l) }</button>
            <button type="button" class="cpfe-button cpfe-secondary" onclick={Callback::from(|_| { if let Some(w) = web_sys::window() { let _ = w.print(); } })}>{ i18n::w(W::Print, l) }</button>
            <button type="button" class="cpfe-button cpfe-secondary" onclick={send.reform(|_| Action::Reset)}>{ i18n::w(W::Reset, l) }</button>
            <div class="cpfe-share">
                <label for={id("share")}>{ i18n::w(W::ShareLink, l) }</label>
                <input id={id("share")} class="cpfe-input" type="text" readonly=true value={share_link.clone()} />
                if link_too_long { <p class="cpfe-error">{ i18n::w(W::LinkTooLong, l) }</p> }
                <button type="button" class="cpfe-button cpfe-secondary" onclick={copy(share_link.clone(), i18n::w(W::LinkCopied, l))}>{ i18n::w(W::CopyLink, l) }</button>
            </div>
            if staff {
                <div class="cpfe-summary-lang">
                    <span id={id("summary-lang")}>{ i18n::w(W::SummaryLanguage, l) }</span>
                    <div role="group" aria-labelledby={id("summary-lang")}>
                    { for Lang::ALL.iter().map(|&x| {
                        let send = send.clone();
                        html! { <button type="button" class="cpfe-link-button" lang={x.tag()} aria-pressed={(x == s.summary_lang).to_string()}
                            onclick={Callback::from(move |_| send.emit(Action::SummaryLang(x)))}>{ x.native_name() }</button> }
                    }) }
                    </div>
                </div>
            }
            <p class="cpfe-status" role="status">{ (*announce).clone() }</p>
        </div>
    };

    let answer = match &evaluation {
        Some(e) => answer_view(e, l, staff, &result_ref, &id("result")),
        None => html! { <div ref={result_ref.clone()} tabindex="-1"></div> },
    };

    html! {
        <div class={classes!("cpfe", staff.then_some("cpfe-staff"))} lang={l.tag()} inert={props.prerendered} aria-busy={props.prerendered.then_some("true")}>
            <header class="cpfe-header">
                <h2 class="cpfe-title">{ i18n::product_title(l) }{ if staff { format!(" — {}", i18n::w(W::StaffTitle, l)) } else { String::new() } }</h2>
                { lang_switch }
            </header>
            if s.link_problem { <p class="cpfe-warning" role="alert">{ i18n::w(W::LinkProblem, l) }</p> }
            if !staff { <p class="cpfe-intro">{ i18n::w(W::Intro, l) }</p> }
            <div class="cpfe-layout">
                <form class="cpfe-form" novalidate=true {onsubmit}>
                    { error_summary }
                    { date_field }
                    { phase }
                    { questions }
                    <button type="submit" class="cpfe-button">{ i18n::w(W::Submit, l) }</button>
                </form>
                <section class="cpfe-answer" aria-labelledby={id("result")}>
                    { answer }
                    if evaluation.is_some() { <p class="cpfe-print-link">{ share_link.clone() }</p> }
                    { actions }
                </section>
            </div>
        </div>
    }
}

/// Runs `ok` or `err` when `promise` settles (no futures runtime needed).
fn on_settled(
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

fn text_field_id(f: TextField) -> &'static str {
    match f {
        TextField::Date => "date",
        TextField::Cost => "cost",
        TextField::ShareMainland => "share-mainland",
        TextField::ShareHk => "share-hk",
        TextField::PreviousCompleted => "previous",
    }
}

/// Focuses an element by id in the widget's own root (shadow or document).
fn focus_in_root(ev: &MouseEvent, id: &str) {
    use wasm_bindgen::JsCast;
    let Some(node) = ev.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()) else {
        return;
    };
    let root = node.get_root_node();
    let found = if let Some(sr) = root.dyn_ref::<web_sys::ShadowRoot>() {
        sr.get_element_by_id(id)
    } else {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
    };
    if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

#[allow(clippy::too_many_arguments)]
fn text_input(
    id: &str,
    label: String,
    hint: Option<String>,
    value: &str,
    error: Option<String>,
    oninput: Callback<InputEvent>,
    kind: &'static str,
    inputmode: Option<&'static str>,
) -> Html {
    let hint_id = format!("{id}-hint");
    let err_id = format!("{id}-error");
    let mut described = Vec::new();
    if hint.is_some() {
        described.push(hint_id.clone());
    }
    if error.is_some() {
        described.push(err_id.clone());
    }
    html! {
        <div class={classes!("cpfe-field", error.is_some().then_some("cpfe-field-error"))}>
            <label class="cpfe-label" for={id.to_string()}>{ label }</label>
            if let Some(h) = hint { <p class="cpfe-hint" id={hint_id}>{ h }</p> }
            if let Some(e) = error.clone() { <p class="cpfe-error" id={err_id}>{ e }</p> }
            <input class="cpfe-input" id={id.to_string()} type={kind} inputmode={inputmode} autocomplete="off" spellcheck="false" maxlength={MAX_TEXT.to_string()}
                value={value.to_string()} {oninput}
                aria-invalid={error.is_some().to_string()}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))} />
        </div>
    }
}

/// A question with one answer from a list. A thin generic front over
/// `radio_group`, so the markup is built by one function for every type.
fn radios<T: Copy + PartialEq + 'static>(
    id: &str,
    legend: String,
    hint: Option<String>,
    options: Vec<(T, String, Option<String>)>,
    selected: Option<T>,
    on: Callback<T>,
) -> Html {
    let checked = options.iter().position(|o| Some(o.0) == selected);
    let values: Vec<T> = options.iter().map(|o| o.0).collect();
    let texts = options.into_iter().map(|(_, l, d)| (l, d)).collect();
    let on = Callback::from(move |i: usize| {
        if let Some(&v) = values.get(i) {
            on.emit(v);
        }
    });
    radio_group(id, legend, hint, texts, checked, on)
}

fn radio_group(
    id: &str,
    legend: String,
    hint: Option<String>,
    options: Vec<(String, Option<String>)>,
    checked: Option<usize>,
    on: Callback<usize>,
) -> Html {
    let hint_id = format!("{id}-hint");
    html! {
        <fieldset class="cpfe-fieldset" id={id.to_string()} aria-describedby={hint.as_ref().map(|_| hint_id.clone())}>
            <legend class="cpfe-legend">{ legend }</legend>
            if let Some(h) = hint { <p class="cpfe-hint" id={hint_id}>{ h }</p> }
            { for options.into_iter().enumerate().map(|(i, (label, desc))| {
                let oid = format!("{id}-{i}");
                let did = format!("{oid}-desc");
                let on = on.clone();
                html! {
                    <div class="cpfe-radio">
                        <input type="radio" id={oid.clone()} name={id.to_string()} checked={checked == Some(i)}
                            onchange={Callback::from(move |_| on.emit(i))}
                            aria-describedby={desc.as_ref().map(|_| did.clone())} />
                        <label for={oid}>{ label }</label>
                        if let Some(d) = desc { <p class="cpfe-hint cpfe-option-hint" id={did}>{ d }</p> }
                    </div>
                }
            }) }
        </fieldset>
    }
}

fn mark(r: &Reason, l: Lang) -> (&'static str, String, &'static str) {
    let (sym, word) = summary::reason_mark(r, l);
    let class = match (r.kind, r.met) {
        (ReasonKind::Condition, true) => "cpfe-met",
        (ReasonKind::Condition, false) => "cpfe-unmet",
        (ReasonKind::CaseByCase | ReasonKind::Missing, _) => "cpfe-open",
        _ => "cpfe-note",
    };
    (sym, word, class)
}

fn answer_view(
    e: &Evaluation,
    l: Lang,
    staff: bool,
    result_ref: &NodeRef,
    heading_id: &str,
) -> Html {
    let p = &e.project;
    let streams_table = if e.streams.is_empty() {
        html! {}
    } else {
        html! {
            <table class="cpfe-streams">
                <caption>{ streams_caption(e, l) }</caption>
                <thead><tr>
                    <th scope="col">{ i18n::ui(Ui::Stream, l) }</th>
                    <th scope="col">{ i18n::ui(Ui::Verdict, l) }</th>
                    <th scope="col">{ i18n::ui(Ui::Sponsorship, l) }</th>
                    <th scope="col">{ i18n::ui(Ui::ApplicantPays, l) }</th>
                    if staff { <th scope="col">{ i18n::ui(Ui::Rate, l) }</th><th scope="col">{ i18n::ui(Ui::Ceiling, l) }</th> }
                </tr></thead>
                <tbody>
                { for e.streams.iter().map(|s| {
                    let current = s.stream.is_some() && s.stream == p.stream;
                    let (rate, ceiling) = match s.terms {
                        Some(t) => (i18n::rate_text(t, l), i18n::ceiling_text(t, l)),
                        None => ("—".into(), "—".into()),
                    };
                    html! {
                        <tr class={classes!(current.then_some("cpfe-current"))} aria-current={current.then_some("true")}>
                            <th scope="row">{ summary::stream_name(s, l) }</th>
                            <td>{ i18n::stream_answer_short(s, l) }</td>
                            <td>{ summary::amount_cell(s, l) }</td>
                            <td>{ s.applicant_pays().filter(|_| s.verdict.has_amount()).map_or("—".to_string(), |x| format_hkd(x, l)) }</td>
                            if staff { <td>{ rate }</td><td>{ ceiling }</td> }
                        </tr>
                    }
                }) }
                // Technology promotion: an answer of its own, for every
                // applicant: who may take part, free, how to register.
                if let Some(t) = e.technology_promotion {
                    <tr>
                        <th scope="row">{ i18n::technology_promotion_label(l) }</th>
                        <td>{ i18n::technology_promotion_short(l) }</td>
                        <td colspan={if staff { "4" } else { "2" }}>{ i18n::technology_promotion_text(l) }{ " " }
                            <a href={t.events_url} target="_blank" rel="noopener noreferrer">{ i18n::w(W::EventsPage, l) }</a>{ " " }
                            <a href={t.source.url} target="_blank" rel="noopener noreferrer">{ i18n::ui(Ui::Source, l) }</a></td>
                    </tr>
                }
                </tbody>
            </table>
        }
    };
    let money = p.amounts.filter(|_| p.verdict.has_amount());
    let figures = match money.and_then(|a| Some((a, a.sponsorship?, a.applicant_pays?))) {
        Some((a, s, pays)) => html! {
            <>
                <dl class="cpfe-figures">
                    <div><dt>{ i18n::ui(Ui::Sponsorship, l) }</dt><dd class="cpfe-amount">{ format_hkd(s, l) }</dd></div>
                    <div><dt>{ i18n::ui(Ui::ApplicantPays, l) }</dt><dd class="cpfe-amount">{ format_hkd(pays, l) }</dd></div>
                </dl>
                if let Some(sentence) = i18n::ceiling_sentence(&a, l) { <p class="cpfe-explain">{ sentence }</p> }
                { split_bar(&a, s, pays, l) }
                { chart(&a, l) }
            </>
        },
        None => match money {
            Some(_) => {
                html! { <p class="cpfe-explain">{ format!("{}{}{}", i18n::ui(Ui::Sponsorship, l), l.colon(), i18n::ui(Ui::NotPublished, l)) }</p> }
            }
            None => html! {},
        },
    };
    let reasons = html! {
        <details class="cpfe-reasons" open={!staff}>
            <summary>{ i18n::ui(Ui::Conditions, l) }</summary>
            <ul>
            { for p.reasons.iter().map(|r| {
                let (sym, word, class) = mark(r, l);
                html! {
                    <li class={class}>
                        <span class="cpfe-mark" aria-hidden="true">{ sym }</span>
                        if !word.is_empty() { <span class="cpfe-state">{ format!("{word}{}", l.colon()) }</span> }
                        { i18n::reason(r, l) }
                        if r.assumption { <span class="cpfe-assumption">{ format!(" ({})", i18n::ui(Ui::Assumption, l)) }</span> }
                        if let Some(src) = r.source { { " " }<a href={src.url} target="_blank" rel="noopener noreferrer">{ i18n::ui(Ui::Source, l) }</a> }
                    </li>
                }
            }) }
            </ul>
        </details>
    };
    let c = &PROGRAMME.contacts;
    html! {
        <div class="cpfe-result">
            <h3 class="cpfe-result-title" id={heading_id.to_string()}>{ i18n::w(W::YourEstimate, l) }</h3>
            <p class={classes!("cpfe-headline", verdict_class(p.verdict))} tabindex="-1" ref={result_ref.clone()} aria-live="polite" aria-atomic="true">
                { format!("{}{}{}", summary::stream_name(p, l), l.colon(), i18n::headline(p, l)) }
            </p>
            { for e.notices.iter().map(|n| html! { <p class={if n.is_provisional() { "cpfe-notice cpfe-notice-provisional" } else { "cpfe-notice" }} role="note">{ i18n::notice_text(n, l) }</p> }) }
            if staff { { streams_table.clone() } }
            { figures }
            { reasons }
            if !staff { { streams_table } }
            <div class="cpfe-next">
                <h4>{ i18n::ui(Ui::NextSteps, l) }</h4>
                <ul>
                    <li><a href={c.guide_url} target="_blank" rel="noopener noreferrer">{ i18n::w(W::ApplicationGuide, l) }</a></li>
                    <li>{ format!("{}{}", i18n::w(W::CallHotline, l), l.colon()) }<a href={format!("tel:{}", c.hotline_tel)}>{ c.hotline }</a></li>
                    <li>{ format!("{}{}", i18n::w(W::WriteEmail, l), l.colon()) }<a href={format!("mailto:{}", c.email)}>{ c.email }</a></li>
                </ul>
                if summary::has_estimate(e) { <p class="cpfe-disclaimer">{ i18n::estimate_disclaimer(l) }</p> }
            </div>
            <details class="cpfe-more">
                <summary>{ i18n::ui(Ui::Information, l) }</summary>
                { for e.information.iter().map(|i| html! {
                    <p>{ i18n::info_text(*i, l) }{ " " }<a href={i.url()} target="_blank" rel="noopener noreferrer">{ i18n::ui(Ui::Source, l) }</a></p>
                }) }
            </details>
        </div>
    }
}

/// "Every stream …", marked provisional after the last known phase.
fn streams_caption(e: &Evaluation, l: Lang) -> String {
    let title = i18n::ui(Ui::OtherStreams, l);
    match e.rule_set {
        Some(rs) if e.provisional => title + &i18n::provisional_suffix(rs.to, l),
        _ => title,
    }
}

fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => "cpfe-v-yes",
        Verdict::CaseByCase | Verdict::NeedsInformation => "cpfe-v-maybe",
        _ => "cpfe-v-no",
    }
}

/// Per-mille of `part` in `whole`, rounded half to even, for drawing
/// (integers, no floats).
fn per_mille(part: u64, whole: u64) -> i64 {
    if whole == 0 {
        return 0;
    }
    // At most 1.25e19 (a cost below 10^14 cents, times 125, times 1000):
    // within u64; saturating all the same.
    let n = part.saturating_mul(1000);
    let (q, r) = (n / whole, n % whole);
    let q = if r > whole - r || (r == whole - r && q % 2 == 1) {
        q + 1
    } else {
        q
    };
    q.min(1000) as i64
}

/// Cents as an unsigned count for drawing (amounts here are never negative).
fn cents(m: Money) -> u64 {
    m.cents().max(0) as u64
}

fn split_bar(a: &Amounts, s: Money, pays: Money, l: Lang) -> Html {
    let gov = per_mille(cents(s), cents(a.cost)) * 300 / 1000;
    let alt = format!(
        "{} {}; {} {}",
        i18n::w(W::GovernmentPays, l),
        format_hkd(s, l),
        i18n::ui(Ui::ApplicantPays, l),
        format_hkd(pays, l)
    );
    html! {
        <svg class="cpfe-bar" viewBox="0 0 300 24" role="img" aria-label={alt}>
            <rect class="cpfe-bar-gov" x="0" y="0" width={gov.to_string()} height="24" />
            <rect class="cpfe-bar-you" x={gov.to_string()} y="0" width={(300 - gov).to_string()} height="24" />
        </svg>
    }
}

fn chart(a: &Amounts, l: Lang) -> Html {
    let (Some(ceiling), Some(at), Some(s)) = (a.ceiling, a.ceiling_reached_at, a.sponsorship)
    else {
        return html! {};
    };
    // The x axis runs to 125% of the larger of the cost and the point
    // where the ceiling binds: in hundredths of a cent, exactly.
    let xmax = cents(a.cost.max(at)) * 125;
    let x = |v: u64| 10 + per_mille(v, xmax) * 280 / 1000;
    let y = |v: Money| 110 - per_mille(cents(v), cents(ceiling)) * 90 / 1000;
    let hundredths = |v: Money| cents(v) * 100;
    let points = format!(
        "{},{} {},{} {},{}",
        x(0),
        y(Money::ZERO),
        x(hundredths(at)),
        y(ceiling),
        x(xmax),
        y(ceiling)
    );
    let alt = i18n::ceiling_sentence(a, l).unwrap_or_default();
    html! {
        <figure class="cpfe-chart">
            <svg viewBox="0 0 300 120" role="img" aria-label={format!("{}. {}", i18n::w(W::ChartTitle, l), alt)}>
                <line class="cpfe-axis" x1="10" y1="110" x2="295" y2="110" />
                <line class="cpfe-axis" x1="10" y1="110" x2="10" y2="10" />
                <polyline class="cpfe-curve" points={points} />
                <circle class="cpfe-you" cx={x(hundredths(a.cost)).to_string()} cy={y(s).to_string()} r="5" />
            </svg>
            <figcaption>{ format!("{} — {}{}{}", i18n::w(W::ChartTitle, l), i18n::ui(Ui::Ceiling, l), l.colon(), format_hkd(ceiling, l)) }</figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::per_mille;

    /// Drawing proportions: rounded half to even, at most 1000, exact for
    /// the largest cost the product takes (10^14 cents, times 125 on the
    /// chart's axis), never a panic.
    #[test]
    fn per_mille_rounds_half_to_even_and_never_overflows() {
        assert_eq!(per_mille(1, 3), 333);
        assert_eq!(per_mille(2, 3), 667);
        assert_eq!(per_mille(1, 2), 500);
        assert_eq!(per_mille(1, 2000), 0, "0.5 rounds to even 0");
        assert_eq!(per_mille(3, 2000), 2, "1.5 rounds to even 2");
        assert_eq!(per_mille(5, 0), 0);
        assert_eq!(per_mille(7, 5), 1000, "capped");
        let axis = 100_000_000_000_000u64 * 125;
        assert_eq!(per_mille(axis, axis), 1000);
        assert_eq!(per_mille(axis / 2, axis), 500);
        // Far beyond any amount the product takes: no panic (saturating).
        let _ = per_mille(u64::MAX, u64::MAX);
    }
}

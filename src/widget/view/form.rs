//! The form's building blocks: text fields and radio questions, as plain
//! functions (BENCHMARKS.md measured components as larger), and focus
//! within the widget's own root.

use super::super::fields::FormField;
use super::super::screen::Screen;
use super::super::state::{Action, State, MAX_TEXT};
use crate::i18n::{self, format_hkd, Lang};
use crate::rules::*;
use yew::prelude::*;

/// One question the engine asks, drawn from its row of the field table:
/// its id and input name are the row's share-link key, its value the
/// answer as the share link writes it, and each change an
/// [`Action::Answer`] (leaving a text field, [`Action::Leave`]).
pub(super) fn question(
    q: &Question,
    s: &State,
    screen: &Screen,
    id: &dyn Fn(&str) -> String,
    send: &Callback<Action>,
) -> Html {
    let l = s.lang;
    let row = FormField::of(q.field);
    let field = q.field;
    let id = id(row.key);
    let value = row.get(&s.form);
    if row.is_text() {
        let error = screen.error(field).map(|e| screen.error_text(field, e));
        // The cost as read, echoed under the field ("= HK$12,000").
        let echo = (field == Field::Cost)
            .then(|| echo(s.cost_echo().map(|c| format!("= {}", format_hkd(c, l)))));
        return text_input(
            &id,
            row,
            l,
            value.as_deref().unwrap_or_default(),
            error,
            send,
            echo,
        );
    }
    let options = options(q, l);
    let checked = options.iter().position(|o| Some(o.0) == value.as_deref());
    let values: Vec<&'static str> = options.iter().map(|o| o.0).collect();
    let send = send.clone();
    let on = Callback::from(move |i: usize| {
        if let Some(v) = values.get(i) {
            send.emit(Action::Answer(field, (*v).to_string()));
        }
    });
    let error = (checked.is_none() && screen.unanswered(field))
        .then(|| i18n::messages::widget_choose_one(l));
    radio_group(&id, row, l, error, options, checked, on)
}

/// A choice question's options: each value as the share link writes it
/// (the engine's, for the answers given), its label and a line under it.
fn options(q: &Question, l: Lang) -> Vec<(&'static str, String, Option<String>)> {
    let values = match q.field.answer() {
        Answer::YesNo => vec!["1", "0"],
        _ => q.values(),
    };
    values
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            let label = match v {
                "1" => i18n::messages::widget_yes(l),
                "0" => i18n::messages::widget_no(l),
                _ => i18n::choice_label(q.field, v, l).unwrap_or_default(),
            };
            // A stream's terms in a line, as the engine's question gives
            // them (its values are its choices, in their order); one the
            // phase does not offer (chosen under another date) says so.
            let line = match &q.choices {
                Choices::Streams(s) => s.get(i).map(|c| match c.terms {
                    Some(t) => i18n::terms_short(t, l),
                    None => i18n::verdict_short(Verdict::NotOffered, l),
                }),
                _ => i18n::choice_hint(q.field, v, l),
            };
            (v, label, line)
        })
        .collect()
}

/// Focuses an element by id in the widget's own root (shadow or document).
pub(super) fn focus_in_root(ev: &MouseEvent, id: &str) {
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

/// What a typed answer was read as, under its field, empty while the
/// answer cannot be read. Not a live region: it changes at each key, and
/// the answer is announced once, when the typing stops (`mod.rs`).
pub(super) fn echo(text: Option<String>) -> Html {
    html! { <p class="cpfe-echo">{ text.unwrap_or_default() }</p> }
}

/// A typed answer's field: each keystroke an [`Action::Answer`], leaving
/// it an [`Action::Leave`] (when its error may show).
#[allow(clippy::too_many_arguments)]
pub(super) fn text_input(
    id: &str,
    row: &'static FormField,
    l: Lang,
    value: &str,
    error: Option<String>,
    send: &Callback<Action>,
    after: Option<Html>,
) -> Html {
    let (field, name, inputmode) = (row.field, row.key, row.inputmode());
    let (label, hint) = (i18n::field_label(field, l), i18n::field_hint(field, l));
    let kind = if field == Field::Date { "date" } else { "text" };
    let oninput = send.reform(move |e: InputEvent| {
        let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
        let value = input.value();
        // A date picker with a part of a date, or 30 February: its value
        // is empty, but it was not cleared.
        if field == Field::Date && value.is_empty() && input.validity().bad_input() {
            return Action::DateUnfinished;
        }
        Action::Answer(field, value)
    });
    let onblur = send.reform(move |_: FocusEvent| Action::Leave(field));
    let hint_id = format!("{id}-hint");
    let err_id = format!("{id}-error");
    // As in `radio_group`: a join of `&str` (one generic instance in the
    // wasm, not a second for `String`).
    let described: Vec<&str> = [(hint.is_some(), &hint_id), (error.is_some(), &err_id)]
        .into_iter()
        .filter(|d| d.0)
        .map(|d| d.1.as_str())
        .collect();
    let describedby = (!described.is_empty()).then(|| described.join(" "));
    html! {
        // Keyed by the question (its share key): the questions come and go
        // as answers change, and a keyed list keeps each one's element.
        <div class="cpfe-field" key={name} data-invalid={error.is_some().then_some("")}>
            <label class="cpfe-label" for={id.to_string()}>{ label }</label>
            if let Some(h) = hint { <p class="cpfe-hint" id={hint_id}>{ h }</p> }
            if let Some(e) = error.clone() { <p class="cpfe-error" id={err_id}>{ e }</p> }
            <input class="cpfe-input" id={id.to_string()} {name} type={kind} inputmode={inputmode} autocomplete="off" spellcheck="false" maxlength={MAX_TEXT.to_string()}
                value={value.to_string()} {oninput} {onblur} aria-required="true"
                aria-invalid={error.is_some().to_string()}
                aria-describedby={describedby} />
            { for after }
        </div>
    }
}

/// A question with one answer from a list. Its input name is the question's
/// share-link key and each option's value its share-link value (the field
/// table's), so that what is chosen in the pre-rendered form can be handed
/// to the live widget.
pub(super) fn radio_group(
    id: &str,
    row: &'static FormField,
    l: Lang,
    error: Option<String>,
    options: Vec<(&'static str, String, Option<String>)>,
    checked: Option<usize>,
    on: Callback<usize>,
) -> Html {
    let name = row.key;
    let (legend, hint) = (
        i18n::field_label(row.field, l),
        i18n::field_hint(row.field, l),
    );
    let hint_id = format!("{id}-hint");
    let err_id = format!("{id}-error");
    let described: Vec<&str> = [(hint.is_some(), &hint_id), (error.is_some(), &err_id)]
        .into_iter()
        .filter(|d| d.0)
        .map(|d| d.1.as_str())
        .collect();
    // Every question the form shows is one the answer needs: each is
    // required (a radiogroup, which can say so: a plain group cannot); a
    // group in error is invalid, the group and each of its radios (the
    // state a screen reader says with the radio). aria-required, not
    // `required`: Firefox exposes a required control left empty as an
    // invalid entry, and Orca said "invalid entry" before any answer was
    // asked for. Not in error: "false", said outright.
    let invalid = if error.is_some() { "true" } else { "false" };
    html! {
        <fieldset class="cpfe-fieldset cpfe-field" key={name} id={id.to_string()} data-invalid={error.is_some().then_some("")} role="radiogroup" aria-required="true" aria-invalid={invalid} aria-describedby={(!described.is_empty()).then(|| described.join(" "))}>
            <legend class="cpfe-legend">{ legend }</legend>
            if let Some(h) = hint { <p class="cpfe-hint" id={hint_id.clone()}>{ h }</p> }
            if let Some(e) = error { <p class="cpfe-error" id={err_id.clone()}>{ e }</p> }
            { for options.into_iter().enumerate().map(|(i, (value, label, desc))| {
                let oid = format!("{id}-{i}");
                let did = format!("{oid}-desc");
                let on = on.clone();
                html! {
                    <div class="cpfe-radio">
                        <input type="radio" id={oid.clone()} {name} {value} checked={checked == Some(i)} aria-invalid={invalid}
                            onchange={Callback::from(move |_| on.emit(i))}
                            aria-describedby={desc.as_ref().map(|_| did.clone())} />
                        <label for={oid}>{ label }</label>
                        // Read once, as the option's description (not a
                        // second time as a paragraph after it).
                        if let Some(d) = desc { <p class="cpfe-hint cpfe-option-hint" id={did} aria-hidden="true">{ d }</p> }
                    </div>
                }
            }) }
        </fieldset>
    }
}

//! The form's building blocks: text fields and radio questions, as plain
//! functions (BENCHMARKS.md measured components as larger), and focus
//! within the widget's own root.

use super::super::state::{TextField, MAX_TEXT};
use yew::prelude::*;

pub(super) fn text_field_id(f: TextField) -> &'static str {
    match f {
        TextField::Date => "date",
        TextField::Cost => "cost",
        TextField::ShareMainland => "share-mainland",
        TextField::ShareHk => "share-hk",
        TextField::PreviousCompleted => "previous",
    }
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

#[allow(clippy::too_many_arguments)]
pub(super) fn text_input(
    id: &str,
    name: &'static str,
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
        <div class="cpfe-field" data-invalid={error.is_some().then_some("")}>
            <label class="cpfe-label" for={id.to_string()}>{ label }</label>
            if let Some(h) = hint { <p class="cpfe-hint" id={hint_id}>{ h }</p> }
            if let Some(e) = error.clone() { <p class="cpfe-error" id={err_id}>{ e }</p> }
            <input class="cpfe-input" id={id.to_string()} {name} type={kind} inputmode={inputmode} autocomplete="off" spellcheck="false" maxlength={MAX_TEXT.to_string()}
                value={value.to_string()} {oninput}
                aria-invalid={error.is_some().to_string()}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))} />
        </div>
    }
}

/// A question with one answer from a list. A thin generic front over
/// `radio_group`, so the markup is built by one function for every type.
/// `name` is the question's share-link key and each option's value its
/// share-link value (the field table's), so that what is chosen in the
/// pre-rendered form can be handed to the live widget.
#[allow(clippy::too_many_arguments)]
pub(super) fn radios<T: Copy + PartialEq + 'static>(
    id: &str,
    name: &'static str,
    value_of: fn(T) -> &'static str,
    legend: String,
    hint: Option<String>,
    options: Vec<(T, String, Option<String>)>,
    selected: Option<T>,
    on: Callback<T>,
) -> Html {
    let checked = options.iter().position(|o| Some(o.0) == selected);
    let values: Vec<T> = options.iter().map(|o| o.0).collect();
    let texts = options
        .into_iter()
        .map(|(v, l, d)| (value_of(v), l, d))
        .collect();
    let on = Callback::from(move |i: usize| {
        if let Some(&v) = values.get(i) {
            on.emit(v);
        }
    });
    radio_group(id, name, legend, hint, texts, checked, on)
}

pub(super) fn radio_group(
    id: &str,
    name: &'static str,
    legend: String,
    hint: Option<String>,
    options: Vec<(&'static str, String, Option<String>)>,
    checked: Option<usize>,
    on: Callback<usize>,
) -> Html {
    let hint_id = format!("{id}-hint");
    html! {
        <fieldset class="cpfe-fieldset" id={id.to_string()} aria-describedby={hint.as_ref().map(|_| hint_id.clone())}>
            <legend class="cpfe-legend">{ legend }</legend>
            if let Some(h) = hint { <p class="cpfe-hint" id={hint_id}>{ h }</p> }
            { for options.into_iter().enumerate().map(|(i, (value, label, desc))| {
                let oid = format!("{id}-{i}");
                let did = format!("{oid}-desc");
                let on = on.clone();
                html! {
                    <div class="cpfe-radio">
                        <input type="radio" id={oid.clone()} {name} {value} checked={checked == Some(i)}
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

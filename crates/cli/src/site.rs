//! The demo pages, generated (native, feature `ssr`): page templates from
//! `pages/` with the widget's first view pre-rendered into each
//! `<cp-funding-estimator>` (declarative shadow DOM, from the same Yew
//! components the browser runs) and, for browsers without JavaScript, the
//! current rates and ceilings from the rule data. `cpfund site` runs it.
//!
//! A page file starts with `<!--cpfe:page` and `key: value` lines (`lang`,
//! `title`, `skip`, `nav`, `footer`, optional `head`), then holds what goes
//! in `<main>`; `pages/_layout.html` is the page around it.

use cp_engine::date::Date;
use cp_engine::rules::{applicable, Applicable, Notice, PROGRAMME};
use cp_estimator::widget::prerender;
use cp_estimator::widget::state::{Mode, Options};
use cp_estimator::widget::view::AppProps;
use cp_texts::{self as i18n, Lang};
use yew::prelude::*;

/// The widget's stylesheet, next to the pages.
pub const STYLESHEET: &str = "cp-funding-estimator.css";

/// The pre-rendered widget for one element: a declarative shadow root
/// holding the stylesheet and the first view, a working form (marked busy)
/// whose answers the live widget adopts when the wasm swaps it in.
pub fn widget(options: Options) -> std::io::Result<String> {
    let html = prerender::render(AppProps {
        options,
        fragment: None,
        base_url: String::new(),
        public_pages: None,
        instance: 1,
        prerendered: true,
        typed: None,
        texts: None,
    })?;
    // Without JavaScript the form stays readable, with this note above it
    // (shown only then, by the stylesheet) pointing to the rates below.
    let note = i18n::messages::widget_needs_javascript(options.lang)
        .replace('&', "&amp;")
        .replace('<', "&lt;");
    let lang = options.lang.tag();
    Ok(format!(
        "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{STYLESHEET}\"><p class=\"cpfe-nojs-note\" lang=\"{lang}\">{note}</p><div class=\"cpfe-root\">{html}</div></template>"
    ))
}

#[derive(Properties, PartialEq)]
struct RatesProps {
    lang: Lang,
    today: Date,
}

/// What a browser without JavaScript shows: the rates and ceilings of the
/// phase taking applications today, and how to reach the hotline.
#[function_component(Rates)]
fn rates(p: &RatesProps) -> Html {
    let l = p.lang;
    let c = &PROGRAMME.contacts;
    let colon = l.colon();
    let table = match applicable(p.today) {
        Some(Applicable {
            rule_set: rs,
            provisional,
        }) => html! {
            <>
            if provisional {
                <p><strong>{ i18n::notice_text(&Notice::Provisional { rule_set: rs.id, to: rs.to }, l) }</strong></p>
            }
            <table class="cpfe-nojs-rates">
                <caption>{ format!("{} — {}", i18n::messages::widget_rates_title(l), i18n::phase_line(rs.id, rs.from, rs.to, provisional, l)) }</caption>
                <thead><tr>
                    <th scope="col">{ i18n::messages::ui_stream(l) }</th>
                    <th scope="col">{ i18n::messages::ui_rate(l) }</th>
                    <th scope="col">{ i18n::messages::ui_ceiling(l) }</th>
                </tr></thead>
                <tbody>
                { for rs.offered().map(|(s, t)| html! {
                    <tr>
                        <th scope="row">{ i18n::stream_label(s, l) }</th>
                        <td>{ i18n::rate_text(t, l) }</td>
                        <td>{ i18n::ceiling_text(t, l) }</td>
                    </tr>
                }) }
                </tbody>
            </table>
            </>
        },
        None => html! { <p>{ i18n::messages::widget_no_phase(l) }</p> },
    };
    html! {
        <div class="cpfe-nojs" lang={l.tag()}>
            <p><strong>{ i18n::messages::widget_needs_javascript(l) }</strong></p>
            { table }
            <p>{ format!("{}{colon}", i18n::messages::widget_call_hotline(l)) }<a href={format!("tel:{}", c.hotline_tel)}>{ c.hotline }</a></p>
            <p>{ format!("{}{colon}", i18n::messages::widget_write_email(l)) }<a href={format!("mailto:{}", c.email)}>{ c.email }</a></p>
            <p><a href={c.guide_url}>{ i18n::messages::widget_application_guide(l) }</a></p>
        </div>
    }
}

/// The no-JavaScript content, in a `<noscript>`.
pub fn rates(lang: Lang, today: Date) -> std::io::Result<String> {
    let html = prerender::render_component::<Rates>(RatesProps { lang, today })?;
    Ok(format!("<noscript>{html}</noscript>"))
}

/// Puts a page file into the layout: `{{key}}` in the layout becomes the
/// page's value for `key`, `{{main}}` the page's body. A page without the
/// `<!--cpfe:page` header is returned as it is.
pub fn page(source: &str, layout: &str) -> Result<String, String> {
    let Some(rest) = source.strip_prefix("<!--cpfe:page") else {
        return Ok(source.to_string());
    };
    let end = rest
        .find("-->")
        .ok_or("the <!--cpfe:page header has no end (-->)")?;
    let mut values: Vec<(String, String)> = vec![("head".into(), String::new())];
    for line in rest[..end].lines().filter(|l| !l.trim().is_empty()) {
        let (key, value) = line
            .split_once(':')
            .ok_or(format!("\"{line}\" in the page header is not `key: value`"))?;
        let value = value.trim().to_string();
        let value = if key.trim() == "head" {
            value + "\n"
        } else {
            value
        };
        values.retain(|(k, _)| k != key.trim());
        values.push((key.trim().to_string(), value));
    }
    values.push((
        "main".into(),
        rest[end + 3..].trim_start_matches('\n').to_string(),
    ));
    let mut out = layout.to_string();
    for (key, value) in &values {
        out = out.replace(&format!("{{{{{key}}}}}"), value);
    }
    if let Some(i) = out.find("{{") {
        let name: String = out[i..].chars().take_while(|&c| c != '}').collect();
        return Err(format!("the page gives no value for {name}}}}}"));
    }
    Ok(out)
}

/// An attribute's value in an opening tag (`name="value"`).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let pat = format!(" {name}=\"");
    let start = tag.find(&pat)? + pat.len();
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

const WIDGET_MARK: &str = "<!--cpfe:prerender-->";
const RATES_MARK: &str = "<!--cpfe:rates-->";
const HOTLINE_MARK: &str = "<!--cpfe:hotline-->";

/// The hotline as a phone link, in the page's language (the demo pages'
/// header): the number from the rule data.
fn hotline_link(l: Lang) -> String {
    let c = &PROGRAMME.contacts;
    format!(
        "<a href=\"tel:{}\">{}{}{}</a>",
        c.hotline_tel,
        i18n::messages::widget_call_hotline(l),
        l.colon(),
        c.hotline
    )
}

/// Fills a page template: each `<!--cpfe:prerender-->` (inside a
/// `<cp-funding-estimator>`, whose `lang`, `mode` and `date` it follows)
/// becomes the pre-rendered widget; each `<!--cpfe:rates-->` the no-JS
/// rates in the page's `<html lang>`, and each `<!--cpfe:hotline-->` the
/// hotline's phone link in that language.
pub fn fill(template: &str, today: Date) -> Result<String, String> {
    let page_lang = attribute(template, "lang")
        .and_then(Lang::from_tag)
        .ok_or("the template's <html> has no lang attribute the widget knows")?;
    let template = template.replace(HOTLINE_MARK, &hotline_link(page_lang));
    let mut out = String::with_capacity(template.len() * 4);
    let mut rest = template.as_str();
    loop {
        let next_widget = rest.find(WIDGET_MARK);
        let next_rates = rest.find(RATES_MARK);
        match (next_widget, next_rates) {
            (Some(w), r) if r.is_none_or(|r| w < r) => {
                let before = &rest[..w];
                let open = before
                    .rfind("<cp-funding-estimator")
                    .ok_or("<!--cpfe:prerender--> outside a <cp-funding-estimator> element")?;
                let tag =
                    &before[open..before[open..].find('>').map_or(before.len(), |e| open + e)];
                if before[open..].contains("</cp-funding-estimator>") {
                    return Err(
                        "<!--cpfe:prerender--> outside a <cp-funding-estimator> element".into(),
                    );
                }
                let lang = match attribute(tag, "lang") {
                    Some(t) => Lang::from_tag(t)
                        .ok_or(format!("lang=\"{t}\" is not a language the widget knows"))?,
                    None => page_lang,
                };
                let mode = match attribute(tag, "mode") {
                    Some(m) => {
                        Mode::parse(m).ok_or(format!("mode=\"{m}\" is not public or staff"))?
                    }
                    None => Mode::Public,
                };
                let date = match attribute(tag, "date") {
                    Some(d) => {
                        Some(Date::parse(d).map_err(|_| format!("date=\"{d}\" is not a date"))?)
                    }
                    None => None,
                };
                out.push_str(before);
                let html = widget(Options {
                    lang,
                    mode,
                    date,
                    today,
                })
                .map_err(|e| e.to_string())?;
                out.push_str(&html);
                rest = &rest[w + WIDGET_MARK.len()..];
            }
            (_, Some(r)) => {
                out.push_str(&rest[..r]);
                out.push_str(&rates(page_lang, today).map_err(|e| e.to_string())?);
                rest = &rest[r + RATES_MARK.len()..];
            }
            _ => {
                out.push_str(rest);
                return Ok(out);
            }
        }
    }
}

//! The widget at the edges of the form and of the programme's calendar
//! (issue 32), rendered on the server from the components the browser
//! runs (feature `ssr`) and read as text, as a person reads it: the
//! headline, the notices, the phase line, the next steps, the questions.
#![cfg(all(feature = "ssr", not(target_arch = "wasm32")))]

mod common;

use common::html_text;
use cp_estimator::date::Date;
use cp_estimator::i18n::{self, Lang};
use cp_estimator::rules::*;
use cp_estimator::widget::prerender::render;
use cp_estimator::widget::state::{Mode, Options};
use cp_estimator::widget::view::AppProps;

/// The widget opened with a share link's `fragment`, on `today`.
fn page(lang: Lang, fragment: &str, today: &str) -> String {
    let p = AppProps {
        options: Options {
            lang,
            mode: Mode::Public,
            date: None,
            today: Date::parse(today).unwrap(),
        },
        fragment: Some(fragment.into()),
        base_url: "https://example.org/page".into(),
        public_pages: None,
        instance: 1,
        prerendered: false,
        typed: None,
        texts: None,
    };
    html_text(&render(p).unwrap())
}

/// The text of every element whose class list starts with `class`, tags
/// removed, in the page's order.
fn texts(html: &str, class: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in html.split(&format!("class=\"{class}")).skip(1) {
        // Back to the element's start tag's end, then to its close.
        let Some((_, rest)) = part.split_once('>') else {
            continue;
        };
        let mut depth = 1usize;
        let mut text = String::new();
        let mut s = rest;
        while let Some(i) = s.find('<') {
            text.push_str(&s[..i]);
            let tag_end = s[i..].find('>').map_or(s.len(), |j| i + j + 1);
            let tag = &s[i..tag_end];
            if tag.starts_with("</") {
                depth -= 1;
            } else if !tag.ends_with("/>") && !is_void(tag) {
                depth += 1;
            }
            s = &s[tag_end..];
            if depth == 0 {
                break;
            }
        }
        out.push(text.trim().to_string());
    }
    out
}

fn is_void(tag: &str) -> bool {
    ["<input", "<br", "<img", "<hr", "<meta", "<link"]
        .iter()
        .any(|v| tag.starts_with(v))
}

fn headline(html: &str) -> String {
    texts(html, "cpfe-headline")
        .into_iter()
        .next()
        .unwrap_or_default()
}

/// The questions shown, by their share-link key (`name="k"`), in order.
fn asked(html: &str) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for part in html.split(" name=\"").skip(1) {
        let key = part.split('"').next().unwrap().to_string();
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

const TODAY: &str = "2018-05-01";

/// "Project:" stands before a headline only where a project is asked in a
/// phase: not before a refusal of the applicant, nor where no phase is
/// open; and the first headline does not promise "one more answer" while
/// several are needed.
#[test]
fn the_headline_names_a_project_only_where_one_applies() {
    for lang in Lang::ALL {
        let project = i18n::messages::ui_stream(lang);
        for fragment in [
            "#cpfe1&d=2018-05-01",
            "#cpfe1&d=2018-05-01&k=hk_business&g=elsewhere",
            "#cpfe1&d=2015-05-01",
            "#cpfe1&d=2015-05-01&p=demonstration",
        ] {
            let h = headline(&page(lang, fragment, TODAY));
            assert!(!h.is_empty(), "{lang:?} {fragment}: a headline");
            assert!(!h.starts_with(&project), "{lang:?} {fragment}: {h}");
        }
        let stream = i18n::stream_label(Stream::Demonstration, lang);
        let h = headline(&page(lang, "#cpfe1&d=2018-05-01&p=demonstration", TODAY));
        assert!(h.starts_with(&stream), "{lang:?}: {h}");
    }
    let first = headline(&page(Lang::En, "#cpfe1&d=2018-05-01", TODAY));
    assert_eq!(first, "More answers needed. Next: Who is applying?");
}

/// A factory outside the area is refused on that answer: the form asks
/// nothing more (not its registration, not its industry), and the refusal
/// follows the question that decided it.
#[test]
fn a_factory_in_fujian_is_asked_nothing_after_its_region() {
    for lang in Lang::ALL {
        for day in ["2010-05-01", "2018-05-01", "2026-01-15"] {
            let html = page(
                lang,
                &format!("#cpfe1&d={day}&k=hk_business&g=elsewhere"),
                TODAY,
            );
            assert_eq!(asked(&html), ["d", "k", "g"], "{lang:?} {day}");
            assert!(
                html.contains("data-verdict=\"no\""),
                "{lang:?} {day}: refused"
            );
        }
    }
}

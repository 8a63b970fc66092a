//! A link to another site, opened in a new tab.

use crate::i18n::{self, Lang};
use crate::rules::Source;
use yew::prelude::*;

/// One function for every link to another site (the markup written once,
/// not at each use: smaller wasm; BENCHMARKS.md, issue 18).
#[inline(never)]
pub(super) fn link(href: &'static str, text: String) -> Html {
    html! { <a {href} target="_blank" rel="noopener noreferrer">{ text }</a> }
}

/// A source's link: "Source", to its page in the reader's language where
/// the rules give one, saying the page's language where it is another.
pub(super) fn source(s: &Source, l: Lang) -> Html {
    let (url, words) = i18n::source_link(s, l);
    link(url, words)
}

//! A link to another site, opened in a new tab.

use yew::prelude::*;

/// One function for every link to another site (the markup written once,
/// not at each use: smaller wasm; BENCHMARKS.md, issue 18).
#[inline(never)]
pub(super) fn link(href: &'static str, text: String) -> Html {
    html! { <a {href} target="_blank" rel="noopener noreferrer">{ text }</a> }
}

//! A link to another site, opened in a new tab, numbered for paper: each
//! address once, in the order the answer shows them (`begin`, `take`); the
//! printed page gives the number after the link and the addresses at its
//! foot.

use crate::i18n::{self, Lang};
use crate::rules::Source;
use std::cell::RefCell;
use yew::prelude::*;

thread_local! {
    /// The addresses linked since `begin`, in order, each once.
    static LINKED: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// `Some(href)`: the address's number (a new one for a new address);
/// `None`: the addresses so far, in their numbers' order, and a fresh
/// start. One function, so that the thread-local is reached once.
#[inline(never)]
fn linked(href: Option<&'static str>) -> Result<usize, Vec<&'static str>> {
    LINKED.with(|l| {
        let mut l = l.borrow_mut();
        let Some(href) = href else {
            return Err(std::mem::take(&mut *l));
        };
        Ok(match l.iter().position(|u| *u == href) {
            Some(at) => at + 1,
            None => {
                l.push(href);
                l.len()
            }
        })
    })
}

/// Starts numbering the links of one answer.
pub(super) fn begin() {
    let _ = linked(None);
}

/// The addresses linked since `begin`, in their numbers' order.
pub(super) fn take() -> Vec<&'static str> {
    linked(None).err().unwrap_or_default()
}

/// One function for every link to another site (the markup written once,
/// not at each use: smaller wasm; BENCHMARKS.md, issue 18). `data-n` is
/// the address's number on paper.
#[inline(never)]
pub(super) fn link(href: &'static str, text: String) -> Html {
    let n = linked(Some(href)).unwrap_or_default();
    html! { <a {href} data-n={n.to_string()} target="_blank" rel="noopener noreferrer">{ text }</a> }
}

/// A source's link: "Source", to its page in the reader's language where
/// the rules give one, saying the page's language where it is another; for
/// a source without an address, "Source: " and its name, not linked.
pub(super) fn source(s: &Source, l: Lang) -> Html {
    match i18n::source_link(s, l) {
        // Named, not linked: the words alone.
        ("", words) => Html::from(words),
        (url, words) => link(url, words),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_address_numbered_once_in_order_and_a_fresh_start_after_take() {
        begin();
        assert_eq!(linked(Some("https://a.example/")), Ok(1));
        assert_eq!(linked(Some("https://b.example/")), Ok(2));
        assert_eq!(
            linked(Some("https://a.example/")),
            Ok(1),
            "a repeated address keeps its number"
        );
        assert_eq!(linked(Some("https://c.example/")), Ok(3));
        assert_eq!(
            take(),
            [
                "https://a.example/",
                "https://b.example/",
                "https://c.example/"
            ]
        );
        assert_eq!(take(), Vec::<&str>::new(), "take starts afresh");
        assert_eq!(linked(Some("https://c.example/")), Ok(1));
        begin();
        assert_eq!(
            linked(Some("https://b.example/")),
            Ok(1),
            "begin starts afresh"
        );
    }
}

//! The catalogues at run time: each language's messages, as the build
//! wrote them (`build.rs`, `compile::data`), held once loaded.
//!
//! With the `built-in` feature (the command line, the pre-rendering, the
//! native tests) all three languages are compiled in and load on first
//! use. Without it (the widget's wasm) none is: the page's language is
//! loaded before the widget mounts and another one when a person switches
//! to it ([`load`], fed by the loader with `texts/<tag>.txt`), so the first
//! download carries one language. Every message function fills its text
//! from here (`fill`); the widget never renders a language that is not
//! [`loaded`].

use crate::messages::{COUNT, FINGERPRINT};
use crate::Lang;
use core::fmt::{Display, Write};
use std::sync::OnceLock;

/// Separates messages (`compile::RECORD`).
const RECORD: char = '\u{1e}';
/// Marks a placeholder, followed by its number (`compile::PLACEHOLDER`).
const PLACEHOLDER: char = '\u{1f}';

/// One language's messages, in the reference catalogue's order.
#[derive(Debug, PartialEq, Eq)]
struct Catalogue(Vec<&'static str>);

static LOADED: [OnceLock<Catalogue>; 3] = [const { OnceLock::new() }; 3];

fn index(l: Lang) -> usize {
    match l {
        Lang::En => 0,
        Lang::ZhHant => 1,
        Lang::ZhHans => 2,
    }
}

/// The run-time data of this build's catalogue for `l`: every message.
pub fn built_in(l: Lang) -> &'static str {
    match l {
        Lang::En => include_str!(concat!(env!("OUT_DIR"), "/en.txt")),
        Lang::ZhHant => include_str!(concat!(env!("OUT_DIR"), "/zh-Hant.txt")),
        Lang::ZhHans => include_str!(concat!(env!("OUT_DIR"), "/zh-Hans.txt")),
    }
}

/// The same for the widget, as `cpfund site` writes it to
/// `texts/<tag>.txt`: the messages only the command line and the generated
/// pages show are empty (`compile::NATIVE_ONLY`; the widget's build cannot
/// name them).
pub fn for_widget(l: Lang) -> &'static str {
    match l {
        Lang::En => include_str!(concat!(env!("OUT_DIR"), "/en.widget.txt")),
        Lang::ZhHant => include_str!(concat!(env!("OUT_DIR"), "/zh-Hant.widget.txt")),
        Lang::ZhHans => include_str!(concat!(env!("OUT_DIR"), "/zh-Hans.widget.txt")),
    }
}

/// Why a texts file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Its bytes are not UTF-8 (a file saved in Big5, say).
    NotUtf8,
    /// It does not start with `cpfe-texts`: not a texts file at all.
    NotTexts,
    /// It is for another language than asked.
    OtherLanguage(String),
    /// It comes from another build of the widget (other messages or
    /// placeholders): the widget's files were not deployed together.
    OtherBuild(String),
}

impl Display for LoadError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            LoadError::NotUtf8 => f.write_str("this texts file is not UTF-8 text"),
            LoadError::NotTexts => f.write_str("this is not a texts file of the widget"),
            LoadError::OtherLanguage(t) => write!(f, "this texts file is for the language {t}"),
            LoadError::OtherBuild(p) => write!(
                f,
                "this texts file comes from another build of the widget ({p}, this one is {FINGERPRINT}); deploy the widget's files together"
            ),
        }
    }
}

fn parse(l: Lang, data: &'static str) -> Result<Catalogue, LoadError> {
    let (header, body) = data.split_once('\n').ok_or(LoadError::NotTexts)?;
    let mut h = header.split(' ');
    if h.next() != Some("cpfe-texts") {
        return Err(LoadError::NotTexts);
    }
    let (print, tag) = (h.next().unwrap_or(""), h.next().unwrap_or(""));
    if print != FINGERPRINT {
        return Err(LoadError::OtherBuild(print.into()));
    }
    if tag != l.tag() {
        return Err(LoadError::OtherLanguage(tag.into()));
    }
    let messages: Vec<&'static str> = body.split(RECORD).collect();
    if messages.len() != COUNT {
        return Err(LoadError::OtherBuild(print.into()));
    }
    Ok(Catalogue(messages))
}

/// Loads a language's texts (the contents of `texts/<tag>.txt`). Loading a
/// language again changes nothing: a build's texts never change. Bytes,
/// checked here as UTF-8: the page passes the file as it was fetched (a
/// string would be encoded again in JavaScript, slowly: BENCHMARKS.md,
/// "Issue 18: ready, measured again").
pub fn load(l: Lang, data: &[u8]) -> Result<(), LoadError> {
    let data = std::str::from_utf8(data).map_err(|_| LoadError::NotUtf8)?;
    if loaded(l) {
        return Ok(());
    }
    // Kept for the page's life: one copy per language loaded. A refused
    // file stays too (a broken deployment, one copy per attempt): checking
    // before copying measured +211 B of download.
    let data: &'static str = Box::leak(data.into());
    let c = parse(l, data)?;
    let _ = LOADED[index(l)].set(c);
    Ok(())
}

fn get(l: Lang) -> Option<&'static Catalogue> {
    let cell = &LOADED[index(l)];
    #[cfg(feature = "built-in")]
    return Some(cell.get_or_init(|| parse(l, built_in(l)).unwrap_or(Catalogue(Vec::new()))));
    #[cfg(not(feature = "built-in"))]
    cell.get()
}

/// Whether `l`'s texts are there to render (always, with `built-in`).
pub fn loaded(l: Lang) -> bool {
    get(l).is_some()
}

/// Message `n` in `l`, with its placeholders filled in from `args` (in the
/// order of their names). Empty if `l` is not loaded: the widget checks
/// [`loaded`] before it renders a language.
pub(crate) fn fill(l: Lang, n: usize, args: &[&dyn Display]) -> String {
    match get(l).and_then(|c| c.0.get(n)) {
        Some(text) => fill_in(text, args),
        None => String::new(),
    }
}

fn fill_in(text: &str, args: &[&dyn Display]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut parts = text.split(PLACEHOLDER);
    out.push_str(parts.next().unwrap_or(""));
    for part in parts {
        let mut rest = part.chars();
        let arg = rest
            .next()
            .and_then(|d| d.to_digit(10))
            .and_then(|k| args.get(k as usize));
        if let Some(a) = arg {
            let _ = write!(out, "{a}");
        }
        out.push_str(rest.as_str());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leak(s: String) -> &'static str {
        Box::leak(s.into_boxed_str())
    }

    #[test]
    fn built_in_catalogues_parse() {
        for l in Lang::ALL {
            let c = parse(l, built_in(l)).expect("this build's catalogue");
            assert_eq!(c.0.len(), COUNT);
            assert!(c.0.iter().all(|m| !m.is_empty()), "{l:?}: an empty message");
            assert!(loaded(l));
            // The widget's: the same structure, fewer bytes.
            let w = parse(l, for_widget(l)).expect("the widget's catalogue");
            assert_eq!(w.0.len(), COUNT);
            let empty = w.0.iter().filter(|m| m.is_empty()).count();
            assert!(empty > 40 && empty < COUNT / 3, "{l:?}: {empty} empty");
            assert!(for_widget(l).len() < built_in(l).len());
        }
        assert_eq!(
            load(Lang::ZhHans, b"not even texts"),
            Ok(()),
            "loaded already"
        );
    }

    #[test]
    fn refuses_files_of_another_kind_language_or_build() {
        let zh = built_in(Lang::ZhHant);
        assert_eq!(parse(Lang::En, "hello"), Err(LoadError::NotTexts));
        assert_eq!(
            parse(Lang::En, "<!doctype html>\n<p>"),
            Err(LoadError::NotTexts)
        );
        assert_eq!(
            parse(Lang::En, zh),
            Err(LoadError::OtherLanguage("zh-Hant".into()))
        );
        let other = leak(zh.replacen(FINGERPRINT, "0123456789abcdef", 1));
        assert_eq!(
            parse(Lang::ZhHant, other),
            Err(LoadError::OtherBuild("0123456789abcdef".into()))
        );
        let fewer = leak(zh[..zh.rfind(RECORD).unwrap()].to_string());
        assert_eq!(
            parse(Lang::ZhHant, fewer),
            Err(LoadError::OtherBuild(FINGERPRINT.into()))
        );
        assert_eq!(
            load(Lang::ZhHant, b"cpfe-texts \xb0\xb8"),
            Err(LoadError::NotUtf8)
        );
        let more = leak(format!("{zh}{RECORD}extra"));
        assert!(parse(Lang::ZhHant, more).is_err());
        assert!(parse(Lang::ZhHant, zh).is_ok());
        assert!(LoadError::OtherBuild("x".into())
            .to_string()
            .contains(FINGERPRINT));
    }

    #[test]
    fn fills_placeholders_by_number() {
        let (x, y) = ("X", 7);
        let args: [&dyn Display; 2] = [&x, &y];
        assert_eq!(fill_in("a\u{1f}1b\u{1f}0c", &args), "a7bXc");
        assert_eq!(fill_in("\u{1f}0\u{1f}0", &args), "XX");
        assert_eq!(fill_in("plain", &args), "plain");
        // A number with no argument, or no number: nothing is filled in.
        assert_eq!(fill_in("a\u{1f}5b\u{1f}", &args), "ab");
        assert_eq!(
            crate::messages::crash_message(Lang::En, &"2788 5588"),
            "Sorry, the estimator has stopped working. Your answers could not be kept. Reload the page to try again, or call the hotline on 2788 5588."
        );
    }
}

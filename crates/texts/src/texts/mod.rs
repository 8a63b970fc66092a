//! Every sentence the product says, in English, Traditional Chinese and
//! Simplified Chinese. Figures are never written here: they come in as
//! arguments, from the rule data. One file per job: `labels` (amounts and
//! names), `verdicts`, `reasons`, `notices` (and the page's messages),
//! `errors`, `interface` (the phase line), `rules_words`. Interface words are
//! the generated `messages::ui_*` and `messages::widget_*` functions.

mod errors;
mod interface;
mod labels;
mod notices;
mod reasons;
// The rules pages' and the <noscript> table's words: native only.
#[cfg(feature = "built-in")]
mod rules_words;
mod verdicts;
pub use errors::*;
pub use interface::*;
pub use labels::*;
pub use notices::*;
pub use reasons::*;
#[cfg(feature = "built-in")]
pub use rules_words::*;
pub use verdicts::*;

use crate::Lang;
use cp_engine::date::DateError;
use cp_engine::money::{group_thousands, Money, MoneyError, Rate};
use cp_engine::rules::case::*;
use cp_engine::rules::data::PROGRAMME;
use cp_engine::rules::model::{Ceiling, Per, Source, Who, Written};
use cp_engine::rules::result::*;

use crate::messages as m;

/// A sentence that follows another: English puts a space between
/// sentences, Chinese does not.
fn sentence(l: Lang, s: String) -> String {
    match l {
        Lang::En => format!(" {s}"),
        Lang::ZhHant | Lang::ZhHans => s,
    }
}

pub fn product_title(l: Lang) -> String {
    m::product_title(l)
}

pub fn programme_name(l: Lang) -> String {
    m::programme_name(l)
}

fn stream_list(streams: &[Stream], l: Lang) -> String {
    let sep = l.pick("; ", "；", "；");
    joined(streams.iter().map(|s| stream_label(*s, l)), sep)
}

/// Texts joined with `sep`, without collecting them first: `[String]::join`
/// is a kilobyte of generic code in the wasm (BENCHMARKS.md, issue 18).
fn joined(parts: impl Iterator<Item = String>, sep: &str) -> String {
    let mut out = String::new();
    for (i, p) in parts.enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(&p);
    }
    out
}

fn hotline(l: Lang) -> String {
    let h = PROGRAMME.contacts.hotline;
    m::hotline(l, &h)
}

/// What must hold of an evaluation's texts: every reason, headline and
/// notice has words in every language (with `rules::invariants`, checked by
/// the property tests and every fuzz target).
pub fn text_violations(e: &Evaluation) -> Vec<String> {
    let mut out = Vec::new();
    for l in Lang::ALL {
        for n in &e.notices {
            if notice_text(n, l).trim().is_empty() {
                out.push(format!("notice {} has no {l:?} text", n.code()));
            }
        }
        for r in std::iter::once(&e.project).chain(&e.streams) {
            if headline(r, l).trim().is_empty() {
                out.push(format!("{:?}: no {l:?} headline", r.stream));
            }
            for x in &r.reasons {
                if reason(x, l).trim().is_empty() {
                    out.push(format!("{}: a reason has no {l:?} text", x.code()));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Money {
        cp_engine::money::Cost::parse(s).unwrap().amount()
    }

    #[test]
    fn every_error_has_a_message_in_every_language() {
        use MoneyError::*;
        for e in [
            Empty,
            NotANumber,
            NotPositive,
            TooManyDecimals,
            TooLarge,
            MisplacedSeparator,
        ] {
            for lang in Lang::ALL {
                assert!(!money_error(e, lang).is_empty());
            }
            assert_ne!(money_error(e, Lang::En), money_error(e, Lang::ZhHant));
        }
    }

    #[test]
    fn formatting() {
        assert_eq!(format_hkd(m("250000"), Lang::En), "HK$250,000");
        assert_eq!(format_hkd(m("250000"), Lang::ZhHant), "港幣250,000元");
        assert_eq!(format_hkd(m("250000"), Lang::ZhHans), "港币250,000元");
        assert_eq!(format_hkd(m("6172.83"), Lang::En), "HK$6,172.83");
        assert_eq!(format_hkd(m("6172.80"), Lang::En), "HK$6,172.80");
        assert_eq!(format_hkd(m("999"), Lang::En), "HK$999");
        assert_eq!(format_hkd(m("1000"), Lang::En), "HK$1,000");
        assert_eq!(format_hkd(m("0.5"), Lang::En), "HK$0.50");
        assert_eq!(format_rmb(m("50000"), Lang::En), "RMB50,000");
        assert_eq!(format_rmb(m("50000"), Lang::ZhHant), "人民幣50,000元");
        assert_eq!(format_rmb(m("50000"), Lang::ZhHans), "人民币50,000元");
        assert_eq!(format_percent(Rate(50)), "50%");
        assert_eq!(format_percent(Rate(90)), "90%");
    }
}

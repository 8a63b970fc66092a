//! The three languages of the product (`cp-texts`; the widget and `cpfund`
//! know it as `i18n`).
//!
//! Every sentence a person reads lives in the translation catalogues,
//! `crates/texts/ftl/<lang>.ftl` (Fluent syntax, one file per language, each
//! message with a comment). `build.rs` checks them (a message missing in a
//! language, or with other placeholders than in English, stops the build)
//! and compiles them into [`messages`], one function per message, and each
//! language's texts as data ([`catalogue`]: built in natively, loaded by the
//! widget one language at a time); no Fluent parser at run time. `texts`
//! chooses the message for a result and fills in its placeholders;
//! [`Lang::pick`] remains for punctuation and separators.

pub mod catalogue;
/// The catalogues' messages, compiled at build time (build.rs).
#[allow(clippy::all)]
pub mod messages {
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}
mod texts;
pub use texts::*;

#[cfg(feature = "built-in")]
pub mod rules_page;
pub mod summary;

use cp_engine::date::Date;

/// A language the product speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    /// Traditional Chinese, as written in Hong Kong.
    ZhHant,
    /// Simplified Chinese.
    ZhHans,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::ZhHant, Lang::ZhHans];

    /// The BCP 47 tag the product writes (`lang` attributes, `--lang`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHant => "zh-Hant",
            Lang::ZhHans => "zh-Hans",
        }
    }

    /// Reads a language tag: `en`, `zh-Hant`, `zh-Hans`, and the regional
    /// tags people use (`zh-HK`, `zh-TW`, `zh-MO` → Traditional; `zh-CN`,
    /// `zh-SG`, `zh` → Simplified; `en-GB` etc. → English). Case-insensitive.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let t = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = t.split('-');
        match parts.next()? {
            "en" => Some(Lang::En),
            "zh" => {
                let rest: Vec<&str> = parts.collect();
                if rest
                    .iter()
                    .any(|p| *p == "hant" || *p == "hk" || *p == "tw" || *p == "mo")
                {
                    Some(Lang::ZhHant)
                } else {
                    Some(Lang::ZhHans)
                }
            }
            _ => None,
        }
    }

    /// Punctuation and separators, all three at once (sentences are in the
    /// catalogues).
    pub fn pick<T>(self, en: T, zh_hant: T, zh_hans: T) -> T {
        match self {
            Lang::En => en,
            Lang::ZhHant => zh_hant,
            Lang::ZhHans => zh_hans,
        }
    }

    /// The colon between a label and its value: `Phase: …` / `計劃期數：…`.
    /// The one place it is written.
    pub fn colon(self) -> &'static str {
        self.pick(": ", "：", "：")
    }

    /// Words in brackets after a sentence: ` (assumption)` in English,
    /// `（假設）` in Chinese (full-width, no space: terms.md).
    pub fn parens(self, words: &str) -> String {
        match self {
            Lang::En => format!(" ({words})"),
            _ => format!("（{words}）"),
        }
    }

    /// The language's own name, for a language switch.
    pub fn native_name(self) -> &'static str {
        self.pick("English", "繁體中文", "简体中文")
    }

    /// A date as people read it: `31 March 2020` / `2020年3月31日`.
    pub fn date(self, d: Date) -> String {
        self.ymd(d.year(), d.month(), u16::from(d.day()))
    }

    /// A year, month and day as a date is written, whether or not the
    /// month has that day (`30 February 2019`, to say it has not); `month`
    /// from 1 to 12.
    pub fn ymd(self, year: u16, month: u8, day: u16) -> String {
        match self {
            Lang::En => format!(
                "{day} {} {year}",
                MONTHS[usize::from(month.clamp(1, 12) - 1)]
            ),
            _ => format!("{year}年{month}月{day}日"),
        }
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags() {
        for (tag, lang) in [
            ("en", Lang::En),
            ("EN-gb", Lang::En),
            ("zh-Hant", Lang::ZhHant),
            ("zh-HK", Lang::ZhHant),
            ("zh-TW", Lang::ZhHant),
            ("zh_hk", Lang::ZhHant),
            ("zh-Hant-HK", Lang::ZhHant),
            ("zh-Hans", Lang::ZhHans),
            ("zh-CN", Lang::ZhHans),
            ("zh", Lang::ZhHans),
        ] {
            assert_eq!(Lang::from_tag(tag), Some(lang), "{tag}");
        }
        for bad in ["", "xx", "fr", "-"] {
            assert_eq!(Lang::from_tag(bad), None, "{bad}");
        }
        for l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.tag()), Some(l));
        }
    }

    #[test]
    fn dates() {
        let d = Date::ymd(2020, 3, 31);
        assert_eq!(Lang::En.date(d), "31 March 2020");
        assert_eq!(Lang::ZhHant.date(d), "2020年3月31日");
        assert_eq!(Lang::ZhHans.date(d), "2020年3月31日");
    }
}

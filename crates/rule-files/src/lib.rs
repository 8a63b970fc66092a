//! The programme's rule files, read and checked at build time.
//!
//! `rules/` at the repository's root holds what a programme officer edits:
//! `phases/<id>.toml` (one file a phase), `sources.toml`, `recognition.toml`
//! and `programme.toml` (the rules that span phases). [`load`] reads them
//! all and checks them; every refusal names the file, the line and how to
//! mend it (`rules/phases/2027-2029.toml:14: unknown key "ceilling" (did you
//! mean "ceiling"?)`). [`rust`] writes the engine's static tables from what
//! was read (the engine's `build.rs` includes them), and the texts' build
//! takes the sources' titles from [`Rules::sources`].
//!
//! Nothing here runs in the browser or in the engine: this crate is a build
//! dependency only.

mod check;
mod phase;
mod programme;
mod rust;
mod schema;
pub mod vocab;

pub use check::load;
pub use rust::{rust, source_static};

use std::fmt;

/// A refusal: where, and what is wrong and how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file as shown, e.g. `rules/phases/2027-2029.toml`.
    pub file: String,
    /// 1-based; 0 when the problem is the file as a whole.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

/// A calendar date, checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Everything the files say, checked.
#[derive(Clone, Debug)]
pub struct Rules {
    pub sources: Vec<Source>,
    /// In date order.
    pub phases: Vec<Phase>,
    pub programme: Programme,
    pub recognition: Recognition,
}

#[derive(Clone, Debug)]
pub struct Source {
    pub id: String,
    pub read: Date,
    /// `(language, title)` in [`vocab::LANGS`]' order, all three.
    pub titles: Vec<(String, String)>,
    /// `(language, address)`, the cited page first; empty when the source
    /// is named, not linked.
    pub pages: Vec<(String, String)>,
}

impl Source {
    /// The title in `lang` (one of [`vocab::LANGS`]).
    pub fn title(&self, lang: &str) -> &str {
        self.titles
            .iter()
            .find(|(l, _)| l == lang)
            .map_or("", |(_, t)| t)
    }
}

#[derive(Clone, Debug)]
pub struct Phase {
    pub id: String,
    pub from: Date,
    pub from_assumption: Option<String>,
    pub to: Date,
    pub to_assumption: Option<String>,
    pub dates_source: String,
    pub funding_millions: u32,
    pub funding_source: String,
    /// Only the Pearl River Delta of Guangdong (else all of it).
    pub prd_only: bool,
    pub hk_factories: bool,
    pub hk_workshops: bool,
    pub area_source: String,
    pub applicant_test_assumption: Option<String>,
    pub applicant_test_source: String,
    pub priority_sectors: Option<PrioritySectors>,
    pub second_assessment: Option<(u16, String)>,
    pub streams: Vec<StreamEntry>,
    pub technology_promotion: Option<String>,
    pub sources_as_of: Option<Date>,
}

#[derive(Clone, Debug)]
pub struct PrioritySectors {
    pub sectors: Vec<String>,
    pub outside: String,
    pub assumption: Option<String>,
    pub source: String,
}

#[derive(Clone, Debug)]
pub struct StreamEntry {
    pub stream: String,
    /// `None`: not listed in the phase's sources.
    pub terms: Option<Terms>,
    pub source: String,
}

#[derive(Clone, Debug)]
pub struct Terms {
    pub who: String,
    /// Whole percent; `None`: not published.
    pub rate: Option<u8>,
    pub ceiling: Ceiling,
    /// Origins and the higher ceiling for them.
    pub higher_ceiling: Option<(Vec<String>, u64)>,
    pub months_to_complete: Option<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ceiling {
    Published { amount: u64, per: String },
    NotPublished,
    NoneStated,
}

#[derive(Clone, Debug)]
pub struct Programme {
    pub primary_source: String,
    pub guide_source: String,
    pub past_practice_source: String,
    pub resident_mainland_more_than: u8,
    pub resident_hk_business_at_least: u8,
    pub resident_source: String,
    pub same_date_assumption: String,
    pub stale_after_years: u16,
    pub assumed_dates_window_days: u16,
    pub hotline: String,
    pub hotline_tel: String,
    pub email: String,
    pub website: String,
    pub guide_url: String,
    pub events_url: String,
    pub recognition_url: String,
    pub pages_written: String,
}

#[derive(Clone, Debug)]
pub struct Recognition {
    pub launched_year: u16,
    pub launched_month: u8,
    pub source: String,
    pub guangdong_only_assumption: String,
    pub export_credit_discount_source: String,
    pub categories: Vec<(String, u16, bool)>,
    pub cash_awards: Vec<CashAward>,
}

#[derive(Clone, Debug)]
pub struct CashAward {
    pub from_year: u16,
    pub to_year: Option<u16>,
    pub reported_to_year: Option<u16>,
    pub excellent_partner: u64,
    pub partner: u64,
    pub one_off: Option<bool>,
    pub source: String,
}

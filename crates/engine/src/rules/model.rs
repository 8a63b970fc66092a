//! The shape of the rule data: what a phase of the programme is made of.
//! The values themselves live in `data.rs` and nowhere else.

use super::case::{Sector, Stream, TechnologyOrigin};
use crate::date::Date;
use crate::money::Money;

/// The language a page is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    English,
    Traditional,
    Simplified,
}

/// A page: its address and the language it is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    pub url: &'static str,
    pub written: Written,
}

/// Where a figure or condition comes from: one record of
/// `rules/sources.toml`. Its title in each language is there too, and
/// reaches the texts (the catalogues' `source-<id>`, generated from it);
/// the widget's download carries only the id and the addresses.
#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    /// Short stable id, e.g. `govhk-cppp`.
    pub id: &'static str,
    /// The page in each language where one exists, the one the rules cite
    /// first; empty for a source that is named, not linked (no address of
    /// it is on record, and a site's home page is never a source).
    pub pages: &'static [Page],
}

impl Source {
    /// The page the rules cite, if the source has an address.
    pub fn cited(&self) -> Option<Page> {
        self.pages.first().copied()
    }

    /// The page to link for a reader of `want`: the same page in that
    /// language where the rules give it, else the one they cite; `None`
    /// for a source that is named, not linked.
    pub fn page(&self, want: Written) -> Option<Page> {
        self.pages
            .iter()
            .copied()
            .find(|p| p.written == want)
            .or_else(|| self.cited())
    }
}

/// A whole number of Hong Kong dollars (ceilings are whole dollars).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hkd(pub u64);

impl Hkd {
    pub fn amount(self) -> Money {
        Money::whole(self.0)
    }
}

/// A whole number of renminbi (the Recognition Scheme's cash awards).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rmb(pub u64);

impl Rmb {
    pub fn amount(self) -> Money {
        Money::whole(self.0)
    }
}

/// A share of cost, in whole percent (a money concept, defined there).
pub use crate::money::Rate;

/// What a ceiling is counted per.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Per {
    Project,
    Factory,
}

/// The ceiling of a stream, as far as the sources tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ceiling {
    /// A published ceiling.
    Published { amount: Hkd, per: Per },
    /// The sources imply a ceiling but do not publish it: no amount is shown.
    NotPublished,
    /// The sources state the rate without any ceiling ("up to 90% of total
    /// project expenditure"): the estimate applies none, and says so.
    NoneStated,
}

/// A higher ceiling for technology of certain origins (2025–2027).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OriginCeiling {
    pub origins: &'static [TechnologyOrigin],
    pub amount: Hkd,
}

/// Who may apply for a stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    /// Hong Kong businesses with a factory (routes (a)–(d) and 2).
    Factories,
    /// Factories, and workshops with polluting processes (route 3).
    FactoriesAndWorkshops,
    /// Trade and industry associations.
    Associations,
}

/// The terms of a stream a phase offers.
#[derive(Debug, PartialEq, Eq)]
pub struct Terms {
    pub who: Who,
    /// `None`: the rate is not published.
    pub rate: Option<Rate>,
    pub ceiling: Ceiling,
    pub origin_ceiling: Option<OriginCeiling>,
    /// A project must be finished within this many months, where published.
    pub months_to_complete: Option<u8>,
    pub source: &'static Source,
}

/// Whether a phase offers a stream.
#[derive(Debug, PartialEq, Eq)]
pub enum Offer {
    Offered(Terms),
    /// The phase's sources do not list the stream: not offered as far as
    /// anyone can tell; the hotline knows.
    NotListed {
        source: &'static Source,
    },
}

#[derive(Debug, PartialEq, Eq)]
pub struct StreamEntry {
    pub stream: Stream,
    pub offer: Offer,
}

/// Which Guangdong factories a phase covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GuangdongArea {
    /// The Pearl River Delta only.
    PearlRiverDelta,
    /// All of Guangdong.
    All,
}

/// The area a phase covers.
#[derive(Debug, PartialEq, Eq)]
pub struct Area {
    pub guangdong: GuangdongArea,
    /// Factories in Hong Kong (route 2).
    pub hk_factories: bool,
    /// Workshops in Hong Kong with polluting processes (route 3).
    pub hk_workshops: bool,
    pub source: &'static Source,
}

/// What the priority sectors mean for a factory outside them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutsideSectors {
    /// Funding priority only (before 2020): not a condition; the verdict
    /// does not change, the result carries a note. An unanswered sector is
    /// not missing information.
    PriorityOnly,
    /// The committee decides case by case (from 2020).
    CaseByCase,
}

/// The priority (target) sectors of a phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PrioritySectors {
    pub sectors: &'static [Sector],
    pub outside: OutsideSectors,
    /// What `outside` says is the product's assumption for this phase.
    pub assumed: bool,
    pub source: &'static Source,
}

/// The rule for a second on-site assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SecondAssessment {
    /// Full years from completion of the earlier assessment.
    pub years: u16,
    pub source: &'static Source,
}

/// One phase of the programme.
#[derive(Debug, PartialEq, Eq)]
pub struct RuleSet {
    pub id: &'static str,
    /// First application date.
    pub from: Date,
    /// The first date is the product's assumption.
    pub from_assumed: bool,
    /// Last application date, inclusive.
    pub to: Date,
    pub to_assumed: bool,
    pub dates_source: &'static Source,
    /// New money for the phase, in millions of HK$.
    pub funding_millions: u32,
    pub funding_source: &'static Source,
    pub area: Area,
    /// The detailed applicant test of rules.md §3 is applied to this phase
    /// by assumption (its sources do not spell it out): said once, as a
    /// note about the phase's sources.
    pub applicant_test_assumed: bool,
    pub applicant_test_source: &'static Source,
    pub priority_sectors: Option<PrioritySectors>,
    pub second_assessment: Option<SecondAssessment>,
    pub streams: &'static [StreamEntry],
    /// Free technology promotion activities (seminars, visits, exhibitions)
    /// ran in this phase, as this source shows; `None` where no source does.
    pub technology_promotion: Option<&'static Source>,
    /// The date of the phase's newest source, for the "check the current
    /// rules" notice (rules.md §9); `None` where no source is dated.
    pub sources_as_of: Option<Date>,
}

impl RuleSet {
    pub fn entry(&self, stream: Stream) -> Option<&StreamEntry> {
        self.streams.iter().find(|e| e.stream == stream)
    }

    /// The streams the phase offers, in the data's order.
    pub fn offered(&self) -> impl Iterator<Item = (Stream, &Terms)> {
        self.streams.iter().filter_map(|e| match &e.offer {
            Offer::Offered(t) => Some((e.stream, t)),
            Offer::NotListed { .. } => None,
        })
    }
}

/// Route (d)'s shareholding test.
#[derive(Debug, PartialEq, Eq)]
pub struct ResidentMajority {
    /// The resident must hold MORE than this percentage of the Mainland enterprise.
    pub mainland_more_than: u8,
    /// ... and AT LEAST this percentage of the Hong Kong business.
    pub hk_business_at_least: u8,
    pub source: &'static Source,
}

/// A Recognition Scheme category.
#[derive(Debug, PartialEq, Eq)]
pub struct RecognitionCategory {
    pub id: &'static str,
    /// First year the category was awarded.
    pub since_year: u16,
    pub manufacturing: bool,
}

/// A cash award reported for recognised enterprises.
#[derive(Debug, PartialEq, Eq)]
pub struct CashAward {
    /// The award is reported from this label year ...
    pub from_year: u16,
    /// ... to this one (`None`: open-ended).
    pub to_year: Option<u16>,
    /// For an open-ended period: the last label year a source reports;
    /// later years are the product's assumption.
    pub reported_to_year: Option<u16>,
    pub excellent_partner: Rmb,
    pub partner: Rmb,
    /// `None`: the source does not say whether the award is one-off.
    pub one_off: Option<bool>,
    pub source: &'static Source,
}

impl CashAward {
    /// The last label year of the period (`u16::MAX` when open-ended).
    pub fn last_year(&self) -> u16 {
        self.to_year.unwrap_or(u16::MAX)
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct Recognition {
    pub launched_year: u16,
    pub launched_month: u8,
    pub categories: &'static [RecognitionCategory],
    pub cash_awards: &'static [CashAward],
    /// The award being for factories in Guangdong is an assumption.
    pub guangdong_only_assumed: bool,
    /// Label holders may be offered a discount on export credit insurance
    /// premiums (information, not a figure).
    pub export_credit_discount_source: &'static Source,
    pub source: &'static Source,
}

/// Where people go next.
#[derive(Debug, PartialEq, Eq)]
pub struct Contacts {
    /// As people dial it in Hong Kong.
    pub hotline: &'static str,
    /// For a `tel:` link.
    pub hotline_tel: &'static str,
    pub email: &'static str,
    pub website: &'static str,
    pub guide_url: &'static str,
    pub events_url: &'static str,
    pub recognition_url: &'static str,
    /// The language the guide's and the events' pages are written in.
    pub pages_written: Written,
}

/// The whole programme: every phase and the rules that span phases.
#[derive(Debug, PartialEq, Eq)]
pub struct Programme {
    pub rule_sets: &'static [RuleSet],
    pub resident_majority: ResidentMajority,
    /// The product's assumption: a second assessment's years are met on the
    /// same calendar date (29 February → 28 February).
    pub same_date_assumption: bool,
    pub recognition: Recognition,
    pub contacts: Contacts,
    /// Sources older than this many years carry a "check the current rules"
    /// notice (rules.md §9).
    pub stale_after_years: u16,
    /// The notice that a phase's first or last day is assumed is prominent
    /// (decisive) when the application date is fewer than this many days
    /// after an assumed first day or before an assumed last day (rules.md
    /// §9, the decision of 2026-12-07).
    pub assumed_dates_window_days: u16,
    pub past_practice_source: &'static Source,
    pub primary_source: &'static Source,
    /// The application guide: the rules the sources do not reproduce.
    pub guide_source: &'static Source,
}

/// The rule set that answers for a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Applicable {
    pub rule_set: &'static RuleSet,
    /// The date is after the last day of the last known rule set: its
    /// terms are used, marked provisional (rules.md §1).
    pub provisional: bool,
}

impl Programme {
    /// The rule set taking applications on `date`, if any.
    pub fn rule_set_for(&self, date: Date) -> Option<&RuleSet> {
        self.rule_sets
            .iter()
            .find(|r| r.from <= date && date <= r.to)
    }

    /// The last known rule set.
    pub fn last(&self) -> Option<&RuleSet> {
        self.rule_sets.iter().max_by_key(|r| r.to)
    }

    /// The rule set that answers for `date`: the one taking applications
    /// then, or, after the last known one's last day, that one marked
    /// provisional. `None` before the first and in gaps between phases.
    pub fn applicable(&'static self, date: Date) -> Option<Applicable> {
        if let Some(rule_set) = self.rule_set_for(date) {
            return Some(Applicable {
                rule_set,
                provisional: false,
            });
        }
        self.last()
            .filter(|last| date > last.to)
            .map(|rule_set| Applicable {
                rule_set,
                provisional: true,
            })
    }

    /// The first day from which the whole of Guangdong was covered.
    pub fn all_guangdong_from(&self) -> Option<Date> {
        self.rule_sets
            .iter()
            .filter(|r| r.area.guangdong == GuangdongArea::All)
            .map(|r| r.from)
            .min()
    }
}

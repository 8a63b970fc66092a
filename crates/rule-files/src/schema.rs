//! The rule files' shape, as serde reads them. Every table refuses a key it
//! does not know (`deny_unknown_fields`), so a misspelt key is an error and
//! never a figure silently left out. Values that are checked further carry
//! their place in the file (`S<T>`), so a refusal names the line.

use serde::Deserialize;
use std::collections::BTreeMap;
use toml::value::Datetime;
use toml::Value;

pub type S<T> = toml::Spanned<T>;

// ------------------------------------------------------------ sources.toml

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    pub source: Vec<S<SourceRow>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRow {
    pub id: S<String>,
    /// The day the record was last checked against the source.
    pub read: S<Datetime>,
    /// The title in each language: `en`, `zh-Hant`, `zh-Hans`.
    pub title: S<BTreeMap<String, S<String>>>,
    /// The address in each language where the page exists; none for a
    /// source that is named, not linked.
    #[serde(default)]
    pub url: Option<S<BTreeMap<String, S<String>>>>,
}

// ------------------------------------------------------------ phases/*.toml

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhaseFile {
    pub id: S<String>,
    /// The day of the phase's newest dated source.
    #[serde(default)]
    pub sources_as_of: Option<S<Datetime>>,
    pub dates: Dates,
    pub funding: Funding,
    pub area: AreaRow,
    pub applicant_test: ApplicantTest,
    #[serde(default)]
    pub priority_sectors: Option<PrioritySectors>,
    #[serde(default)]
    pub second_assessment: Option<SecondAssessment>,
    pub streams: Vec<S<StreamRow>>,
    #[serde(default)]
    pub technology_promotion: Option<Cited>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dates {
    pub from: S<Datetime>,
    #[serde(default)]
    pub from_assumption: Option<S<String>>,
    pub to: S<Datetime>,
    #[serde(default)]
    pub to_assumption: Option<S<String>>,
    pub source: S<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Funding {
    pub hkd_millions: S<i64>,
    pub source: S<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaRow {
    pub regions: S<Vec<S<String>>>,
    pub workshops: bool,
    pub source: S<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApplicantTest {
    #[serde(default)]
    pub assumption: Option<S<String>>,
    pub source: S<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrioritySectors {
    pub sectors: S<Vec<S<String>>>,
    pub outside: S<String>,
    #[serde(default)]
    pub assumption: Option<S<String>>,
    pub source: S<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecondAssessment {
    pub years: S<i64>,
    pub source: S<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StreamRow {
    pub stream: S<String>,
    /// `false`: the phase's sources do not list the stream.
    #[serde(default)]
    pub listed: Option<S<bool>>,
    #[serde(default)]
    pub who: Option<S<String>>,
    /// Percent of the cost, or "not_published".
    #[serde(default)]
    pub rate: Option<S<Value>>,
    /// HK$, or "not_published", or "none_stated".
    #[serde(default)]
    pub ceiling: Option<S<Value>>,
    #[serde(default)]
    pub ceiling_per: Option<S<String>>,
    #[serde(default)]
    pub higher_ceiling: Option<S<HigherCeiling>>,
    #[serde(default)]
    pub months_to_complete: Option<S<i64>>,
    pub source: S<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HigherCeiling {
    pub origins: S<Vec<S<String>>>,
    pub ceiling: S<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cited {
    pub source: S<String>,
}

// ------------------------------------------------------------ programme.toml

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeFile {
    pub primary_source: S<String>,
    pub guide_source: S<String>,
    pub past_practice_source: S<String>,
    pub resident_majority: ResidentMajority,
    pub second_assessment: SameDate,
    pub notices: Notices,
    pub contacts: Contacts,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResidentMajority {
    pub mainland_more_than: S<i64>,
    pub hk_business_at_least: S<i64>,
    pub source: S<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SameDate {
    pub same_date_assumption: S<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notices {
    pub stale_after_years: S<i64>,
    pub stale_reason: S<String>,
    pub assumed_dates_window_days: S<i64>,
    pub assumed_dates_window_reason: S<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contacts {
    pub hotline: String,
    pub hotline_tel: String,
    pub email: String,
    pub website: S<String>,
    pub guide_url: S<String>,
    pub events_url: S<String>,
    pub recognition_url: S<String>,
    pub pages_written: S<String>,
}

// ------------------------------------------------------------ recognition.toml

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecognitionFile {
    pub launched: S<String>,
    pub source: S<String>,
    pub guangdong_only_assumption: S<String>,
    pub export_credit_discount_source: S<String>,
    pub category: Vec<S<Category>>,
    pub cash_award: Vec<S<CashAward>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: S<String>,
    pub since_year: S<i64>,
    pub manufacturing: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CashAward {
    pub from_year: S<i64>,
    #[serde(default)]
    pub to_year: Option<S<i64>>,
    #[serde(default)]
    pub reported_to_year: Option<S<i64>>,
    pub excellent_partner_rmb: S<i64>,
    pub partner_rmb: S<i64>,
    #[serde(default)]
    pub one_off: Option<bool>,
    pub source: S<String>,
}

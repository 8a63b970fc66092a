//! What the engine answers: a verdict per stream, exact money, and every
//! condition checked with its source. Results carry data only; `i18n`
//! renders them in any language, so one evaluation serves every language.

use super::case::*;
use super::fields::Fields;
use super::model::{Rate, Source, StreamEntry, Terms, Who};
use crate::date::{Date, DateError};
use crate::money::{Money, MoneyError};

/// The contract's verdicts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    Eligible,
    Ineligible,
    /// May apply; the committee decides. The amount is what it would be if approved.
    CaseByCase,
    /// The rule set has no such stream.
    NotOffered,
    NeedsInformation,
    /// No phase takes applications on that date.
    NoRuleSet,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Eligible => "eligible",
            Verdict::Ineligible => "ineligible",
            Verdict::CaseByCase => "case_by_case",
            Verdict::NotOffered => "not_offered",
            Verdict::NeedsInformation => "needs_information",
            Verdict::NoRuleSet => "no_rule_set",
        }
    }

    /// Whether the verdict carries an amount (when the figures are published).
    pub fn has_amount(self) -> bool {
        matches!(self, Verdict::Eligible | Verdict::CaseByCase)
    }
}

/// What a reason is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReasonKind {
    /// An eligibility condition, met or not.
    Condition,
    /// A condition whose failure does not refuse but sends the case to the committee.
    CaseByCase,
    /// An answer the rule set needs and the case lacks.
    Missing,
    /// The stream's terms: rate, ceiling, period.
    Terms,
    /// Something worth knowing that decides nothing.
    Note,
}

impl ReasonKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ReasonKind::Condition => "condition",
            ReasonKind::CaseByCase => "case_by_case",
            ReasonKind::Missing => "missing",
            ReasonKind::Terms => "terms",
            ReasonKind::Note => "note",
        }
    }
}

/// A phase's id and dates, for reasons that point to other phases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhaseDates {
    pub id: &'static str,
    pub from: Date,
    pub to: Date,
}

/// Why: the structured content of a reason, rendered by `i18n::reason_text`.
/// `Copy`, like [`Reason`]: a result's reasons are copied, never cloned
/// field by field (smaller code in the wasm; BENCHMARKS.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    StreamOffered {
        stream: Stream,
        rule_set: &'static str,
    },
    StreamNotOffered {
        stream: Stream,
        rule_set: &'static str,
        /// The phase's streams: the text lists those it offers.
        phase_streams: &'static [StreamEntry],
    },
    StreamNotListed {
        stream: Stream,
        rule_set: &'static str,
        /// The phase's streams: the text lists those its terms do list.
        phase_streams: &'static [StreamEntry],
    },
    ApplicantKind {
        kind: ApplicantKind,
        who: Who,
        /// The phase has a stream for associations (so an association
        /// refused here may be told to apply for it instead).
        associations_stream: bool,
    },
    BrRegistered,
    RouteNone,
    RouteGuangdong {
        route: Route,
    },
    HkFactoriesCovered {
        rule_set: &'static str,
    },
    WorkshopsCovered {
        rule_set: &'static str,
    },
    WorkshopStream {
        stream: Stream,
    },
    /// Where the factory is, for the tie given; `route: None` when the
    /// region alone decides (a factory elsewhere, or in a region that no
    /// tie of the phase covers), and the tie is then not asked.
    FactoryRegion {
        region: Region,
        route: Option<Route>,
        prd_only: bool,
        /// From when all of Guangdong was covered (from the data).
        all_guangdong_from: Option<Date>,
    },
    ShareMainland {
        value: Percent,
        more_than: u8,
    },
    ShareHkBusiness {
        value: Percent,
        at_least: u8,
    },
    /// A condition (from 2020): inside the priority sectors, or case by case.
    PrioritySector {
        sector: Sector,
        /// How many sectors have priority (from the data).
        count: usize,
    },
    /// A note (before 2020): priority goes to the target sectors; nobody is
    /// refused for being outside them. `None`: the sector is not answered.
    SectorPriority {
        sector: Option<Sector>,
        inside: bool,
        count: usize,
    },
    /// The phase's sources do not spell out who may apply; the detailed
    /// test of the later phases is applied (said once, as a note).
    ApplicantTestAssumed {
        rule_set: &'static str,
    },
    /// An on-site assessment that is the factory's first Programme-funded
    /// one: answered so, or (`assumed`) not answered.
    FirstAssessment {
        assumed: bool,
    },
    SecondAssessmentYears {
        completed: Date,
        eligible_from: Date,
        years: u16,
    },
    SecondAssessmentMeasure,
    SecondAssessmentChange,
    Terms {
        rate: Option<Rate>,
        ceiling: super::model::Ceiling,
        months: Option<u8>,
    },
    OriginCeiling {
        origin: TechnologyOrigin,
        amount: Money,
        other_amount: Money,
    },
    RateNotPublished {
        ceiling: Option<Money>,
    },
    CeilingNotPublished {
        rate: Rate,
        at_most: Option<Money>,
    },
    NoCeilingStated {
        rate: Rate,
    },
    PastPractice,
    AssumedEligible,
    Missing {
        fields: Fields,
    },
    NoRuleSet {
        date: Date,
        before: Option<PhaseDates>,
        after: Option<PhaseDates>,
    },
}

impl Why {
    /// A stable code for the reason.
    pub fn code(&self) -> &'static str {
        match self {
            Why::StreamOffered { .. } => "stream_offered",
            Why::StreamNotOffered { .. } => "stream_not_offered",
            Why::StreamNotListed { .. } => "stream_not_listed",
            Why::ApplicantKind { .. } => "applicant_kind",
            Why::BrRegistered => "br_registered",
            Why::RouteNone => "route",
            Why::RouteGuangdong { .. } => "route",
            Why::HkFactoriesCovered { .. } => "hk_factories_covered",
            Why::WorkshopsCovered { .. } => "hk_workshops_covered",
            Why::WorkshopStream { .. } => "workshop_demonstration_only",
            Why::FactoryRegion { .. } => "factory_region",
            Why::ShareMainland { .. } => "resident_share_mainland",
            Why::ShareHkBusiness { .. } => "resident_share_hk_business",
            Why::PrioritySector { .. } => "priority_sector",
            Why::SectorPriority { .. } => "sector_priority_note",
            Why::ApplicantTestAssumed { .. } => "applicant_test_assumed",
            Why::FirstAssessment { .. } => "first_assessment",
            Why::SecondAssessmentYears { .. } => "second_assessment_years",
            Why::SecondAssessmentMeasure => "second_assessment_measure",
            Why::SecondAssessmentChange => "second_assessment_change",
            Why::Terms { .. } => "terms",
            Why::OriginCeiling { .. } => "technology_origin_ceiling",
            Why::RateNotPublished { .. } => "rate_not_published",
            Why::CeilingNotPublished { .. } => "ceiling_not_published",
            Why::NoCeilingStated { .. } => "no_ceiling_stated",
            Why::PastPractice => "past_practice",
            Why::AssumedEligible => "applicant_assumed_eligible",
            Why::Missing { .. } => "missing_information",
            Why::NoRuleSet { .. } => "no_rule_set",
        }
    }
}

/// One condition checked (or one term or note), with its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reason {
    pub why: Why,
    pub met: bool,
    pub kind: ReasonKind,
    pub source: Option<&'static Source>,
    /// Rests on an assumption of the product's (rules.md says **assumption**).
    pub assumption: bool,
}

impl Reason {
    pub fn code(&self) -> &'static str {
        self.why.code()
    }
}

/// The money of an eligible (or case-by-case) stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Amounts {
    pub cost: Money,
    /// The rate as a fraction (0.50), where published.
    pub rate: Option<Rate>,
    /// The ceiling that applies to this case, where one is published.
    pub ceiling: Option<Money>,
    /// rate × cost, rounded down to the cent, before the ceiling.
    pub uncapped: Option<Money>,
    pub sponsorship: Option<Money>,
    pub applicant_pays: Option<Money>,
    pub ceiling_applied: Option<bool>,
    /// The smallest cost at which the ceiling sets the amount.
    pub ceiling_reached_at: Option<Money>,
}

/// The evaluation of one stream for the case's applicant and cost.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StreamResult {
    /// `None` when the case names no stream.
    pub stream: Option<Stream>,
    pub verdict: Verdict,
    pub terms: Option<&'static Terms>,
    pub amounts: Option<Amounts>,
    pub reasons: Vec<Reason>,
    /// The answers needed for a verdict and not given, in the form's order.
    pub missing: Vec<Field>,
    /// Every question whose answer this result reads (given or not): an
    /// answer to any other cannot change it (`questions`).
    pub asked: Fields,
}

impl StreamResult {
    pub fn sponsorship(&self) -> Option<Money> {
        self.amounts.and_then(|a| a.sponsorship)
    }
    pub fn applicant_pays(&self) -> Option<Money> {
        self.amounts.and_then(|a| a.applicant_pays)
    }
    pub fn ceiling_applied(&self) -> Option<bool> {
        self.amounts.and_then(|a| a.ceiling_applied)
    }
    /// The first condition that failed: what "You cannot apply: …" names.
    pub fn first_failure(&self) -> Option<&Reason> {
        self.reasons
            .iter()
            .find(|r| !r.met && matches!(r.kind, ReasonKind::Condition))
    }
}

/// A notice the person must see: "check the current rules with the hotline".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Today is past the phase's last application date.
    PhaseClosed { rule_set: &'static str, to: Date },
    /// The phase's newest source is more than N years old, or undated.
    SourcesOld {
        rule_set: &'static str,
        as_of: Option<Date>,
        years: u16,
    },
    /// The date is after the last day of the last phase the product knows:
    /// that phase's terms are used, provisionally.
    Provisional { rule_set: &'static str, to: Date },
    /// The phase's dates are partly the product's assumption. `edge` (the
    /// notice is decisive) when the answer may turn on it: a date within
    /// the rule data's window of an assumed first or last day, or a
    /// provisional answer whose phase's last day is assumed. Otherwise the
    /// widget lists it among the conditions, not above the figures
    /// (issue 18).
    DatesAssumed {
        rule_set: &'static str,
        edge: Option<AssumedEdge>,
    },
}

/// How near the application date is to a phase's assumed first or last
/// day: what the notice says, so that the date is beside the headline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssumedEdge {
    /// The assumed last day is `days` days after the date (0: that day).
    Closes { to: Date, days: u32 },
    /// The assumed first day is `days` days before the date (0: that day).
    Opened { from: Date, days: u32 },
    /// After the last known phase, whose assumed last day has passed.
    Closed { to: Date },
}

impl Notice {
    pub fn code(&self) -> &'static str {
        match self {
            Notice::PhaseClosed { .. } => "phase_closed",
            Notice::SourcesOld { .. } => "sources_old",
            Notice::Provisional { .. } => "provisional_terms",
            Notice::DatesAssumed { .. } => "dates_assumed",
        }
    }
    /// The notice that qualifies every figure: shown first and prominently.
    pub fn is_provisional(&self) -> bool {
        matches!(self, Notice::Provisional { .. })
    }
    /// Shown beside the headline (every notice but an assumed date far
    /// from the application date, which stands among the conditions).
    pub fn is_decisive(&self) -> bool {
        !matches!(self, Notice::DatesAssumed { edge: None, .. })
    }
}

/// Information that is not about the case's eligibility.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Info {
    /// The Recognition Scheme, its cash award and the export credit
    /// insurance discount.
    Recognition,
    /// What the application guide covers that the estimate does not.
    Guide,
}

impl Info {
    pub const ALL: [Info; 2] = [Info::Recognition, Info::Guide];
    pub fn code(self) -> &'static str {
        match self {
            Info::Recognition => "recognition_scheme",
            Info::Guide => "application_guide",
        }
    }
    pub fn url(self) -> &'static str {
        let c = &super::data::PROGRAMME.contacts;
        match self {
            Info::Recognition => c.recognition_url,
            Info::Guide => c.guide_url,
        }
    }
    pub fn source(self) -> &'static Source {
        let p = &super::data::PROGRAMME;
        match self {
            Info::Recognition => p.recognition.source,
            Info::Guide => p.guide_source,
        }
    }
}

/// Free technology promotion activities: an answer of their own for every
/// applicant (nothing to apply for; anyone may register).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TechnologyPromotion {
    /// Where events are listed and registered for.
    pub events_url: &'static str,
    pub source: &'static Source,
}

/// The whole answer to a case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    pub date: Date,
    pub rule_set: Option<&'static super::model::RuleSet>,
    /// The date is after the last known rule set's last day: `rule_set`
    /// is that one, its terms used provisionally (rules.md §1).
    pub provisional: bool,
    /// Technology promotion activities, where the phase's sources show them.
    pub technology_promotion: Option<TechnologyPromotion>,
    /// The stream the case asks about.
    pub project: StreamResult,
    /// Every stream of the rule set, for the same applicant and cost.
    pub streams: Vec<StreamResult>,
    pub notices: Vec<Notice>,
    pub information: Vec<Info>,
    /// Made by `estimate`: the applicant was assumed eligible.
    pub estimate: bool,
}

/// Input that is not a case: not a verdict, an error with the field at fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    /// The contract's dotted field name (empty where no field is at fault).
    pub field: String,
    pub kind: InputErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputErrorKind {
    Money(MoneyError),
    Date(DateError),
    /// A required field is absent.
    Required,
    /// A value outside the field's enumeration.
    UnknownValue {
        value: String,
        expected: Vec<&'static str>,
    },
    /// A percentage that is not a number from 0 to 100.
    Percent,
    /// A percentage with more decimal places than are held exactly.
    PercentTooPrecise {
        decimals: u32,
    },
    /// The earlier assessment was completed after the application date.
    CompletedAfterApplication {
        date: Date,
    },
    /// Two answers that cannot both hold: "no earlier assessment" (the
    /// error's field) and an answer about that assessment (`other`).
    Contradicts {
        other: Field,
    },
}

impl InputError {
    pub fn new(field: impl Into<String>, kind: InputErrorKind) -> InputError {
        InputError {
            field: field.into(),
            kind,
        }
    }

    pub fn code(&self) -> &'static str {
        match &self.kind {
            InputErrorKind::Money(e) => e.code(),
            InputErrorKind::Date(DateError::Malformed) => "date_malformed",
            InputErrorKind::Date(DateError::NoSuchDay) => "date_no_such_day",
            InputErrorKind::Required => "required",
            InputErrorKind::UnknownValue { .. } => "unknown_value",
            InputErrorKind::Percent => "percent_out_of_range",
            InputErrorKind::PercentTooPrecise { .. } => "percent_too_many_decimals",
            InputErrorKind::CompletedAfterApplication { .. } => "completed_after_application",
            InputErrorKind::Contradicts { .. } => "contradictory_answers",
        }
    }
}

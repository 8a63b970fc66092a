//! The evaluation: case in, explained result out. Pure: no I/O, no clock
//! (today's date comes in through [`Context`]), no panics on any input.

use super::case::*;
use super::data::PROGRAMME;
use super::model::*;
use super::questions::Fields;
use super::result::*;
use crate::date::Date;
use crate::money::{Cost, Money};

/// What the engine needs from outside besides the case.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// Today's date, for the "check the current rules" notices; `None`
    /// leaves out the notices that depend on it.
    pub today: Option<Date>,
}

/// Evaluates a case against the rule set of its application date.
///
/// Fails only on input that is not a valid case (an earlier assessment
/// completed after the application date, or "no earlier assessment" beside
/// an answer about it); every other answer is a verdict.
pub fn evaluate(case: &Case, ctx: &Context) -> Result<Evaluation, InputError> {
    check_history(case)?;
    Ok(run(case, ctx, Mode::Full))
}

fn check_history(case: &Case) -> Result<(), InputError> {
    let h = &case.history;
    if let (Some(false), Some(other)) = (h.previous_assessment, h.first_detail()) {
        return Err(InputError::new(
            Field::PreviousAssessment.path(),
            InputErrorKind::Contradicts { other },
        ));
    }
    match h.previous_assessment_completed {
        Some(done) if done > case.date => Err(InputError::new(
            Field::PreviousAssessmentCompleted.path(),
            InputErrorKind::CompletedAfterApplication { date: case.date },
        )),
        _ => Ok(()),
    }
}

/// The asked stream alone, as [`evaluate`] gives it in `project`, without
/// the other streams and the notices: what `cpfund batch` prints.
pub fn evaluate_project(
    case: &Case,
    ctx: &Context,
) -> Result<(Option<Applicable>, StreamResult), InputError> {
    check_history(case)?;
    let a = PROGRAMME.applicable(case.date);
    match (a, case.project.stream) {
        (Some(a), Some(_)) => Ok((Some(a), project(a.rule_set, case, Mode::Full, &[]))),
        // No phase, or no stream asked (whose answer depends on every
        // stream's): the whole evaluation's project.
        _ => Ok((a, run(case, ctx, Mode::Full).project)),
    }
}

/// The quick estimate for one stream: the applicant is assumed eligible and
/// the answer says so (`cpfund estimate`).
pub fn estimate(
    date: Date,
    stream: Stream,
    cost: Cost,
    technology_origin: Option<TechnologyOrigin>,
    ctx: &Context,
) -> Evaluation {
    let mut case = Case::new(date);
    case.project = Project {
        stream: Some(stream),
        cost: Some(cost),
        technology_origin,
    };
    run(&case, ctx, Mode::AssumeEligible)
}

/// The rule set taking applications on `date` (none after the last one's
/// last day: see [`applicable`]).
pub fn rule_set_for(date: Date) -> Option<&'static RuleSet> {
    PROGRAMME.rule_set_for(date)
}

/// The rule set that answers for `date`: after the last known rule set's
/// last day, that one, marked provisional.
pub fn applicable(date: Date) -> Option<Applicable> {
    PROGRAMME.applicable(date)
}

/// Sponsorship = min(rate × cost, ceiling), rounded down to the cent; the
/// applicant pays the rest. `ceiling_applied` is true exactly when
/// rate × cost exceeds the ceiling.
pub fn split(cost: Cost, rate: Rate, ceiling: Option<Money>) -> Amounts {
    let cost_amount = cost.amount();
    let uncapped = cost_amount.percent_floor(rate.0);
    let (sponsorship, applied, reached_at) = match ceiling {
        Some(c) => {
            let applied = cost_amount.percent_exceeds(rate.0, c);
            (
                if applied { c } else { uncapped },
                Some(applied),
                c.at_percent_ceil(rate.0),
            )
        }
        None => (uncapped, Some(false), None),
    };
    Amounts {
        cost: cost_amount,
        rate: Some(rate),
        ceiling,
        uncapped: Some(uncapped),
        sponsorship: Some(sponsorship),
        applicant_pays: Some(cost_amount - sponsorship),
        ceiling_applied: applied,
        ceiling_reached_at: reached_at,
    }
}

/// The evaluation without the input checks of [`evaluate`]: what
/// `questions` reads, so a form still knows its questions while an answer
/// contradicts another.
pub(crate) fn run_unchecked(case: &Case) -> Evaluation {
    run(case, &Context::default(), Mode::Full)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Full,
    AssumeEligible,
}

fn run(case: &Case, ctx: &Context, mode: Mode) -> Evaluation {
    let information = Info::ALL.to_vec();
    let estimate = mode == Mode::AssumeEligible;
    let Some(Applicable {
        rule_set: rs,
        provisional,
    }) = PROGRAMME.applicable(case.date)
    else {
        return no_rule_set(case, information, estimate);
    };
    let streams: Vec<StreamResult> = rs
        .streams
        .iter()
        .map(|e| evaluate_stream(rs, case, e.stream, mode))
        .collect();
    let project = project(rs, case, mode, &streams);
    Evaluation {
        date: case.date,
        rule_set: Some(rs),
        provisional,
        technology_promotion: rs.technology_promotion.map(|source| TechnologyPromotion {
            events_url: PROGRAMME.contacts.events_url,
            source,
        }),
        project,
        streams,
        notices: notices(rs, provisional, ctx),
        information,
        estimate,
    }
}

/// The asked stream's result: taken from `streams` when it is there.
fn project(
    rs: &'static RuleSet,
    case: &Case,
    mode: Mode,
    streams: &[StreamResult],
) -> StreamResult {
    match case.project.stream {
        Some(s) => streams
            .iter()
            .find(|r| r.stream == Some(s))
            .cloned()
            .unwrap_or_else(|| evaluate_stream(rs, case, s, mode)),
        None => refused_everywhere(streams).unwrap_or_else(|| {
            // The applicant's answers still needed, then the stream and
            // the cost (every stream's row reads it).
            let (mut asked, mut missing) = applicant_questions(streams);
            asked.insert(Field::Stream);
            missing.insert(Field::Stream);
            asked.insert(Field::Cost);
            if case.project.cost.is_none() {
                missing.insert(Field::Cost);
            }
            let missing = missing.to_vec();
            StreamResult {
                stream: None,
                verdict: Verdict::NeedsInformation,
                terms: None,
                amounts: None,
                reasons: vec![Reason {
                    why: Why::Missing {
                        fields: missing.clone(),
                    },
                    met: false,
                    kind: ReasonKind::Missing,
                    source: None,
                    assumption: false,
                }],
                missing,
                asked,
            }
        }),
    }
}

/// The questions about the applicant that the phase's streams ask, and
/// those of them still needed: what is asked before the stream.
pub(crate) fn applicant_questions(streams: &[StreamResult]) -> (Fields, Fields) {
    let (asked, missing) = streams
        .iter()
        .fold((Fields::NONE, Fields::NONE), |(a, m), r| {
            (
                a.union(r.asked),
                m.union(r.missing.iter().copied().collect()),
            )
        });
    (
        asked.intersection(Fields::APPLICANT),
        missing.intersection(Fields::APPLICANT),
    )
}

/// Every stream of the phase refuses the applicant: none eligible, none
/// still open, at least one refused on a condition (not all unlisted).
pub(crate) fn all_refused(streams: &[StreamResult]) -> bool {
    streams
        .iter()
        .all(|r| matches!(r.verdict, Verdict::Ineligible | Verdict::NotOffered))
        && streams.iter().any(|r| r.verdict == Verdict::Ineligible)
}

/// With no stream asked: when the answers already refuse every stream the
/// phase has (none eligible, none still open), the answer is that the
/// applicant cannot apply, with the conditions about the applicant that
/// the first refused stream checked (the failed one among them); the
/// stream is not asked.
fn refused_everywhere(streams: &[StreamResult]) -> Option<StreamResult> {
    if !all_refused(streams) {
        return None;
    }
    let first = streams.iter().find(|r| r.verdict == Verdict::Ineligible)?;
    let reasons = first
        .reasons
        .iter()
        .filter(|r| {
            // About the applicant, not about the stream: which stream is
            // offered, and whom it is for when that is met.
            r.kind == ReasonKind::Condition
                && !matches!(
                    r.why,
                    Why::StreamOffered { .. } | Why::WorkshopStream { .. }
                )
                && !(r.met && matches!(r.why, Why::ApplicantKind { .. }))
        })
        .cloned()
        .collect();
    Some(StreamResult {
        stream: None,
        verdict: Verdict::Ineligible,
        terms: None,
        amounts: None,
        reasons,
        missing: Vec::new(),
        asked: applicant_questions(streams).0,
    })
}

fn phase_dates(r: &'static RuleSet) -> PhaseDates {
    PhaseDates {
        id: r.id,
        from: r.from,
        to: r.to,
    }
}

fn no_rule_set(case: &Case, information: Vec<Info>, estimate: bool) -> Evaluation {
    let before = PROGRAMME
        .rule_sets
        .iter()
        .filter(|r| r.to < case.date)
        .max_by_key(|r| r.to)
        .map(phase_dates);
    let after = PROGRAMME
        .rule_sets
        .iter()
        .filter(|r| r.from > case.date)
        .min_by_key(|r| r.from)
        .map(phase_dates);
    Evaluation {
        date: case.date,
        rule_set: None,
        provisional: false,
        technology_promotion: None,
        project: StreamResult {
            stream: case.project.stream,
            verdict: Verdict::NoRuleSet,
            terms: None,
            amounts: None,
            reasons: vec![Reason {
                why: Why::NoRuleSet {
                    date: case.date,
                    before,
                    after,
                },
                met: false,
                kind: ReasonKind::Condition,
                source: Some(PROGRAMME.primary_source),
                assumption: false,
            }],
            missing: Vec::new(),
            asked: Fields::NONE,
        },
        streams: Vec::new(),
        notices: Vec::new(),
        information,
        estimate,
    }
}

fn notices(rs: &'static RuleSet, provisional: bool, ctx: &Context) -> Vec<Notice> {
    let mut out = Vec::new();
    if provisional {
        // First: it qualifies every figure of the answer.
        out.push(Notice::Provisional {
            rule_set: rs.id,
            to: rs.to,
        });
    }
    if let Some(today) = ctx.today {
        // After the last phase, the provisional notice already says it.
        if today > rs.to && !provisional {
            out.push(Notice::PhaseClosed {
                rule_set: rs.id,
                to: rs.to,
            });
        }
        let stale = match rs.sources_as_of {
            None => true,
            Some(d) => today >= d.add_years(PROGRAMME.stale_after_years),
        };
        if stale {
            out.push(Notice::SourcesOld {
                rule_set: rs.id,
                as_of: rs.sources_as_of,
                years: PROGRAMME.stale_after_years,
            });
        }
    }
    if rs.from_assumed || rs.to_assumed {
        out.push(Notice::DatesAssumed { rule_set: rs.id });
    }
    out
}

/// The reasons, missing answers and flags gathered while checking a stream.
#[derive(Default)]
struct Checks {
    reasons: Vec<Reason>,
    /// Every answer read, given or not: the questions asked.
    asked: Fields,
    /// The answers read but not given.
    missing: Fields,
    failed: bool,
    case_by_case: bool,
}

impl Checks {
    fn push(
        &mut self,
        why: Why,
        met: bool,
        kind: ReasonKind,
        source: &'static Source,
        assumption: bool,
    ) {
        self.reasons.push(Reason {
            why,
            met,
            kind,
            source: Some(source),
            assumption,
        });
    }
    fn condition(&mut self, why: Why, met: bool, source: &'static Source, assumption: bool) {
        self.failed |= !met;
        self.push(why, met, ReasonKind::Condition, source, assumption);
    }
    fn committee(&mut self, why: Why, source: &'static Source, assumption: bool) {
        self.case_by_case = true;
        self.push(why, false, ReasonKind::CaseByCase, source, assumption);
    }
    fn terms(&mut self, why: Why, source: &'static Source, assumption: bool) {
        self.push(why, true, ReasonKind::Terms, source, assumption);
    }
    fn note(&mut self, why: Why, source: &'static Source, assumption: bool) {
        self.push(why, true, ReasonKind::Note, source, assumption);
    }
    /// Reads a question's answer: it is asked, and missing until given.
    fn ask<T: Copy>(&mut self, field: Field, answer: Option<T>) -> Option<T> {
        self.read(field, answer.is_some());
        answer
    }
    #[inline(never)]
    fn read(&mut self, field: Field, given: bool) {
        self.asked.insert(field);
        if !given {
            self.missing.insert(field);
        }
    }
}

fn evaluate_stream(rs: &'static RuleSet, case: &Case, stream: Stream, mode: Mode) -> StreamResult {
    let not_offered = |why: Why, source: &'static Source| StreamResult {
        stream: Some(stream),
        verdict: Verdict::NotOffered,
        terms: None,
        amounts: None,
        reasons: vec![Reason {
            why,
            met: false,
            kind: ReasonKind::Condition,
            source: Some(source),
            assumption: false,
        }],
        missing: Vec::new(),
        asked: [Field::Stream].into_iter().collect(),
    };
    let terms = match rs.entry(stream).map(|e| &e.offer) {
        None => {
            let source = rs
                .offered()
                .next()
                .map_or(PROGRAMME.primary_source, |(_, t)| t.source);
            return not_offered(
                Why::StreamNotOffered {
                    stream,
                    rule_set: rs.id,
                    offered: rs.offered().map(|(s, _)| s).collect(),
                },
                source,
            );
        }
        Some(Offer::NotListed { source }) => {
            return not_offered(
                Why::StreamNotListed {
                    stream,
                    rule_set: rs.id,
                },
                source,
            )
        }
        Some(Offer::Offered(t)) => t,
    };

    let mut c = Checks {
        // A stream gathers a dozen reasons or so: one allocation, no regrowth.
        reasons: Vec::with_capacity(16),
        ..Checks::default()
    };
    c.read(Field::Stream, true);
    c.condition(
        Why::StreamOffered {
            stream,
            rule_set: rs.id,
        },
        true,
        terms.source,
        false,
    );
    match mode {
        Mode::AssumeEligible => c.note(Why::AssumedEligible, terms.source, true),
        Mode::Full => {
            check_applicant(rs, case, stream, terms, &mut c);
            // A factory's earlier assessment: asked of a business only.
            if stream == Stream::OnsiteAssessment
                && case.applicant.kind == Some(ApplicantKind::HkBusiness)
            {
                check_second_assessment(rs, case, &mut c);
            }
        }
    }

    // The ceiling that applies to this case.
    let mut ceiling = match terms.ceiling {
        Ceiling::Published { amount, .. } => Some(amount.amount()),
        Ceiling::NotPublished | Ceiling::NoneStated => None,
    };
    // What the terms line states: the ceiling that applies to this case
    // (the higher one where the technology's origin qualifies).
    let mut stated_ceiling = terms.ceiling;
    if let Some(oc) = terms.origin_ceiling {
        match c.ask(Field::TechnologyOrigin, case.project.technology_origin) {
            None => {}
            Some(origin) => {
                let base = ceiling.unwrap_or_default();
                if oc.origins.contains(&origin) {
                    ceiling = Some(oc.amount.amount());
                    if let Ceiling::Published { per, .. } = terms.ceiling {
                        stated_ceiling = Ceiling::Published {
                            amount: oc.amount,
                            per,
                        };
                    }
                }
                c.terms(
                    Why::OriginCeiling {
                        origin,
                        amount: ceiling.unwrap_or_default(),
                        other_amount: if oc.origins.contains(&origin) {
                            base
                        } else {
                            oc.amount.amount()
                        },
                    },
                    terms.source,
                    false,
                );
            }
        }
    }
    let rate = terms.rate;
    c.terms(
        Why::Terms {
            rate,
            ceiling: stated_ceiling,
            months: terms.months_to_complete,
        },
        terms.source,
        false,
    );
    match (rate, terms.ceiling) {
        (None, _) => c.note(Why::RateNotPublished { ceiling }, terms.source, false),
        (Some(r), Ceiling::NotPublished) => c.note(
            Why::CeilingNotPublished {
                rate: r,
                at_most: case.project.cost.map(|k| k.amount().percent_floor(r.0)),
            },
            terms.source,
            false,
        ),
        (Some(r), Ceiling::NoneStated) => {
            c.note(Why::NoCeilingStated { rate: r }, terms.source, true)
        }
        (Some(_), Ceiling::Published { .. }) => {}
    }
    // A warning about demonstration projects (the first phase's practice),
    // whoever the stream is for.
    if stream.is_demonstration() {
        c.note(Why::PastPractice, PROGRAMME.past_practice_source, false);
    }
    c.ask(Field::Cost, case.project.cost);

    // A condition that already fails decides: nothing more is needed.
    let missing = if c.failed {
        Vec::new()
    } else {
        c.missing.to_vec()
    };
    let verdict = if c.failed {
        Verdict::Ineligible
    } else if !missing.is_empty() {
        Verdict::NeedsInformation
    } else if c.case_by_case {
        Verdict::CaseByCase
    } else {
        Verdict::Eligible
    };
    if !missing.is_empty() {
        c.reasons.push(Reason {
            why: Why::Missing {
                fields: missing.clone(),
            },
            met: false,
            kind: ReasonKind::Missing,
            source: None,
            assumption: false,
        });
    }
    let amounts = match (verdict.has_amount(), case.project.cost) {
        (true, Some(cost)) => Some(amounts(cost, rate, terms.ceiling, ceiling)),
        _ => None,
    };
    StreamResult {
        stream: Some(stream),
        verdict,
        terms: Some(terms),
        amounts,
        reasons: c.reasons,
        missing,
        asked: c.asked,
    }
}

fn amounts(cost: Cost, rate: Option<Rate>, kind: Ceiling, ceiling: Option<Money>) -> Amounts {
    match (rate, kind) {
        (Some(r), Ceiling::Published { .. }) => split(cost, r, ceiling),
        (Some(r), Ceiling::NoneStated) => split(cost, r, None),
        // A figure is not published: no amount, never a guess.
        _ => Amounts {
            cost: cost.amount(),
            rate,
            ceiling,
            uncapped: rate.map(|r| cost.amount().percent_floor(r.0)),
            sponsorship: None,
            applicant_pays: None,
            ceiling_applied: None,
            ceiling_reached_at: None,
        },
    }
}

fn check_applicant(
    rs: &'static RuleSet,
    case: &Case,
    stream: Stream,
    terms: &Terms,
    c: &mut Checks,
) {
    let a = &case.applicant;
    let Some(kind) = c.ask(Field::Kind, a.kind) else {
        return;
    };
    let right_kind = match terms.who {
        Who::Associations => kind == ApplicantKind::TradeAssociation,
        Who::Factories | Who::FactoriesAndWorkshops => kind == ApplicantKind::HkBusiness,
    };
    c.condition(
        Why::ApplicantKind {
            kind,
            who: terms.who,
        },
        right_kind,
        terms.source,
        false,
    );
    if !right_kind || terms.who == Who::Associations {
        return;
    }
    let test_source = rs.applicant_test_source;
    if rs.applicant_test_assumed {
        // Said once, about the phase's sources: not after each answer.
        c.note(
            Why::ApplicantTestAssumed { rule_set: rs.id },
            test_source,
            true,
        );
    }

    if let Some(b) = c.ask(Field::BrRegistered, a.br_registered) {
        c.condition(Why::BrRegistered, b, test_source, false);
    }

    let region_condition = |c: &mut Checks, region: Region, route: Option<Route>, ok: bool| {
        c.condition(
            Why::FactoryRegion {
                region,
                route,
                prd_only: rs.area.guangdong == GuangdongArea::PearlRiverDelta,
                all_guangdong_from: PROGRAMME.all_guangdong_from(),
            },
            ok,
            rs.area.source,
            false,
        )
    };
    let check_region = |c: &mut Checks, route: Route, ok: &dyn Fn(Region) -> bool| {
        if let Some(region) = a.factory_region {
            region_condition(c, region, Some(route), ok(region));
        }
    };
    // Where the factory is: asked of every business (before the tie).
    c.ask(Field::FactoryRegion, a.factory_region);

    // The region alone decides when no tie could make it eligible: a
    // factory elsewhere, or in a region that no tie of the phase covers
    // (the rest of Guangdong before 2013), whatever the tie. The tie is
    // then not asked, and no condition of a tie is listed.
    let region_alone = a
        .factory_region
        .filter(|&region| routes_for(rs, region).is_empty());
    // The tie is asked with the region (every tie while the region is
    // unanswered, then those that fit it): a tie given decides alone when
    // it is "none of these", so it is read whenever the region does not.
    if region_alone.is_none() {
        c.ask(Field::Route, a.route);
    }
    match (region_alone, a.route) {
        (Some(region), _) => region_condition(c, region, None, false),
        (None, None) => {}
        (None, Some(Route::None)) => c.condition(Why::RouteNone, false, test_source, false),
        (None, Some(route)) if route.is_guangdong() => {
            c.condition(Why::RouteGuangdong { route }, true, test_source, false);
            check_region(c, route, &|r| match r {
                Region::Prd => true,
                Region::GuangdongOther => rs.area.guangdong == GuangdongArea::All,
                Region::HongKong | Region::Elsewhere => false,
            });
            if route == Route::GdResidentMajority {
                let test = &PROGRAMME.resident_majority;
                match c.ask(Field::ResidentShareMainland, a.resident_share_mainland) {
                    None => {}
                    Some(p) => c.condition(
                        Why::ShareMainland {
                            value: p,
                            more_than: test.mainland_more_than,
                        },
                        p > Percent::whole(test.mainland_more_than),
                        test.source,
                        false,
                    ),
                }
                match c.ask(Field::ResidentShareHkBusiness, a.resident_share_hk_business) {
                    None => {}
                    Some(p) => c.condition(
                        Why::ShareHkBusiness {
                            value: p,
                            at_least: test.hk_business_at_least,
                        },
                        p >= Percent::whole(test.hk_business_at_least),
                        test.source,
                        false,
                    ),
                }
            }
        }
        (None, Some(route)) => {
            // Route 2 (factory) or 3 (workshop) in Hong Kong.
            if route == Route::HkWorkshop {
                c.condition(
                    Why::WorkshopsCovered { rule_set: rs.id },
                    rs.area.hk_workshops,
                    rs.area.source,
                    false,
                );
                // Which streams a workshop may apply for is only worth
                // saying in a phase that covers workshops at all.
                if rs.area.hk_workshops {
                    c.condition(
                        Why::WorkshopStream { stream },
                        terms.who == Who::FactoriesAndWorkshops,
                        test_source,
                        false,
                    );
                }
            } else {
                c.condition(
                    Why::HkFactoriesCovered { rule_set: rs.id },
                    rs.area.hk_factories,
                    rs.area.source,
                    false,
                );
            }
            check_region(c, route, &|r| r == Region::HongKong);
        }
    }

    if let Some(ps) = &rs.priority_sectors {
        let count = ps.sectors.len();
        let inside = a.sector.is_some_and(|s| ps.sectors.contains(&s));
        // Asked wherever the phase has priority sectors; needed only where
        // a sector outside them goes to the committee.
        c.read(
            Field::Sector,
            a.sector.is_some() || ps.outside == OutsideSectors::PriorityOnly,
        );
        match (ps.outside, a.sector) {
            // Before 2020: priority only, never a condition.
            (OutsideSectors::PriorityOnly, sector) => c.note(
                Why::SectorPriority {
                    sector,
                    inside,
                    count,
                },
                ps.source,
                ps.assumed,
            ),
            (OutsideSectors::CaseByCase, None) => {}
            (OutsideSectors::CaseByCase, Some(sector)) if inside => c.condition(
                Why::PrioritySector { sector, count },
                true,
                ps.source,
                false,
            ),
            (OutsideSectors::CaseByCase, Some(sector)) => {
                c.committee(Why::PrioritySector { sector, count }, ps.source, ps.assumed)
            }
        }
    }
}

fn check_second_assessment(rs: &'static RuleSet, case: &Case, c: &mut Checks) {
    let Some(rule) = &rs.second_assessment else {
        return;
    };
    let h = &case.history;
    // Optional: without it, a first assessment is assumed (and said).
    c.read(Field::PreviousAssessment, true);
    match h.had_previous() {
        None => {
            c.note(Why::FirstAssessment { assumed: true }, rule.source, true);
            return;
        }
        Some(false) => {
            c.condition(
                Why::FirstAssessment { assumed: false },
                true,
                rule.source,
                false,
            );
            return;
        }
        Some(true) => {}
    }
    match c.ask(
        Field::PreviousAssessmentCompleted,
        h.previous_assessment_completed,
    ) {
        None => {}
        Some(done) => {
            let eligible_from = done.add_years(rule.years);
            c.condition(
                Why::SecondAssessmentYears {
                    completed: done,
                    eligible_from,
                    years: rule.years,
                },
                case.date >= eligible_from,
                rule.source,
                PROGRAMME.same_date_assumption,
            );
        }
    }
    if let Some(b) = c.ask(
        Field::RecommendedMeasureImplemented,
        h.recommended_measure_implemented,
    ) {
        c.condition(Why::SecondAssessmentMeasure, b, rule.source, false);
    }
    // Either change meets the test: once the first is a yes, the second
    // is not asked; once the second is, the first is not needed.
    let (changed, recognition) = (h.process_or_material_changed, h.pursuing_recognition);
    c.read(
        Field::ProcessOrMaterialChanged,
        changed.is_some() || recognition == Some(true),
    );
    if changed != Some(true) {
        c.ask(Field::PursuingRecognition, recognition);
    }
    match (h.process_or_material_changed, h.pursuing_recognition) {
        (Some(true), _) | (_, Some(true)) => {
            c.condition(Why::SecondAssessmentChange, true, rule.source, false)
        }
        (Some(false), Some(false)) => {
            c.condition(Why::SecondAssessmentChange, false, rule.source, false)
        }
        // Not yet decided: the one unanswered is missing (read above).
        _ => {}
    }
}

/// The ties (rules.md §3) that can make a factory in `region` eligible in
/// the phase, in the contract's order, with `Route::None` ("none of these")
/// last; empty when none can (a factory elsewhere, or in a region the
/// phase does not cover). What the form offers, and when the region alone
/// decides.
pub fn routes_for(rs: &RuleSet, region: Region) -> Vec<Route> {
    let fits = |route: Route| match (route, region) {
        (Route::None, _) | (_, Region::Elsewhere) => false,
        (r, Region::Prd) => r.is_guangdong(),
        (r, Region::GuangdongOther) => r.is_guangdong() && rs.area.guangdong == GuangdongArea::All,
        (Route::HkFactory, Region::HongKong) => rs.area.hk_factories,
        (Route::HkWorkshop, Region::HongKong) => rs.area.hk_workshops,
        (_, Region::HongKong) => false,
    };
    let mut out: Vec<Route> = Route::ALL.iter().copied().filter(|&r| fits(r)).collect();
    if !out.is_empty() {
        out.push(Route::None);
    }
    out
}

//! The evaluation: case in, explained result out. Pure: no I/O, no clock
//! (today's date comes in through [`Context`]), no panics on any input.

use super::case::*;
pub use super::conditions::routes_for;
use super::conditions::{check_applicant, check_second_assessment, Checks};
use super::data::PROGRAMME;
use super::fields::Fields;
use super::model::*;
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
        notices: notices(rs, case.date, provisional, ctx),
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
                reasons: vec![missing_reason(&missing)],
                missing,
                asked,
            }
        }),
    }
}

/// The reason that names the answers still needed.
fn missing_reason(fields: &[Field]) -> Reason {
    Reason {
        why: Why::Missing {
            fields: fields.iter().copied().collect(),
        },
        met: false,
        kind: ReasonKind::Missing,
        source: None,
        assumption: false,
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
    // About the applicant, not about the stream: which stream is offered,
    // and whom it is for when that is met.
    let about_applicant = |r: &&Reason| {
        r.kind == ReasonKind::Condition
            && !matches!(
                r.why,
                Why::StreamOffered { .. } | Why::WorkshopStream { .. }
            )
            && !(r.met && matches!(r.why, Why::ApplicantKind { .. }))
    };
    // The first stream refused on the applicant's own answers (a stream
    // that refuses a workshop stops there, before its registration): that
    // failure is the answer's reason.
    let refused = || streams.iter().filter(|r| r.verdict == Verdict::Ineligible);
    let first = refused()
        .find(|r| r.reasons.iter().filter(about_applicant).any(|x| !x.met))
        .or_else(|| refused().next())?;
    let reasons = first
        .reasons
        .iter()
        .filter(about_applicant)
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

fn notices(rs: &'static RuleSet, date: Date, provisional: bool, ctx: &Context) -> Vec<Notice> {
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
        // Days from `a` to `b`, when fewer than the window's (b ≥ a: the
        // date lies in the phase).
        let within = |a: Date, b: Date| {
            u32::try_from(b.unix_days() - a.unix_days())
                .ok()
                .filter(|&d| d < u32::from(PROGRAMME.assumed_dates_window_days))
        };
        let edge = match provisional {
            true => rs.to_assumed.then_some(AssumedEdge::Closed { to: rs.to }),
            false => within(date, rs.to)
                .filter(|_| rs.to_assumed)
                .map(|days| AssumedEdge::Closes { to: rs.to, days })
                .or_else(|| {
                    within(rs.from, date)
                        .filter(|_| rs.from_assumed)
                        .map(|days| AssumedEdge::Opened {
                            from: rs.from,
                            days,
                        })
                }),
        };
        out.push(Notice::DatesAssumed {
            rule_set: rs.id,
            edge,
        });
    }
    out
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
                    phase_streams: rs.streams,
                },
                source,
            );
        }
        Some(Offer::NotListed { source }) => {
            return not_offered(
                Why::StreamNotListed {
                    stream,
                    rule_set: rs.id,
                    phase_streams: rs.streams,
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
                && !c.failed
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
    // Not asked of a stream already refused: it cannot change the answer.
    if let Some(oc) = terms.origin_ceiling.filter(|_| !c.failed) {
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
        c.reasons.push(missing_reason(&missing));
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

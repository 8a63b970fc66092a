//! Verdicts: headlines, short answers, the ceiling sentence.

#[allow(unused_imports)]
use super::*;

// ------------------------------------------------------------ verdicts

/// The headline of a stream's answer.
pub fn headline(r: &StreamResult, l: Lang) -> String {
    match r.verdict {
        Verdict::Eligible => m::headline_eligible(l),
        Verdict::Ineligible => match r.first_failure() {
            Some(f) => {
                let why = reason(f, l);
                m::headline_ineligible_because(l, &why)
            }
            None => m::headline_ineligible(l),
        },
        Verdict::CaseByCase => m::headline_case_by_case(l),
        // Not in the sources is an answer of its own (rules.md §2): the
        // hotline knows; the verdict code stays `not_offered`.
        Verdict::NotOffered if not_listed(r) => m::headline_not_listed(l, &hotline(l)),
        Verdict::NotOffered => m::headline_not_offered(l),
        Verdict::NeedsInformation => match r.missing.first() {
            Some(f) => {
                let q = field_question(*f, l);
                m::headline_needs_information_question(l, &q)
            }
            None => m::headline_needs_information(l),
        },
        Verdict::NoRuleSet => match r.reasons.first().map(|x| &x.why) {
            Some(Why::NoRuleSet { date, .. }) => {
                let d = l.date(*date);
                m::headline_no_rule_set_on_date(l, &d)
            }
            _ => m::headline_no_rule_set(l),
        },
    }
}

/// The headline of the answer to a case: the asked stream's, marked
/// provisional after the last known phase (every shell that shows an
/// answer says so in its headline: the widget, the summary, print,
/// `cpfund check`).
pub fn answer_headline(e: &Evaluation, l: Lang) -> String {
    let h = headline(&e.project, l);
    match e.provisional {
        true => m::headline_provisional(l, &h),
        false => h,
    }
}

/// A stream's answer in a few words, for tables: the verdict, and for a
/// stream only associations may apply for, that it is theirs.
pub fn stream_answer_short(r: &StreamResult, l: Lang) -> String {
    let for_associations = r.verdict == Verdict::Ineligible
        && matches!(
            r.first_failure().map(|f| &f.why),
            Some(Why::ApplicantKind {
                who: Who::Associations,
                ..
            })
        );
    if for_associations {
        return m::stream_answer_associations_only(l);
    }
    if not_listed(r) {
        return m::stream_answer_not_listed(l);
    }
    verdict_short(r.verdict, l)
}

/// A stream the phase's sources do not list (its one reason says so).
fn not_listed(r: &StreamResult) -> bool {
    matches!(
        r.reasons.first().map(|x| &x.why),
        Some(Why::StreamNotListed { .. })
    )
}

/// A verdict in a word or two, for tables.
pub fn verdict_short(v: Verdict, l: Lang) -> String {
    match v {
        Verdict::Eligible => m::verdict_short_eligible(l),
        Verdict::Ineligible => m::verdict_short_ineligible(l),
        Verdict::CaseByCase => m::verdict_short_case_by_case(l),
        Verdict::NotOffered => m::verdict_short_not_offered(l),
        Verdict::NeedsInformation => m::verdict_short_needs_information(l),
        Verdict::NoRuleSet => m::verdict_short_no_rule_set(l),
    }
}

/// One sentence about the ceiling: "R% of <cost> is <share>, above the
/// <ceiling> ceiling, so the ceiling applies. The ceiling is reached at
/// <cost at which it binds>."
pub fn ceiling_sentence(a: &Amounts, l: Lang) -> Option<String> {
    let rate = format_percent(a.rate?);
    let cost = format_hkd(a.cost, l);
    let uncapped = format_hkd(a.uncapped?, l);
    let Some(ceiling) = a.ceiling else {
        if a.sponsorship.is_some() {
            return Some(m::ceiling_sentence_no_ceiling(
                l,
                m::CeilingSentenceNoCeiling {
                    cost: &cost,
                    rate: &rate,
                    uncapped: &uncapped,
                },
            ));
        }
        return None;
    };
    let c = format_hkd(ceiling, l);
    let first = match a.ceiling_applied {
        Some(true) => m::ceiling_sentence_applied(
            l,
            m::CeilingSentenceApplied {
                ceiling: &c,
                cost: &cost,
                rate: &rate,
                uncapped: &uncapped,
            },
        ),
        _ => m::ceiling_sentence_within(
            l,
            m::CeilingSentenceWithin {
                ceiling: &c,
                cost: &cost,
                rate: &rate,
                uncapped: &uncapped,
            },
        ),
    };
    match a.ceiling_reached_at {
        Some(at) => {
            let at = format_hkd(at, l);
            let second = sentence(l, m::ceiling_sentence_reached_at(l, &at));
            Some(first + &second)
        }
        None => Some(first),
    }
}

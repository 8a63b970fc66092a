//! What must hold for every evaluation, whatever the case: checked by the
//! property tests and by every fuzz target, so an input that breaks one is
//! found rather than shown to someone. (That its texts exist in every
//! language is `i18n::text_violations`, beside the texts.)

use super::result::*;
use crate::money::Money;

/// Every broken invariant of `e`, in words (empty when all hold).
pub fn violations(e: &Evaluation) -> Vec<String> {
    let mut out = Vec::new();
    for (i, r) in std::iter::once(&e.project).chain(&e.streams).enumerate() {
        let at = if i == 0 {
            "project".to_string()
        } else {
            format!("streams[{}]", i - 1)
        };
        stream(r, &at, &mut out);
    }
    if let Some(same) = e
        .streams
        .iter()
        .find(|s| s.stream.is_some() && s.stream == e.project.stream)
    {
        if !e.estimate && (same.verdict != e.project.verdict || same.amounts != e.project.amounts) {
            out.push("project differs from its own row among the streams".into());
        }
    }
    if e.rule_set.is_none() && e.project.verdict != Verdict::NoRuleSet {
        out.push(format!("no rule set but verdict {:?}", e.project.verdict));
    }
    out
}

fn stream(r: &StreamResult, at: &str, out: &mut Vec<String>) {
    let mut fail = |m: String| out.push(format!("{at}: {m}"));
    let unmet = r
        .reasons
        .iter()
        .any(|x| !x.met && x.kind == ReasonKind::Condition);
    match r.verdict {
        Verdict::Eligible if unmet => fail("eligible with an unmet condition".into()),
        Verdict::Ineligible if r.first_failure().is_none() => {
            fail("ineligible without a failed condition".into())
        }
        Verdict::NeedsInformation if r.missing.is_empty() => {
            fail("needs information but names no field".into())
        }
        _ => {}
    }
    if !r.verdict.has_amount() && r.sponsorship().is_some() {
        fail(format!("{:?} carries an amount", r.verdict));
    }
    if r.reasons.is_empty() {
        fail("no reason given".into());
    }
    let Some(a) = r.amounts else { return };
    if a.cost <= Money::ZERO {
        fail(format!("cost {} is not positive", a.cost));
    }
    match (a.sponsorship, a.applicant_pays) {
        (Some(s), Some(p)) => {
            if s < Money::ZERO || s > a.cost {
                fail(format!("sponsorship {s} outside 0..={}", a.cost));
            }
            if s + p != a.cost {
                fail(format!("{s} + {p} is not the cost {}", a.cost));
            }
            if let Some(c) = a.ceiling {
                if s > c {
                    fail(format!("sponsorship {s} above the ceiling {c}"));
                }
            }
            if let Some(rate) = a.rate {
                // In hundredths of a cent, where rate × cost is exact.
                let exact = i128::from(a.cost.cents()) * i128::from(rate.0);
                let s100 = i128::from(s.cents()) * 100;
                if s100 > exact {
                    fail(format!("sponsorship {s} above {}% of {}", rate.0, a.cost));
                }
                let capped = a
                    .ceiling
                    .is_some_and(|c| exact > i128::from(c.cents()) * 100);
                if a.ceiling_applied != Some(capped) {
                    fail(format!(
                        "ceiling_applied {:?}, expected {capped}",
                        a.ceiling_applied
                    ));
                }
                if !capped && exact - s100 >= 100 {
                    fail(format!(
                        "{s} is a cent or more below {}% of {}",
                        rate.0, a.cost
                    ));
                }
            }
        }
        (None, None) => {}
        _ => fail("sponsorship and applicant's share: one without the other".into()),
    }
}

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

/// `part`'s share of `whole` in whole percent, rounded half up: words
/// about money (an announcement, the split bar), never money itself
/// (integers of cents, no floats; a cost is below 10^14 cents, so within
/// u64 with room: no 128-bit division in the wasm).
pub fn share_percent(part: Money, whole: Money) -> u64 {
    let (p, w) = (part.cents().max(0) as u64, whole.cents().max(0) as u64);
    match w {
        0 => 0,
        _ => (p.saturating_mul(200).saturating_add(w) / (2 * w)).min(100),
    }
}

/// What a screen reader hears once the answer settles: the headline (the
/// verdict, and for a refusal the condition that decided it), then, where
/// there is an amount, the amount and its share of the cost. One sentence.
pub fn announcement(e: &Evaluation, l: Lang) -> String {
    let headline = answer_headline(e, l);
    let p = &e.project;
    match (p.verdict.has_amount(), p.amounts) {
        (
            true,
            Some(Amounts {
                sponsorship: Some(s),
                cost,
                ..
            }),
        ) => m::widget_announce_amount(
            l,
            m::WidgetAnnounceAmount {
                headline: &headline,
                amount: &format_hkd(s, l),
                share: &format!("{}%", share_percent(s, cost)),
            },
        ),
        _ => headline,
    }
}

/// The split bar in words: who pays what, as amounts and shares of the
/// cost (under the bar, read by screen readers and printed).
pub fn bar_words(a: &Amounts, l: Lang) -> Option<String> {
    let (s, pays) = (a.sponsorship?, a.applicant_pays?);
    // The two shares add up to 100%, as the two amounts add up to the cost.
    let share = share_percent(s, a.cost);
    Some(m::widget_bar_words(
        l,
        m::WidgetBarWords {
            sponsorship: &format_hkd(s, l),
            sponsorship_share: &format!("{share}%"),
            pays: &format_hkd(pays, l),
            pays_share: &format!("{}%", 100 - share),
        },
    ))
}

#[cfg(test)]
mod share_tests {
    use super::share_percent;
    use cp_engine::money::Money;

    fn hkd(cents: i64) -> Money {
        Money::from_cents(cents)
    }

    /// Whole percent, half up, capped at 100, never a panic: the words of
    /// the split bar and of the announcement (and the bar's width).
    #[test]
    fn shares_round_half_up_within_0_and_100() {
        assert_eq!(share_percent(hkd(1), hkd(2)), 50);
        assert_eq!(share_percent(hkd(1), hkd(3)), 33);
        assert_eq!(share_percent(hkd(2), hkd(3)), 67);
        assert_eq!(share_percent(hkd(1), hkd(200)), 1, "0.5% rounds up");
        assert_eq!(share_percent(hkd(1), hkd(201)), 0, "0.497% rounds down");
        assert_eq!(
            share_percent(hkd(75_000_000), hkd(160_000_000)),
            47,
            "46.875%"
        );
        assert_eq!(share_percent(hkd(5), hkd(0)), 0);
        assert_eq!(share_percent(hkd(7), hkd(5)), 100, "capped");
        assert_eq!(share_percent(hkd(-5), hkd(10)), 0);
        let most = 100_000_000_000_000i64;
        assert_eq!(share_percent(hkd(most), hkd(most)), 100);
        assert_eq!(share_percent(hkd(most / 2), hkd(most)), 50);
        let _ = share_percent(hkd(i64::MAX), hkd(i64::MAX));
    }
}

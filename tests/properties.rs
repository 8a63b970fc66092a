//! Properties that hold for every input (proptest).
#![cfg(not(target_arch = "wasm32"))]

use cp_estimator::date::Date;
use cp_estimator::i18n::format_hkd;
use cp_estimator::i18n::Lang;
use cp_estimator::money::{parse_amount, Cost, Money, Written};
use cp_estimator::rules::*;
use proptest::prelude::*;
use proptest::sample::select;
// An independent oracle: the engine counts in integer cents, and these
// properties check it against rust_decimal's exact arithmetic.
use rust_decimal::{Decimal, RoundingStrategy};

fn dec(m: Money) -> Decimal {
    Decimal::new(m.cents(), 2)
}

fn fraction(r: Rate) -> Decimal {
    Decimal::new(r.0.into(), 2)
}

/// Every (rate, ceiling) of the data, with the option of no ceiling.
fn terms() -> Vec<(Rate, Option<Money>)> {
    let mut out = Vec::new();
    for rs in PROGRAMME.rule_sets {
        for (_, t) in rs.offered() {
            if let Some(r) = t.rate {
                match t.ceiling {
                    Ceiling::Published { amount, .. } => {
                        out.push((r, Some(amount.amount())));
                        if let Some(oc) = t.origin_ceiling {
                            out.push((r, Some(oc.amount.amount())));
                        }
                    }
                    _ => out.push((r, None)),
                }
            }
        }
    }
    assert!(out.len() >= 8);
    out
}

fn cost_strategy() -> impl Strategy<Value = Cost> {
    prop_oneof![
        1i64..10_000_000,            // up to HK$100,000
        1i64..200_000_000,           // around the ceilings
        1i64..99_999_999_999_999i64, // anything allowed
    ]
    .prop_map(|cents| Cost::parse(&Money::from_cents(cents).to_string()).unwrap())
}

/// A written number as rust_decimal prints a normalised value: `-0.5`, `12`.
fn written_text(w: &Written) -> String {
    let int = if w.int.is_empty() { "0" } else { &w.int };
    let sign = if w.negative { "-" } else { "" };
    let point = if w.frac.is_empty() { "" } else { "." };
    format!("{sign}{int}{point}{}", w.frac)
}

fn percent(hundredths: u32) -> Option<Percent> {
    Percent::new(&Written::plain(&format!(
        "{}.{:02}",
        hundredths / 100,
        hundredths % 100
    ))?)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn sponsorship_bounds(cost in cost_strategy(), (rate, ceiling) in select(terms())) {
        let a = split(cost, rate, ceiling);
        let s = dec(a.sponsorship.unwrap());
        let exact = fraction(rate) * dec(cost.amount());
        prop_assert!(s >= Decimal::ZERO);
        prop_assert!(s <= exact);
        if let Some(c) = ceiling { prop_assert!(s <= dec(c)); }
        prop_assert_eq!(a.sponsorship.unwrap() + a.applicant_pays.unwrap(), cost.amount());
        prop_assert_eq!(a.ceiling_applied.unwrap(), ceiling.is_some_and(|c| exact > dec(c)));
        // Rounded down: never more than a cent below the exact share.
        prop_assert!(exact - s < Decimal::new(1, 2) || a.ceiling_applied.unwrap());
        // The same figures as rust_decimal's.
        let floor = exact.round_dp_with_strategy(2, RoundingStrategy::ToNegativeInfinity);
        prop_assert_eq!(a.uncapped.map(dec), Some(floor));
        let want = match ceiling { Some(c) if exact > dec(c) => dec(c), _ => floor };
        prop_assert_eq!(s, want);
        let at = ceiling.map(|c| (dec(c) / fraction(rate)).round_dp_with_strategy(2, RoundingStrategy::ToPositiveInfinity));
        prop_assert_eq!(a.ceiling_reached_at.map(dec), at);
    }

    #[test]
    fn money_strings_agree_with_rust_decimal(cents in any::<i64>().prop_map(|c| c / 1000)) {
        let m = Money::from_cents(cents);
        let text = m.to_string();
        prop_assert_eq!(&text, &format!("{:.2}", dec(m)));
        prop_assert_eq!(text.parse::<Money>(), Ok(m));
    }

    #[test]
    fn written_numbers_agree_with_rust_decimal(int in "[0-9]{0,12}", frac in "[0-9]{0,12}", neg in any::<bool>(), exp in -20i32..20) {
        prop_assume!(!(int.is_empty() && frac.is_empty()));
        let text = format!("{}{int}.{frac}", if neg { "-" } else { "" });
        let w = Written::plain(&text).unwrap();
        let oracle = Decimal::from_str_exact(&text).unwrap().normalize();
        prop_assert_eq!(written_text(&w), oracle.to_string());
        if let Ok(o) = Decimal::from_scientific(&format!("{text}e{exp}")) {
            let w = Written::scientific(&format!("{text}e{exp}")).unwrap();
            prop_assert_eq!(written_text(&w), o.normalize().to_string());
        }
    }

    #[test]
    fn percentages_compare_and_print_exactly(int in prop_oneof![0u32..=100, 0u32..100_000], frac in "[0-9]{0,22}") {
        let text = format!("{int}.{frac}");
        let oracle = Decimal::from_str_exact(&text).unwrap();
        let p = Percent::new(&Written::plain(&text).unwrap());
        prop_assert_eq!(p.is_some(), oracle <= Decimal::ONE_HUNDRED);
        if let Some(p) = p {
            prop_assert_eq!(p.to_string(), oracle.normalize().to_string());
            for t in [0u8, 25, 50, 100] {
                prop_assert_eq!(p > Percent::whole(t), oracle > Decimal::from(t));
                prop_assert_eq!(p >= Percent::whole(t), oracle >= Decimal::from(t));
            }
        }
    }

    #[test]
    fn sponsorship_never_decreases_as_cost_rises(a in cost_strategy(), b in cost_strategy(), (rate, ceiling) in select(terms())) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(split(lo, rate, ceiling).sponsorship <= split(hi, rate, ceiling).sponsorship);
    }

    #[test]
    fn money_parser_never_panics(s in "\\PC{0,40}") {
        let _ = parse_amount(&s);
        let _ = Cost::parse(&s);
    }

    #[test]
    fn money_parser_never_panics_on_amount_like_text(s in "[-+ $HKDhkd港幣币元萬万億亿kKmM0-9,.，．０-９]{0,30}") {
        let _ = parse_amount(&s);
    }

    #[test]
    fn formatted_amounts_parse_back(cost in cost_strategy(), lang in select(Lang::ALL.to_vec())) {
        let text = format_hkd(cost.amount(), lang);
        prop_assert_eq!(Cost::parse(&text), Ok(cost), "{}", text);
    }

    #[test]
    fn engine_answers_every_case(
        days in 12_000i64..22_000,
        kind in proptest::option::of(select(ApplicantKind::ALL)),
        br in proptest::option::of(any::<bool>()),
        route in proptest::option::of(select(Route::ALL)),
        region in proptest::option::of(select(Region::ALL)),
        mainland in proptest::option::of(0u32..=10_000),
        hk in proptest::option::of(0u32..=10_000),
        sector in proptest::option::of(select(Sector::ALL)),
        stream in proptest::option::of(select(Stream::ALL)),
        cost in proptest::option::of(cost_strategy()),
        origin in proptest::option::of(select(TechnologyOrigin::ALL)),
        done_days in proptest::option::of(0i64..4000),
        flags in proptest::array::uniform3(proptest::option::of(any::<bool>())),
    ) {
        let date = Date::from_unix_days(days);
        let mut c = Case::new(date);
        c.applicant = Applicant {
            kind,
            br_registered: br,
            route,
            factory_region: region,
            resident_share_mainland: mainland.and_then(percent),
            resident_share_hk_business: hk.and_then(percent),
            sector,
        };
        c.project = Project { stream, cost, technology_origin: origin };
        c.history = History {
            previous_assessment_completed: done_days.map(|d| Date::from_unix_days(days - d)),
            recommended_measure_implemented: flags[0],
            process_or_material_changed: flags[1],
            pursuing_recognition: flags[2],
        };
        let e = evaluate(&c, &Context { today: Some(date) }).unwrap();
        // What cpfund batch prints: the project alone, the same answer.
        let (rs, alone) = evaluate_project(&c, &Context { today: Some(date) }).unwrap();
        prop_assert_eq!(rs.map(|a| a.rule_set.id), e.rule_set.map(|r| r.id));
        prop_assert_eq!(rs.is_some_and(|a| a.provisional), e.provisional);
        prop_assert_eq!(&alone, &e.project);
        let mut broken = cp_estimator::rules::invariants::violations(&e);
        broken.extend(cp_estimator::i18n::text_violations(&e));
        prop_assert!(broken.is_empty(), "{:?}", broken);
        // The money is about the case's own cost.
        for s in e.streams.iter().chain(std::iter::once(&e.project)) {
            if let Some(a) = s.amounts {
                prop_assert_eq!(Some(a.cost), c.project.cost.map(|x| x.amount()));
            }
        }
        prop_assert_eq!(e.rule_set.is_none(), e.project.verdict == Verdict::NoRuleSet);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    /// After the last known rule set's last day, every date gets that rule
    /// set, provisional; a date inside a phase never is; the dates before
    /// the first phase and in gaps get no rule set.
    #[test]
    fn provisional_exactly_after_the_last_phase(days in 0i64..40_000) {
        let date = Date::from_unix_days(days);
        let last = PROGRAMME.rule_sets.iter().max_by_key(|r| r.to).unwrap();
        let inside = PROGRAMME.rule_sets.iter().find(|r| r.from <= date && date <= r.to);
        let e = evaluate(&Case::new(date), &Context { today: None }).unwrap();
        if date > last.to {
            prop_assert_eq!(e.rule_set.map(|r| r.id), Some(last.id));
            prop_assert!(e.provisional);
            prop_assert_eq!(e.notices.first().map(|n| n.code()), Some("provisional_terms"));
        } else {
            prop_assert!(!e.provisional);
            prop_assert!(e.notices.iter().all(|n| n.code() != "provisional_terms"));
            prop_assert_eq!(e.rule_set.map(|r| r.id), inside.map(|r| r.id));
        }
    }
}

/// The invariants are not vacuous: a result with its money bent is caught.
#[test]
fn invariants_catch_a_broken_evaluation() {
    use cp_estimator::rules::invariants::violations;
    let case = cp_estimator::json::case_from_str(
        r#"{"date":"2018-05-01","applicant":{"kind":"hk_business","br_registered":true,
            "route":"gd_joint_venture","factory_region":"guangdong_other"},
            "project":{"stream":"onsite_assessment","cost":"40000"}}"#,
    )
    .unwrap();
    let good = evaluate(&case, &Context { today: None }).unwrap();
    assert_eq!(violations(&good), Vec::<String>::new());
    let mut bad = good.clone();
    let a = bad.project.amounts.as_mut().unwrap();
    a.sponsorship = a.sponsorship.map(|s| s + Money::from_cents(1));
    assert!(!violations(&bad).is_empty(), "a cent too much");
    let mut bad = good.clone();
    bad.project.verdict = Verdict::NotOffered;
    assert!(
        !violations(&bad).is_empty(),
        "an amount on a verdict without one"
    );
    let mut bad = good;
    bad.project.reasons[0].met = false;
    assert!(
        !violations(&bad).is_empty(),
        "eligible with a failed condition"
    );
}

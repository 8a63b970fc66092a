//! Properties that hold for every input (proptest).
#![cfg(not(target_arch = "wasm32"))]

use cp_estimator::date::Date;
use cp_estimator::i18n::Lang;
use cp_estimator::money::{format_hkd, parse_amount, Cost};
use cp_estimator::rules::*;
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Every (rate, ceiling) of the data, with the option of no ceiling.
fn terms() -> Vec<(Decimal, Option<Decimal>)> {
    let mut out = Vec::new();
    for rs in PROGRAMME.rule_sets {
        for (_, t) in rs.offered() {
            if let Some(r) = t.rate {
                match t.ceiling {
                    Ceiling::Published { amount, .. } => {
                        out.push((r.fraction(), Some(amount.amount())));
                        if let Some(oc) = t.origin_ceiling {
                            out.push((r.fraction(), Some(oc.amount.amount())));
                        }
                    }
                    _ => out.push((r.fraction(), None)),
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
    .prop_map(|cents| Cost::new(Decimal::new(cents, 2)).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn sponsorship_bounds(cost in cost_strategy(), i in 0usize..64) {
        let all = terms();
        let (rate, ceiling) = all[i % all.len()];
        let a = split(cost, rate, ceiling);
        let s = a.sponsorship.unwrap();
        let exact = rate * cost.amount();
        prop_assert!(s >= Decimal::ZERO);
        prop_assert!(s <= exact);
        if let Some(c) = ceiling { prop_assert!(s <= c); }
        prop_assert_eq!(s + a.applicant_pays.unwrap(), cost.amount());
        prop_assert_eq!(a.ceiling_applied.unwrap(), ceiling.is_some_and(|c| exact > c));
        prop_assert!(s.scale() == 2 && a.applicant_pays.unwrap().scale() == 2);
        // Rounded down: never more than a cent below the exact share.
        prop_assert!(exact - s < Decimal::new(1, 2) || a.ceiling_applied.unwrap());
    }

    #[test]
    fn sponsorship_never_decreases_as_cost_rises(a in cost_strategy(), b in cost_strategy(), i in 0usize..64) {
        let all = terms();
        let (rate, ceiling) = all[i % all.len()];
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
    fn formatted_amounts_parse_back(cost in cost_strategy(), l in 0usize..3) {
        let lang = Lang::ALL[l];
        let text = format_hkd(cost.amount(), lang);
        prop_assert_eq!(Cost::parse(&text), Ok(cost), "{}", text);
    }

    #[test]
    fn engine_answers_every_case(
        days in 12_000i64..22_000,
        kind in proptest::option::of(0usize..4),
        br in proptest::option::of(any::<bool>()),
        route in proptest::option::of(0usize..7),
        region in proptest::option::of(0usize..4),
        mainland in proptest::option::of(0u32..=10_000),
        hk in proptest::option::of(0u32..=10_000),
        sector in proptest::option::of(0usize..9),
        stream in proptest::option::of(0usize..7),
        cost in proptest::option::of(cost_strategy()),
        origin in proptest::option::of(0usize..3),
        done_days in proptest::option::of(0i64..4000),
        flags in proptest::array::uniform3(proptest::option::of(any::<bool>())),
    ) {
        let date = Date::from_unix_days(days);
        let mut c = Case::new(date);
        c.applicant = Applicant {
            kind: kind.map(|i| ApplicantKind::ALL[i]),
            br_registered: br,
            route: route.map(|i| Route::ALL[i]),
            factory_region: region.map(|i| Region::ALL[i]),
            resident_share_mainland: mainland.and_then(|v| Percent::new(Decimal::new(v.into(), 2))),
            resident_share_hk_business: hk.and_then(|v| Percent::new(Decimal::new(v.into(), 2))),
            sector: sector.map(|i| Sector::ALL[i]),
        };
        c.project = Project { stream: stream.map(|i| Stream::ALL[i]), cost, technology_origin: origin.map(|i| TechnologyOrigin::ALL[i]) };
        c.history = History {
            previous_assessment_completed: done_days.map(|d| Date::from_unix_days(days - d)),
            recommended_measure_implemented: flags[0],
            process_or_material_changed: flags[1],
            pursuing_recognition: flags[2],
        };
        let e = evaluate(&c, &Context { today: Some(date) }).unwrap();
        // What cpfund batch prints: the project alone, the same answer.
        let (rs, alone) = evaluate_project(&c, &Context { today: Some(date) }).unwrap();
        prop_assert_eq!(rs.map(|r| r.id), e.rule_set.map(|r| r.id));
        prop_assert_eq!(&alone, &e.project);
        let broken = cp_estimator::rules::invariants::violations(&e);
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
    a.sponsorship = a.sponsorship.map(|s| s + Decimal::new(1, 2));
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

//! Properties that hold for every input (proptest).
#![cfg(not(target_arch = "wasm32"))]

use cp_estimator::date::Date;
use cp_estimator::i18n::format_hkd;
use cp_estimator::i18n::Lang;
use cp_estimator::money::{
    parse_amount, read_decimal, read_scientific, Cost, Decimal, DecimalError, Money, MoneyError,
};
use cp_estimator::rules::*;
// An independent oracle: the engine's money is rust_decimal, and these
// properties check it against big-integer rationals (num-rational), which
// share no code with it.
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};
use proptest::prelude::*;
use proptest::sample::select;

fn big(n: i64) -> BigRational {
    BigRational::from_integer(BigInt::from(n))
}

fn ten_to(n: u32) -> BigInt {
    num_traits::pow(BigInt::from(10), n as usize)
}

/// A Decimal, exactly, from its integer mantissa and scale.
fn rat(d: Decimal) -> BigRational {
    BigRational::new(BigInt::from(d.mantissa()), ten_to(d.scale()))
}

fn money(m: Money) -> BigRational {
    rat(m.decimal())
}

fn fraction(r: Rate) -> BigRational {
    BigRational::new(BigInt::from(r.0), BigInt::from(100))
}

/// Rounded to the cent, down or up.
fn cents_floor(x: &BigRational) -> BigRational {
    (x * big(100)).floor() / big(100)
}

fn cents_ceil(x: &BigRational) -> BigRational {
    (x * big(100)).ceil() / big(100)
}

/// A decimal text (`-12.50`, digits only), read by the oracle.
fn oracle(text: &str) -> BigRational {
    let (neg, body) = text.strip_prefix('-').map_or((false, text), |b| (true, b));
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits: BigInt = format!("0{int}{frac}").parse().unwrap();
    let r = BigRational::new(digits, ten_to(frac.len() as u32));
    if neg {
        -r
    } else {
        r
    }
}

/// Significant digits of a rational that is a finite decimal: the integer
/// digits and the decimals it needs (`None` if it is not a finite decimal).
fn digits_needed(x: &BigRational) -> Option<(usize, u32)> {
    let x = x.abs();
    let int = x.trunc().to_integer();
    let int_digits = if int.is_zero() {
        0
    } else {
        int.to_string().len()
    };
    (0..=200u32)
        .find(|&k| (&x * BigRational::from_integer(ten_to(k))).is_integer())
        .map(|k| (int_digits, k))
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
    .prop_map(|cents| Cost::parse(&format!("{}.{:02}", cents / 100, cents % 100)).unwrap())
}

fn percent(hundredths: u32) -> Option<Percent> {
    Percent::parse(&format!("{}.{:02}", hundredths / 100, hundredths % 100)).ok()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn sponsorship_bounds(cost in cost_strategy(), (rate, ceiling) in select(terms())) {
        let a = split(cost, rate, ceiling);
        let s = money(a.sponsorship.unwrap());
        let exact = fraction(rate) * money(cost.amount());
        prop_assert!(s >= BigRational::zero());
        prop_assert!(s <= exact);
        if let Some(c) = ceiling { prop_assert!(s <= money(c)); }
        prop_assert_eq!(money(a.sponsorship.unwrap()) + money(a.applicant_pays.unwrap()), money(cost.amount()));
        prop_assert_eq!(a.ceiling_applied.unwrap(), ceiling.is_some_and(|c| exact > money(c)));
        // Rounded down: never more than a cent below the exact share.
        prop_assert!(&exact - &s < BigRational::new(BigInt::one(), BigInt::from(100)) || a.ceiling_applied.unwrap());
        // The same figures as the oracle's.
        let floor = cents_floor(&exact);
        prop_assert_eq!(a.uncapped.map(money), Some(floor.clone()));
        let want = match ceiling { Some(c) if exact > money(c) => money(c), _ => floor };
        prop_assert_eq!(s, want);
        let at = ceiling.map(|c| cents_ceil(&(money(c) / fraction(rate))));
        prop_assert_eq!(a.ceiling_reached_at.map(money), at);
    }

    #[test]
    fn money_strings_agree_with_the_oracle(cents in any::<i64>().prop_map(|c| c / 1000)) {
        let text = format!("{}{}.{:02}", if cents < 0 { "-" } else { "" }, cents.unsigned_abs() / 100, cents.unsigned_abs() % 100);
        let m: Money = text.parse().unwrap();
        prop_assert_eq!(money(m), BigRational::new(BigInt::from(cents), BigInt::from(100)));
        prop_assert_eq!(m.to_string(), text);
        prop_assert_eq!(Money::from_cents(cents), m);
        prop_assert_eq!(m.cents(), cents);
    }

    /// A plain decimal is read exactly or refused: never rounded.
    #[test]
    fn decimals_are_read_exactly(int in "[0-9]{0,32}", frac in "[0-9]{0,32}", neg in any::<bool>(), exp in -70i32..70) {
        prop_assume!(!(int.is_empty() && frac.is_empty()));
        let text = format!("{}{int}.{frac}", if neg { "-" } else { "" });
        let want = oracle(&text);
        let (i, f) = digits_needed(&want).unwrap();
        match read_decimal(&text) {
            Ok(d) => {
                prop_assert_eq!(rat(d), want.clone());
                prop_assert!(i + f as usize <= 28);
                prop_assert!(!d.is_sign_negative() || !d.is_zero(), "no negative zero");
            }
            Err(DecimalError::TooLarge) => prop_assert!(i > 28),
            Err(DecimalError::TooPrecise) => prop_assert!(i <= 28 && i + f as usize > 28),
            Err(e) => prop_assert!(false, "{:?} for {}", e, text),
        }
        // With an exponent: the oracle times 10^exp, exactly, or refused.
        let sci = format!("{text}e{exp}");
        let want = if exp >= 0 { want * BigRational::from_integer(ten_to(exp as u32)) } else { want / BigRational::from_integer(ten_to((-exp) as u32)) };
        // Decimal holds M / 10^f exactly when M < 2^96 and f <= 28.
        let (i, f) = digits_needed(&want).unwrap();
        let m = (&want * BigRational::from_integer(ten_to(f))).abs().to_integer();
        let fits = want.is_zero() || (m < num_traits::pow(BigInt::from(2), 96) && f <= 28);
        // The mantissa is read as a plain decimal, except that the zeros
        // ending a whole number move into the exponent (`whole_zeros`):
        // 29 digits `100…0e0` are 1e28, which fits.
        let whole_digits = int.trim_start_matches('0').trim_end_matches('0').len();
        let whole = frac.bytes().all(|b| b == b'0') && whole_digits > 0 && whole_digits <= 28;
        let expect_ok = (read_decimal(&text).is_ok() || whole) && (-64..=64).contains(&exp) && fits;
        match read_scientific(&sci) {
            Ok(d) => {
                prop_assert!(expect_ok, "{} read though it does not fit", sci);
                prop_assert_eq!(rat(d), want);
            }
            Err(e) => {
                prop_assert!(!expect_ok, "{:?} for {}", e, sci);
                let large = e == DecimalError::TooLarge;
                prop_assert!(large == (i > 28 || exp > 64) || read_decimal(&text).is_err() || exp < -64, "{:?} for {}", e, sci);
            }
        }
    }

    /// Amounts as people write them: the oracle's value of the digits times
    /// the multiplier word, or the error the rules give.
    #[test]
    fn amounts_agree_with_the_oracle(int in "[0-9]{1,15}", frac in "[0-9]{0,14}", word in select(vec![("", 0u32), ("k", 3), ("萬", 4), ("m", 6), ("億", 8), ("bn", 9)])) {
        let text = if frac.is_empty() { format!("{int}{}", word.0) } else { format!("{int}.{frac}{}", word.0) };
        let value = oracle(&format!("{int}.{frac}")) * BigRational::from_integer(ten_to(word.1));
        let (i, f) = digits_needed(&oracle(&format!("{int}.{frac}"))).unwrap();
        let got = Cost::parse(&text);
        // The checks in the parser's order: the digits as written, then the
        // value times the word.
        let want = if i > 13 {
            Err(MoneyError::TooLarge)
        } else if f > 12 {
            Err(MoneyError::TooManyDecimals)
        } else if value.is_zero() {
            Err(MoneyError::NotPositive)
        } else if value >= big(1_000_000_000_000) {
            Err(MoneyError::TooLarge)
        } else if !(&value * big(100)).is_integer() {
            Err(MoneyError::TooManyDecimals)
        } else {
            Ok(value)
        };
        prop_assert_eq!(got.map(|c| money(c.amount())), want, "{}", text);
    }

    #[test]
    fn percentages_compare_and_print_exactly(int in prop_oneof![0u32..=100, 0u32..100_000], frac in "[0-9]{0,30}") {
        let text = format!("{int}.{frac}");
        let want = oracle(&text);
        let (_, decimals) = digits_needed(&want).unwrap();
        let p = Percent::parse(&text);
        let expected = if want > big(100) {
            Err(PercentError::OutOfRange)
        } else if decimals > Percent::DECIMALS {
            Err(PercentError::TooPrecise)
        } else {
            Ok(())
        };
        prop_assert_eq!(p.map(|_| ()), expected);
        if let Ok(p) = p {
            let frac = frac.trim_end_matches('0');
            let shown = if frac.is_empty() { int.to_string() } else { format!("{int}.{frac}") };
            prop_assert_eq!(p.to_string(), shown);
            for t in [0u8, 25, 50, 100] {
                prop_assert_eq!(p > Percent::whole(t), want > big(t.into()));
                prop_assert_eq!(p >= Percent::whole(t), want >= big(t.into()));
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
        previous in proptest::option::of(any::<bool>()),
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
            previous_assessment: previous,
            previous_assessment_completed: done_days.map(|d| Date::from_unix_days(days - d)),
            recommended_measure_implemented: flags[0],
            process_or_material_changed: flags[1],
            pursuing_recognition: flags[2],
        };
        // "No earlier assessment" beside an answer about one is the one
        // input error such a case can have, and it names both.
        if previous == Some(false) {
            if let Some(other) = c.history.first_detail() {
                let e = evaluate(&c, &Context { today: Some(date) }).unwrap_err();
                prop_assert_eq!(e.code(), "contradictory_answers");
                prop_assert_eq!(e.field.as_str(), "history.previous_assessment");
                prop_assert_eq!(e.kind, InputErrorKind::Contradicts { other });
                return Ok(());
            }
        }
        let e = evaluate(&c, &Context { today: Some(date) }).unwrap();
        // A condition that already fails decides: nothing more is asked.
        for s in e.streams.iter().chain(std::iter::once(&e.project)) {
            if s.verdict == Verdict::Ineligible {
                prop_assert!(s.missing.is_empty(), "{:?}", s);
            }
        }
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
    let case = cp_shells::json::case_from_str(
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

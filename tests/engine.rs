//! Table tests of the engine: each condition, each phase boundary, the
//! unpublished figures, input errors, and the completeness of the texts.
//! One `check` helper and tables, so the API can change without rewriting.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use cp_estimator::i18n::Lang;
use cp_estimator::rules::{evaluate, Context, Verdict};
use cp_shells::json::{case_from_value, check_value, evaluate_value};
use serde_json::{json, Value};

/// A Guangdong joint-venture factory: the usual eligible applicant.
fn factory(date: &str, stream: &str, cost: &str) -> Value {
    json!({
        "date": date,
        "applicant": {"kind": "hk_business", "br_registered": true, "route": "gd_joint_venture",
                      "factory_region": "guangdong_other", "sector": "textiles"},
        "project": {"stream": stream, "cost": cost}
    })
}

/// `base` with `path` (e.g. "applicant.route") set to `value` (null removes).
fn with(mut base: Value, path: &str, value: Value) -> Value {
    let parts: Vec<&str> = path.split('.').collect();
    let mut v = &mut base;
    for p in &parts[..parts.len() - 1] {
        if v.get(*p).is_none() {
            v[*p] = json!({});
        }
        v = &mut v[*p];
    }
    let last = parts[parts.len() - 1];
    if value.is_null() {
        v.as_object_mut().unwrap().remove(last);
    } else {
        v[last] = value;
    }
    base
}

/// A JSON number exactly as written (`1e-30`), not through a float.
fn number(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

fn result(case: &Value) -> Value {
    check_value(case, &Context::default(), Lang::En).0
}

/// Checks verdict and, where given, sponsorship; returns the result.
fn check(name: &str, case: &Value, verdict: &str, sponsorship: Option<Value>) -> Value {
    let r = result(case);
    assert_eq!(r["project"]["verdict"], json!(verdict), "{name}: {r:#}");
    if let Some(s) = sponsorship {
        assert_eq!(r["project"]["sponsorship"], s, "{name}");
    }
    r
}

#[test]
fn phase_boundaries() {
    for (date, rule_set) in [
        ("2008-04-17", None),
        ("2008-04-18", Some("2008-2013")),
        ("2013-03-31", Some("2008-2013")),
        ("2013-04-01", Some("2013-2015")),
        ("2015-03-31", Some("2013-2015")),
        ("2015-04-01", None),
        ("2015-06-14", None),
        ("2015-06-15", Some("2015-2020")),
        ("2020-03-31", Some("2015-2020")),
        ("2020-04-01", Some("2020-2025")),
        ("2025-03-31", Some("2020-2025")),
        ("2025-04-01", Some("2025-2027")),
        ("2027-03-31", Some("2025-2027")),
    ]
    .into_iter()
    .map(|(d, id)| (d.to_string(), id))
    // After the last known phase (found in the data): its terms,
    // provisional (below).
    .chain([
        (common::after_last(0), Some(common::last_phase().id)),
        (common::after_last(1), Some(common::last_phase().id)),
    ]) {
        let date = date.as_str();
        let r = result(&factory(date, "onsite_assessment", "40000"));
        match rule_set {
            Some(id) => {
                assert_eq!(r["rule_set"]["id"], json!(id), "{date}");
                assert_eq!(
                    r["rule_set"]["provisional"],
                    json!(*date > *common::last_phase().to.to_string()),
                    "{date}"
                );
            }
            None => {
                assert_eq!(r["rule_set"], Value::Null, "{date}");
                assert_eq!(r["project"]["verdict"], json!("no_rule_set"), "{date}");
                assert_eq!(r["streams"], json!([]), "{date}");
            }
        }
    }
}

#[test]
fn no_rule_set_names_the_nearest_phases() {
    let text = |d: &str| {
        result(&factory(d, "demonstration", "1"))["project"]["reasons"][0]["text"].clone()
    };
    let gap = text("2015-05-01").to_string();
    assert!(
        gap.contains("31 March 2015") && gap.contains("15 June 2015"),
        "{gap}"
    );
    let before = text("2000-01-01").to_string();
    assert!(before.contains("18 April 2008"), "{before}");
}

/// After the last known phase's last day (found in the data): that
/// phase's terms and amounts, provisional, with the notice first, in every
/// language. The 2025-2027 figures (its last day, HK$750,000) are named
/// only where that phase is the last.
#[test]
fn after_the_last_phase_the_last_terms_are_provisional() {
    let last = common::last_phase();
    let case_on = |date: &str| {
        with(
            factory(date, "new_technology_demonstration", "2000000"),
            "project.technology_origin",
            json!("hong_kong"),
        )
    };
    let later = common::after_last(1000);
    let r = result(&case_on(&later));
    // The last phase's own answer on its last day, and the same figures after it.
    let on_last_day = result(&case_on(&last.to.to_string()));
    assert_eq!(on_last_day["rule_set"]["provisional"], json!(false));
    assert_eq!(r["project"]["verdict"], on_last_day["project"]["verdict"]);
    assert_eq!(
        r["project"]["sponsorship"],
        on_last_day["project"]["sponsorship"]
    );
    assert_eq!(r["rule_set"]["id"], json!(last.id));
    assert_eq!(r["rule_set"]["provisional"], json!(true));
    assert_eq!(r["notices"][0]["code"], json!("provisional_terms"));
    let t = r["notices"][0]["text"].as_str().unwrap();
    assert_eq!(
        t,
        format!(
            "The programme's terms after {} are not in this estimator's sources. \
             These are the terms of the {} phase; confirm with the hotline 2788 5588 before relying on them.",
            Lang::En.date(last.to),
            last.id
        )
    );
    if last.id == "2025-2027" {
        assert_eq!(r["project"]["sponsorship"], json!("750000.00"));
        assert!(t.contains("31 March 2027"), "{t}");
    }
    assert!(r["rule_set"]["name"]
        .as_str()
        .unwrap()
        .contains("provisional"));
    for l in [Lang::ZhHant, Lang::ZhHans] {
        let r = check_value(&case_on(&later), &Context::default(), l).0;
        let t = r["notices"][0]["text"].as_str().unwrap();
        assert!(
            t.contains(&l.date(last.to)) && t.contains("2788 5588"),
            "{t}"
        );
    }
    // The last day is inside the phase: not provisional, no notice.
    let r = result(&factory(
        &last.to.to_string(),
        "new_technology_demonstration",
        "1",
    ));
    assert_eq!(r["rule_set"]["provisional"], json!(false));
    assert!(r["notices"]
        .as_array()
        .unwrap()
        .iter()
        .all(|n| n["code"] != json!("provisional_terms")));
    // Before the first phase and in the 2015 gap: still no rule set.
    for d in ["2008-04-17", "2015-05-01"] {
        let r = result(&factory(d, "demonstration", "1"));
        assert_eq!(r["project"]["verdict"], json!("no_rule_set"), "{d}");
    }
}

/// Every case of `tests/cases/*.json` through the library, in every
/// language (an input error has a message in each).
#[test]
fn project_cases_through_the_library() {
    let mut failures = Vec::new();
    for (name, c) in common::project_cases() {
        for lang in Lang::ALL {
            let (r, is_error) = check_value(&c["case"], &Context::default(), lang);
            failures.extend(common::differences(&name, &c["expect"], &r));
            if is_error {
                let m = r["error"]["message"].as_str().unwrap_or("");
                if m.is_empty() {
                    failures.push(format!("{name}: no {lang:?} message"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn eligibility_conditions() {
    let p3 = |stream: &str| factory("2018-05-01", stream, "400000");
    // needs_information names exactly the missing answers.
    let r = result(&with(
        p3("demonstration"),
        "applicant.route",
        json!("gd_resident_majority"),
    ));
    assert_eq!(
        r["project"]["missing"],
        json!([
            "applicant.resident_share_mainland",
            "applicant.resident_share_hk_business"
        ])
    );
    // A failed condition is named in the headline.
    let r = result(&with(
        p3("demonstration"),
        "applicant.br_registered",
        json!(false),
    ));
    assert!(r["project"]["headline"]
        .as_str()
        .unwrap()
        .contains("Business Registration Ordinance"));
}

#[test]
fn area_and_workshops_by_phase() {
    let ws = |date: &str, stream: &str| {
        with(
            with(
                factory(date, stream, "400000"),
                "applicant.route",
                json!("hk_workshop"),
            ),
            "applicant.factory_region",
            json!("hong_kong"),
        )
    };
    // 2008-2013 covered no factory or workshop in Hong Kong: the region
    // alone decides (it was "workshops not covered" while the engine read
    // the tie before the region; a tie cannot change that answer, so it is
    // not asked and not listed), said as the tie's condition says it (one
    // text whether the region or the tie decided), and no reason offers
    // it demonstration projects.
    let r = result(&ws("2010-01-01", "demonstration"));
    let reasons = r["project"]["reasons"].as_array().unwrap();
    let unmet = reasons.iter().find(|x| x["met"] == json!(false)).unwrap();
    assert_eq!(unmet["code"], json!("hk_factories_covered"));
    let tie_only = result(&with(
        with(
            factory("2010-01-01", "demonstration", "400000"),
            "applicant.route",
            json!("hk_factory"),
        ),
        "applicant.factory_region",
        Value::Null,
    ));
    let tie_unmet = tie_only["project"]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["met"] == json!(false))
        .unwrap()
        .clone();
    assert_eq!(
        tie_unmet["text"], unmet["text"],
        "one text for a Hong Kong factory"
    );
    assert!(reasons
        .iter()
        .all(|x| x["code"] != json!("hk_workshops_covered")));
    let text = r.to_string();
    assert!(!text.contains("workshop_demonstration_only"), "{text}");
    assert!(!text.contains("or a workshop"), "{text}");
    // The first phase keeps its "past practice" warning on demonstration
    // projects, though they were for factories only.
    let r = result(&with(
        factory("2010-01-01", "demonstration", "1000"),
        "applicant.factory_region",
        json!("prd"),
    ));
    let codes: Vec<_> = r["project"]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["code"].clone())
        .collect();
    assert!(codes.contains(&json!("past_practice")), "{codes:?}");
    let onsite = result(&factory("2010-01-01", "onsite_assessment", "1000"));
    assert!(!onsite["project"].to_string().contains("past_practice"));
}

/// Before 2020 the eight sectors are a priority, not a condition: a
/// factory outside them is not refused, the verdict does not change, and
/// an unanswered sector is not missing; the result notes the priority with
/// its source. From 2020 outside is case by case and the sector is asked.
#[test]
fn priority_sectors_by_phase() {
    let in_prd = |date: &str, stream: &str| {
        with(
            factory(date, stream, "40000"),
            "applicant.factory_region",
            json!("prd"),
        )
    };
    for (date, stream) in [
        ("2010-01-01", "onsite_assessment"),
        ("2014-01-10", "demonstration"),
        ("2018-05-01", "onsite_assessment"),
    ] {
        let inside = result(&in_prd(date, stream));
        let verdict = inside["project"]["verdict"].clone();
        for sector in [json!("other"), Value::Null] {
            let r = result(&with(
                in_prd(date, stream),
                "applicant.sector",
                sector.clone(),
            ));
            assert_eq!(r["project"]["verdict"], verdict, "{date} {sector}");
            assert_eq!(
                r["project"]["sponsorship"],
                inside["project"]["sponsorship"]
            );
            assert_eq!(r["project"]["missing"], json!([]), "{date} {sector}");
            let note = r["project"]["reasons"]
                .as_array()
                .unwrap()
                .iter()
                .find(|x| x["code"] == json!("sector_priority_note"))
                .unwrap_or_else(|| panic!("{date} {sector}: no priority note"))
                .clone();
            assert_eq!(note["kind"], json!("note"));
            assert!(note["source"].as_str().unwrap().starts_with("https://"));
            assert!(
                note["text"].as_str().unwrap().contains("8 target sectors"),
                "{note}"
            );
        }
    }
    // 2013-2015's targets are the first phase's, by assumption.
    let r = result(&in_prd("2014-01-10", "demonstration"));
    let note = r["project"]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["code"] == json!("sector_priority_note"))
        .unwrap()
        .clone();
    assert_eq!(note["assumption"], json!(true));
    for date in ["2021-09-01", "2026-01-15"] {
        let stream = if date < "2025" {
            "onsite_assessment"
        } else {
            "new_technology_demonstration"
        };
        let base = with(
            in_prd(date, stream),
            "project.technology_origin",
            json!("other"),
        );
        let other = with(base.clone(), "applicant.sector", json!("other"));
        assert_eq!(
            result(&other)["project"]["verdict"],
            json!("case_by_case"),
            "{date}"
        );
        let none = with(base, "applicant.sector", Value::Null);
        let r = result(&none);
        assert_eq!(
            r["project"]["verdict"],
            json!("needs_information"),
            "{date}"
        );
        assert_eq!(
            r["project"]["missing"],
            json!(["applicant.sector"]),
            "{date}"
        );
    }
}

/// The contract's `rate` is the fraction with two decimals; the ceiling and
/// the point where it binds are the contract's money strings.
#[test]
fn rate_and_ceiling_fields() {
    let r = result(&factory("2018-05-01", "demonstration", "1000000"));
    assert_eq!(r["project"]["rate"], json!("0.50"));
    assert_eq!(r["project"]["ceiling"], json!("330000.00"));
    assert_eq!(r["project"]["ceiling_reached_at"], json!("660000.00"));
    let assoc = result(&with(
        with(
            factory("2021-09-01", "organisation_support", "1000"),
            "applicant.kind",
            json!("trade_association"),
        ),
        "applicant.sector",
        Value::Null,
    ));
    assert_eq!(assoc["project"]["rate"], json!("0.90"));
    assert_eq!(assoc["project"]["ceiling"], Value::Null);
}

/// The terms line states the ceiling that applies to the case: HK$750,000
/// when the technology's origin qualifies (2025-2027).
#[test]
fn terms_line_states_the_case_ceiling() {
    let terms = |origin: &str| {
        let r = result(&with(
            factory("2026-01-15", "new_technology_demonstration", "2000000"),
            "project.technology_origin",
            json!(origin),
        ));
        r["project"]["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["code"] == json!("terms"))
            .unwrap()["text"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert!(
        terms("hong_kong").contains("HK$750,000"),
        "{}",
        terms("hong_kong")
    );
    assert!(terms("guangdong_hong_kong").contains("HK$750,000"));
    assert!(terms("other").contains("HK$650,000"), "{}", terms("other"));
    assert!(!terms("other").contains("HK$750,000"));
}

#[test]
fn streams_and_unpublished_figures() {
    // The unpublished figure is explained, with the rate that is known.
    let r = result(&with(
        factory("2010-01-01", "demonstration", "40000"),
        "applicant.factory_region",
        json!("prd"),
    ));
    assert_eq!(r["project"]["ceiling_applied"], Value::Null);
    let codes: Vec<&str> = r["project"]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"ceiling_not_published"), "{codes:?}");
    // The 750k ceiling binds from 1,500,000.
    let r = result(&with(
        factory("2026-01-15", "new_technology_demonstration", "1600000"),
        "project.technology_origin",
        json!("hong_kong"),
    ));
    assert_eq!(r["project"]["ceiling_reached_at"], json!("1500000.00"));
    // Streams side by side: every stream of the phase, in the data's order.
    let r = result(&factory("2021-09-01", "onsite_assessment", "100000"));
    let streams: Vec<&str> = r["streams"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["stream"].as_str().unwrap())
        .collect();
    assert_eq!(
        streams,
        [
            "onsite_assessment",
            "demonstration_wider_adoption",
            "demonstration_innovation",
            "organisation_support"
        ]
    );
    assert_eq!(r["streams"][1]["sponsorship"], json!("50000.00"));
    assert_eq!(r["streams"][3]["verdict"], json!("ineligible"));
}

#[test]
fn second_onsite_assessment() {
    let second = |date: &str, done: &str, measure: Value, changed: Value, recognition: Value| {
        let mut c = factory(date, "onsite_assessment", "50000");
        c["history"] = json!({"previous_assessment_completed": done});
        if !measure.is_null() {
            c["history"]["recommended_measure_implemented"] = measure;
        }
        if !changed.is_null() {
            c["history"]["process_or_material_changed"] = changed;
        }
        if !recognition.is_null() {
            c["history"]["pursuing_recognition"] = recognition;
        }
        c
    };
    let t = json!(true);
    let f = json!(false);
    // The rule concerns on-site assessments only.
    let demo = with(
        second("2021-05-31", "2016-06-01", f.clone(), f.clone(), f),
        "project.stream",
        json!("demonstration_wider_adoption"),
    );
    check("demo with history", &demo, "eligible", None);
    // The date it becomes possible is in the reason.
    let r = result(&second(
        "2021-05-31",
        "2016-06-01",
        t.clone(),
        t,
        json!(false),
    ));
    assert!(
        r["project"]["headline"]
            .as_str()
            .unwrap()
            .contains("1 June 2021"),
        "{}",
        r["project"]["headline"]
    );
}

#[test]
fn input_errors() {
    let base = factory("2018-05-01", "demonstration", "1000");
    let r = result(&with(base, "project.cots", json!("1")));
    assert!(
        r["error"]["message"]
            .as_str()
            .unwrap()
            .contains("Did you mean cost"),
        "{r}"
    );
}

#[test]
fn json_numbers_with_exponents_are_read_exactly() {
    let base = factory("2018-05-01", "onsite_assessment", "1");
    for (cost, sponsorship) in [
        ("2.5e4", "12500.00"),
        ("1.23456E3", "617.28"),
        ("4000000e-2", "20000.00"),
    ] {
        let r = check(
            cost,
            &with(base.clone(), "project.cost", number(cost)),
            "eligible",
            None,
        );
        assert_eq!(
            r["project"]["sponsorship"],
            json!(sponsorship),
            "{cost}: {r}"
        );
    }
}

/// A shareholding as a JSON number: with an exponent it is read exactly
/// (`5e1` is 50); without one, as its text (a number above 100 with too
/// many digits to hold is out of range, not "too many decimals").
#[test]
fn json_percentages_with_and_without_exponents() {
    let mut base = factory("2018-05-01", "demonstration", "1000");
    base["applicant"]["route"] = json!("gd_resident_majority");
    base["applicant"]["resident_share_hk_business"] = json!("30");
    for (share, code) in [
        ("5e1", None),
        ("5.1E1", None),
        ("2e2", Some("percent_out_of_range")),
        ("5e-27", Some("percent_too_many_decimals")),
        (
            "100.00000000000000000000000001",
            Some("percent_out_of_range"),
        ),
        (
            "50.000000000000000000000000001",
            Some("percent_too_many_decimals"),
        ),
    ] {
        let case = with(
            base.clone(),
            "applicant.resident_share_mainland",
            number(share),
        );
        let r = evaluate_value(&case, &Context { today: None });
        match code {
            None => {
                let r = r.unwrap_or_else(|e| panic!("{share}: {e:?}"));
                assert_ne!(r.project.verdict, Verdict::NeedsInformation, "{share}");
            }
            Some(code) => {
                let e = r.err().unwrap_or_else(|| panic!("{share}: read"));
                assert_eq!(e.code(), code, "{share}");
            }
        }
    }
}

/// Many different results, to check every text they produce.
fn variety() -> Vec<Value> {
    let mut cases: Vec<Value> = common::acceptance_cases()
        .into_iter()
        .map(|c| c["case"].clone())
        .collect();
    for date in [
        "2010-01-01",
        "2014-01-10",
        "2018-05-01",
        "2021-09-01",
        "2026-01-15",
        "2015-05-01",
        "2030-01-01",
    ] {
        for stream in [
            "onsite_assessment",
            "demonstration",
            "verification",
            "organisation_support",
            "new_technology_demonstration",
            "demonstration_innovation",
        ] {
            for route in [
                "gd_joint_venture",
                "gd_resident_majority",
                "hk_factory",
                "hk_workshop",
                "none",
            ] {
                for region in ["prd", "guangdong_other", "hong_kong", "elsewhere"] {
                    let c = with(
                        with(
                            factory(date, stream, "1234567.89"),
                            "applicant.route",
                            json!(route),
                        ),
                        "applicant.factory_region",
                        json!(region),
                    );
                    cases.push(with(c, "applicant.sector", json!("other")));
                }
            }
            for kind in ["trade_association", "service_provider", "other"] {
                cases.push(with(
                    factory(date, stream, "1000"),
                    "applicant.kind",
                    json!(kind),
                ));
            }
        }
    }
    cases
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

#[test]
fn every_text_exists_in_every_language() {
    let mut checked = 0;
    for case in variety() {
        let Ok(c) = case_from_value(&case) else {
            continue;
        };
        let e = evaluate(
            &c,
            &Context {
                today: Some(cp_estimator::date::Date::ymd(2026, 11, 28)),
            },
        )
        .unwrap();
        let mut texts: Vec<Box<dyn Fn(Lang) -> String>> = Vec::new();
        for s in e.streams.iter().chain(std::iter::once(&e.project)) {
            let s2 = s.clone();
            texts.push(Box::new(move |l| cp_estimator::i18n::headline(&s2, l)));
            for r in &s.reasons {
                let r = *r;
                texts.push(Box::new(move |l| cp_estimator::i18n::reason(&r, l)));
            }
            if let Some(a) = s.amounts {
                texts.push(Box::new(move |l| {
                    cp_estimator::i18n::ceiling_sentence(&a, l)
                        .unwrap_or_else(|| l.pick("x", "字", "字").into())
                }));
            }
        }
        for n in &e.notices {
            let n = n.clone();
            texts.push(Box::new(move |l| cp_estimator::i18n::notice_text(&n, l)));
        }
        for i in &e.information {
            let i = *i;
            texts.push(Box::new(move |l| cp_estimator::i18n::info_text(i, l)));
        }
        for t in texts {
            let (en, hant, hans) = (t(Lang::En), t(Lang::ZhHant), t(Lang::ZhHans));
            assert!(!en.is_empty() && !hant.is_empty() && !hans.is_empty());
            assert!(
                has_cjk(&hant) && has_cjk(&hans),
                "untranslated: {en} / {hant} / {hans}"
            );
            assert!(
                !has_cjk(&en.replace("33萬", "").replace("萬", "")),
                "Chinese in English text: {en}"
            );
            checked += 1;
        }
    }
    assert!(checked > 1000, "only {checked} texts checked");
}

#[test]
fn every_reason_has_a_source_and_assumptions_are_marked() {
    for case in variety() {
        let r = result(&case);
        if r.get("error").is_some() {
            continue;
        }
        for s in r["streams"]
            .as_array()
            .unwrap()
            .iter()
            .chain(std::iter::once(&r["project"]))
        {
            for reason in s["reasons"].as_array().unwrap() {
                if reason["kind"] != json!("missing") {
                    // Its address, or, for a source named, not linked, its
                    // title alone.
                    assert!(
                        reason["source"]
                            .as_str()
                            .is_some_and(|u| u.starts_with("https://"))
                            || (reason["source"].is_null()
                                && reason["source_title"]
                                    .as_str()
                                    .is_some_and(|t| !t.is_empty())),
                        "{reason}"
                    );
                }
            }
        }
    }
    // The 2015-2020 applicant test is an assumption (rules.md §3): said
    // once, as a note about the phase's sources, and not after each
    // condition the user answered.
    let reasons = |case: &Value| {
        result(case)["project"]["reasons"]
            .as_array()
            .unwrap()
            .clone()
    };
    let p3 = reasons(&with(
        with(
            factory("2018-05-01", "demonstration", "1000"),
            "applicant.route",
            json!("gd_resident_majority"),
        ),
        "applicant.resident_share_mainland",
        json!("60"),
    ));
    let notes: Vec<_> = p3
        .iter()
        .filter(|x| x["code"] == json!("applicant_test_assumed"))
        .collect();
    assert_eq!(notes.len(), 1, "{p3:?}");
    assert_eq!(notes[0]["assumption"], json!(true));
    assert_eq!(notes[0]["kind"], json!("note"));
    for code in ["br_registered", "route", "resident_share_mainland"] {
        let r = p3.iter().find(|x| x["code"] == json!(code)).unwrap();
        assert_eq!(r["assumption"], json!(false), "{code}");
    }
    let p4 = reasons(&factory("2021-09-01", "onsite_assessment", "1000"));
    assert!(p4
        .iter()
        .all(|x| x["code"] != json!("applicant_test_assumed")));
}

#[test]
fn notices_follow_today() {
    let case = case_from_value(&factory(
        "2026-01-15",
        "new_technology_demonstration",
        "1000",
    ))
    .unwrap();
    let at = |y, m, d| {
        let e = evaluate(
            &case,
            &Context {
                today: Some(cp_estimator::date::Date::ymd(y, m, d)),
            },
        )
        .unwrap();
        e.notices.iter().map(|n| n.code()).collect::<Vec<_>>()
    };
    assert_eq!(at(2026, 11, 28), ["dates_assumed"]);
    assert_eq!(at(2027, 3, 25), ["sources_old", "dates_assumed"]);
    assert_eq!(
        at(2027, 4, 1),
        ["phase_closed", "sources_old", "dates_assumed"]
    );
}

/// The 2008-2013 sources are dated (18 April 2008), so the "check the
/// current rules" notice names the date instead of calling them undated;
/// the recognition information carries the non-overlapping cash awards and
/// the export credit insurance discount.
#[test]
fn dated_sources_and_recognition_information() {
    let r = check_value(
        &factory("2010-01-01", "onsite_assessment", "1000"),
        &Context {
            today: Some(cp_estimator::date::Date::ymd(2026, 11, 29)),
        },
        Lang::En,
    )
    .0;
    let old = r["notices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["code"] == json!("sources_old"))
        .unwrap()["text"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(old.contains("date from 18 April 2008"), "{old}");
    let info = r["information"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["code"] == json!("recognition_scheme"))
        .unwrap()["text"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        info.contains("Cash award (label year 2015): RMB50,000"),
        "{info}"
    );
    assert!(
        info.contains("(the source does not say whether it is one-off)"),
        "{info}"
    );
    assert!(
        info.contains("label years from 2016; reported up to 2017, later years assumed): RMB80,000 for Excellent Partners and RMB50,000 for Partners, one-off"),
        "{info}"
    );
    assert!(info.contains("export credit insurance premiums"), "{info}");
    let hant = check_value(
        &factory("2010-01-01", "onsite_assessment", "1000"),
        &Context::default(),
        Lang::ZhHant,
    )
    .0;
    let info = hant["information"][0]["text"].as_str().unwrap();
    assert!(
        info.contains("「粵港清潔生產伙伴」標誌計劃") && info.contains("優越伙伴"),
        "{info}"
    );
}

/// "This is an estimate; the committee decides" goes with an estimate: a
/// date no phase covers gets the nearest phases and the hotline, not a
/// disclaimer about an amount it never gave.
#[test]
fn the_disclaimer_goes_with_an_estimate_only() {
    use cp_estimator::i18n::estimate_disclaimer;
    use cp_estimator::summary::text;
    let evaluation = |date: &str| {
        let c = case_from_value(&factory(date, "demonstration", "1000")).unwrap();
        evaluate(&c, &Context::default()).unwrap()
    };
    // After the last phase in the data (found there, so a phase added keeps
    // this about a provisional answer).
    let later = common::after_last(400);
    assert!(
        evaluation(&later)
            .notices
            .iter()
            .any(|n| n.code() == "provisional_terms"),
        "{later}: provisional"
    );
    for l in Lang::ALL {
        let d = estimate_disclaimer(l);
        let summary = |date: &str| text(&evaluation(date), l);
        assert!(summary("2018-05-01").contains(&d), "{l:?}: an estimate");
        assert!(
            summary(&later).contains(&d),
            "{l:?}: a provisional estimate"
        );
        for none in ["2015-05-01", "2000-01-01"] {
            let s = summary(none);
            assert!(
                !s.contains(&d),
                "{l:?} {none}: no rule set, no estimate: {s}"
            );
        }
    }
}

/// Boundaries cargo-mutants found untested: an earlier assessment completed
/// on the application date itself is not "after" it; a phase is not closed
/// on its last day; one assumed date is enough for the dates notice; no
/// "still needed" reason when nothing is missing; the quick estimate says so.
#[test]
fn boundaries_found_by_mutation_testing() {
    // Completed the same day: a valid case (too soon, but not an input error).
    let mut c = factory("2021-06-01", "onsite_assessment", "50000");
    c["history"] = json!({"previous_assessment_completed": "2021-06-01",
        "recommended_measure_implemented": true, "process_or_material_changed": true});
    let r = result(&c);
    assert_eq!(r["project"]["verdict"], json!("ineligible"), "{r}");
    // The phase-closed notice: not on the last day, from the day after.
    let case = case_from_value(&factory("2024-01-15", "onsite_assessment", "1000")).unwrap();
    let codes = |today| {
        evaluate(&case, &Context { today: Some(today) })
            .unwrap()
            .notices
            .iter()
            .map(|n| n.code())
            .collect::<Vec<_>>()
    };
    use cp_estimator::date::Date;
    assert!(!codes(Date::ymd(2025, 3, 31)).contains(&"phase_closed"));
    assert!(codes(Date::ymd(2025, 4, 1)).contains(&"phase_closed"));
    // 2020-2025: only its first day is assumed, and that is enough.
    assert!(codes(Date::ymd(2024, 1, 15)).contains(&"dates_assumed"));
    // 2015-2020: neither date is assumed.
    let p3 = case_from_value(&factory("2018-05-01", "onsite_assessment", "1000")).unwrap();
    let e = evaluate(&p3, &Context::default()).unwrap();
    assert!(e.notices.iter().all(|n| n.code() != "dates_assumed"));
    // Nothing missing, no "still needed" reason; the answer is no estimate.
    assert!(e.project.missing.is_empty());
    assert!(e
        .project
        .reasons
        .iter()
        .all(|r| r.code() != "missing_information"));
    assert!(!e.estimate);
    let quick = cp_estimator::rules::estimate(
        Date::ymd(2018, 5, 1),
        cp_estimator::rules::Stream::OnsiteAssessment,
        cp_estimator::money::Cost::parse("1000").unwrap(),
        None,
        &Context::default(),
    );
    assert!(quick.estimate);
    assert_eq!(
        check_value(
            &factory("2018-05-01", "onsite_assessment", "1000"),
            &Context::default(),
            Lang::En
        )
        .0["estimate_only"],
        json!(false)
    );
}

/// The next steps' deadline (issue 18): the phase's last day while it
/// takes applications, marked where that day is assumed; none once the
/// phase has closed; after the last known phase, that none is known.
#[test]
fn next_steps_give_the_closing_date() {
    use cp_estimator::date::Date;
    let closing = |date: &str, today: Date, l: Lang| {
        let case = case_from_value(&factory(date, "onsite_assessment", "1000")).unwrap();
        let e = evaluate(&case, &Context { today: Some(today) }).unwrap();
        cp_estimator::i18n::closing_text(&e, l)
    };
    assert_eq!(
        closing("2018-05-01", Date::ymd(2018, 5, 1), Lang::En).as_deref(),
        Some("Applications for the 2015-2020 phase close on 31 March 2020.")
    );
    assert_eq!(
        closing("2026-01-15", Date::ymd(2026, 12, 3), Lang::En).as_deref(),
        Some("Applications for the 2025-2027 phase close on 31 March 2027 (an assumption: the sources do not give the exact date).")
    );
    assert_eq!(
        closing("2026-01-15", Date::ymd(2026, 12, 3), Lang::ZhHant).as_deref(),
        Some("2025-2027期計劃於2027年3月31日截止申請（此為本估算工具的假設：資料未有列明確實日期）。")
    );
    assert_eq!(
        closing("2018-05-01", Date::ymd(2026, 12, 3), Lang::En),
        None,
        "closed: the notice says so"
    );
    // After the last known phase (found in the data).
    let after = common::after_last(61);
    let today = cp_estimator::date::Date::parse(&after).unwrap();
    assert_eq!(
        closing(&after, today, Lang::En),
        Some(format!(
            "No closing date is known for applications after {}: ask the hotline 2788 5588.",
            Lang::En.date(common::last_phase().to)
        ))
    );
    // The summary (what cpfund check prints, and the widget copies) says it too.
    let case = case_from_value(&factory(&after, "onsite_assessment", "1000")).unwrap();
    let e = evaluate(&case, &Context::default()).unwrap();
    assert!(cp_estimator::summary::text(&e, Lang::En).contains("No closing date is known"));
}

/// A stream the phase's sources do not list is an answer of its own
/// (rules.md §2), pointing to the hotline; its code stays `not_offered`.
#[test]
fn a_stream_not_in_the_sources_says_so() {
    // A stream the phase has no place for is still "does not fund this".
    for (name, date, stream, headline) in [
        (
            "not listed",
            "2026-01-15",
            "onsite_assessment",
            "This phase's published terms do not mention this project; ask the hotline 2788 5588 whether it is offered",
        ),
        (
            "not offered",
            "2021-09-01",
            "demonstration",
            "This phase does not fund this",
        ),
    ] {
        let r = check(name, &factory(date, stream, "1000"), "not_offered", None);
        assert_eq!(r["project"]["headline"], json!(headline), "{name}");
    }
    let case = case_from_value(&factory("2026-01-15", "onsite_assessment", "1000")).unwrap();
    let e = evaluate(&case, &Context::default()).unwrap();
    let short: Vec<String> = e
        .streams
        .iter()
        .map(|s| cp_estimator::i18n::stream_answer_short(s, Lang::ZhHant))
        .collect();
    assert!(
        short.contains(&"公布的條款未有提及".to_string()),
        "{short:?}"
    );
}

/// The phase's assumed dates are decisive (a notice above the figures)
/// only where the answer may turn on them: a provisional answer, or a date
/// within 31 days of an assumed first or last day.
#[test]
fn assumed_dates_decide_only_near_the_assumed_days() {
    use cp_estimator::rules::Notice;
    let decisive = |date: &str| {
        let case = case_from_value(&factory(date, "onsite_assessment", "1000")).unwrap();
        evaluate(&case, &Context::default())
            .unwrap()
            .notices
            .iter()
            .find_map(|n| match n {
                Notice::DatesAssumed { .. } => Some(n.is_decisive()),
                _ => None,
            })
    };
    // The window is the data's (rules/programme.toml: 31 days, rules.md
    // §9): decisive from an assumed first day to the day before the
    // window ends, and from the window's start before an assumed last day.
    let window = i64::from(cp_estimator::rules::PROGRAMME.assumed_dates_window_days);
    let from = |d: &str, days: i64| {
        let d = cp_estimator::date::Date::parse(d).unwrap();
        cp_estimator::date::Date::from_unix_days(d.unix_days() + days).to_string()
    };
    let fixed = [
        ("2020-04-01".to_string(), Some(true)),
        (from("2020-04-01", window - 1), Some(true)),
        (from("2020-04-01", window), Some(false)),
        ("2022-01-01".into(), Some(false)),
        ("2025-03-31".into(), Some(false)),
        ("2026-01-15".into(), Some(false)),
        (from("2027-03-31", -window), Some(false)),
        (from("2027-03-31", -(window - 1)), Some(true)),
        ("2027-03-31".into(), Some(true)),
        ("2018-05-01".into(), None),
    ];
    if window == 31 {
        assert_eq!(fixed[1].0, "2020-05-01");
        assert_eq!(fixed[7].0, "2027-03-01");
    }
    for (date, want) in fixed {
        assert_eq!(decisive(&date), want, "{date}");
    }
    // After the last known phase (found in the data): decisive when its
    // last day is assumed (rules.md §9), however far past it.
    let last = common::last_phase();
    let want = (last.from_assumed || last.to_assumed).then_some(last.to_assumed);
    for days in [1, 61, 2000] {
        let date = common::after_last(days);
        assert_eq!(decisive(&date), want, "{date}");
    }
}

/// The conditions an answer lists, exactly, where the eleventh mutation
/// run found them unchecked: the second assessment's "change" condition
/// when it is met (by either answer), and the applicant's conditions when
/// every stream refuses (not the stream's own, nor its terms and notes).
#[test]
fn conditions_listed_exactly() {
    let codes = |c: &Value| -> Vec<(String, bool)> {
        result(c)["project"]["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["code"].as_str().unwrap().to_owned(),
                    r["met"] == json!(true),
                )
            })
            .collect()
    };
    let change = |changed: Value, recognition: Value| {
        let mut c = factory("2021-06-15", "onsite_assessment", "50000");
        c["history"] = json!({"previous_assessment_completed": "2016-06-01",
            "recommended_measure_implemented": true});
        if !changed.is_null() {
            c["history"]["process_or_material_changed"] = changed;
        }
        if !recognition.is_null() {
            c["history"]["pursuing_recognition"] = recognition;
        }
        codes(&c)
            .into_iter()
            .filter(|(code, _)| code == "second_assessment_change")
            .collect::<Vec<_>>()
    };
    let met = vec![("second_assessment_change".to_owned(), true)];
    let unmet = vec![("second_assessment_change".to_owned(), false)];
    assert_eq!(change(json!(true), Value::Null), met, "changed");
    assert_eq!(
        change(json!(false), json!(true)),
        met,
        "pursuing recognition"
    );
    assert_eq!(change(Value::Null, json!(true)), met, "recognition alone");
    assert_eq!(change(json!(false), json!(false)), unmet, "neither");
    assert_eq!(change(json!(false), Value::Null), vec![], "not yet decided");

    // Every stream refuses: no stream asked, the applicant's conditions only.
    let refused = |applicant: Value| codes(&json!({"date": "2026-01-15", "applicant": applicant}));
    let pairs = |v: &[(&str, bool)]| -> Vec<(String, bool)> {
        v.iter().map(|(c, m)| ((*c).to_owned(), *m)).collect()
    };
    assert_eq!(
        refused(json!({"kind": "hk_business", "factory_region": "elsewhere"})),
        pairs(&[("factory_region", false)])
    );
    assert_eq!(
        refused(
            json!({"kind": "hk_business", "br_registered": true, "factory_region": "elsewhere"})
        ),
        // The region decides: the registration after it is not checked.
        pairs(&[("factory_region", false)])
    );
    assert_eq!(
        refused(
            json!({"kind": "hk_business", "br_registered": false, "route": "hk_factory",
                       "factory_region": "hong_kong"})
        ),
        pairs(&[
            ("hk_factories_covered", true),
            ("factory_region", true),
            ("br_registered", false)
        ])
    );
    // A kind no stream is for: that condition, unmet, is the reason.
    assert_eq!(
        refused(json!({"kind": "other"})),
        pairs(&[("applicant_kind", false)])
    );
}

/// A Guangdong factory outside the Pearl River Delta in 2008-2013 is told
/// why, with the date all of Guangdong was covered from (from the data).
#[test]
fn the_prd_only_phase_says_why() {
    let r = result(&factory("2010-01-01", "onsite_assessment", "40000"));
    let h = r["project"]["headline"].as_str().unwrap();
    assert!(
        h.contains("Pearl River Delta only") && h.contains("1 April 2013"),
        "{h}"
    );
    // In a phase covering all of Guangdong, a Hong Kong factory with a
    // Guangdong route is told about the route, not about the delta.
    let r = result(&with(
        factory("2018-05-01", "onsite_assessment", "40000"),
        "applicant.factory_region",
        json!("hong_kong"),
    ));
    let h = r["project"]["headline"].as_str().unwrap();
    assert!(
        h.contains("ties (a) to (d)") && !h.contains("Pearl River Delta"),
        "{h}"
    );
}

#[test]
fn the_comparison_helper_can_fail() {
    let expect = json!({"verdict": "eligible", "sponsorship": "1.00", "rule_set": "2015-2020"});
    let wrong = json!({"rule_set": {"id": "2020-2025", "provisional": false}, "project": {"verdict": "ineligible", "sponsorship": null}});
    assert_eq!(common::differences("x", &expect, &wrong).len(), 3);
    // `provisional`: absent in `expect` means false.
    let provisional = json!({"rule_set": {"id": "2015-2020", "provisional": true}, "project": {"verdict": "eligible", "sponsorship": "1.00"}});
    assert_eq!(common::differences("x", &expect, &provisional).len(), 1);
    // An expect key the comparison does not know fails, rather than passing unchecked.
    let unknown = json!({"verdict": "eligible", "amount": "1.00"});
    let right = json!({"rule_set": {"id": "2015-2020", "provisional": false}, "project": {"verdict": "eligible"}});
    assert_eq!(common::differences("x", &unknown, &right).len(), 1);
    let expect_p = json!({"rule_set": "2015-2020", "provisional": true});
    assert_eq!(common::differences("x", &expect_p, &provisional).len(), 0);
    assert_eq!(common::differences("x", &expect_p, &wrong).len(), 2);
    assert_eq!(
        common::differences("x", &json!({"error": true}), &wrong).len(),
        1
    );
    assert_eq!(
        common::differences("x", &expect, &json!({"error": {}})).len(),
        1
    );
}

/// A choice field's values (what the form offers and the share link
/// accepts) are exactly the names the contract reader accepts for it, each
/// with a label in every language; other fields offer none.
#[test]
fn a_choice_fields_values_are_the_contracts_names_with_labels() {
    use cp_estimator::i18n;
    use cp_estimator::rules::{Answer, CaseBuilder, Field};
    let mut choices = 0;
    for field in Field::ALL {
        let values = field.values();
        if field.answer() != Answer::Choice {
            assert!(values.is_empty(), "{field:?}");
            continue;
        }
        choices += 1;
        assert!(values.len() >= 3, "{field:?}");
        for v in values {
            assert!(CaseBuilder::new().set(field, v).is_ok(), "{field:?} {v}");
            for l in [Lang::En, Lang::ZhHant, Lang::ZhHans] {
                let label = i18n::choice_label(field, v, l).unwrap_or_default();
                assert!(!label.is_empty(), "{field:?} {v} {l:?}");
            }
        }
        // The error for an unknown value lists exactly these names.
        let e = CaseBuilder::new().set(field, "nobody").unwrap_err();
        let listed = format!("{:?}", e.kind);
        for v in values {
            assert!(
                listed.contains(&format!("{v:?}")),
                "{field:?} {v}: {listed}"
            );
        }
        assert_eq!(i18n::choice_label(field, "nobody", Lang::En), None);
    }
    assert_eq!(choices, 6);
    assert_eq!(i18n::choice_label(Field::Cost, "1", Lang::En), None);
}

/// `rule_set_for`: the phase taking applications on a date, none after the
/// last known one's last day (where `applicable` answers provisionally) or
/// between phases.
#[test]
fn rule_set_for_is_the_phase_open_on_the_date() {
    use cp_estimator::date::Date;
    use cp_estimator::rules::{applicable, rule_set_for, PROGRAMME};
    for rs in PROGRAMME.rule_sets {
        for d in [rs.from, rs.to] {
            assert_eq!(rule_set_for(d).map(|r| r.id), Some(rs.id), "{d}");
        }
    }
    let last = PROGRAMME.last().unwrap();
    let after = Date::from_unix_days(last.to.unix_days() + 1);
    assert_eq!(rule_set_for(after), None);
    assert!(applicable(after).is_some_and(|a| a.provisional));
}

//! The engine says which questions a case needs (`rules::questions`): the
//! form draws them and every shell's `missing` comes from them. Two
//! properties over valid answers (proptest), and the cases that pin them.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use cp_estimator::date::Date;
use cp_estimator::money::Cost;
use cp_estimator::rules::*;
use proptest::prelude::*;
use proptest::sample::select;

/// Every answer of a case, all given: the answers a person would give if asked.
#[derive(Clone, Debug)]
struct Answers {
    kind: ApplicantKind,
    br: bool,
    route: Route,
    region: Region,
    mainland: Percent,
    hk: Percent,
    sector: Sector,
    stream: Stream,
    cost: Cost,
    origin: TechnologyOrigin,
    previous: bool,
    done: Date,
    flags: [bool; 3],
}

fn percent() -> impl Strategy<Value = Percent> {
    (0u32..=10_000).prop_map(|h| Percent::parse(&format!("{}.{:02}", h / 100, h % 100)).unwrap())
}

fn answers(date: Date) -> impl Strategy<Value = Answers> {
    (
        (
            select(ApplicantKind::ALL),
            any::<bool>(),
            select(Route::ALL),
            select(Region::ALL),
            percent(),
            percent(),
            select(Sector::ALL),
        ),
        (
            select(Stream::ALL),
            (1i64..300_000_000)
                .prop_map(|c| Cost::parse(&format!("{}.{:02}", c / 100, c % 100)).unwrap()),
            select(TechnologyOrigin::ALL),
            any::<bool>(),
            0i64..4000,
            proptest::array::uniform3(any::<bool>()),
        ),
    )
        .prop_map(
            move |(
                (kind, br, route, region, mainland, hk, sector),
                (stream, cost, origin, previous, done, flags),
            )| Answers {
                kind,
                br,
                route,
                region,
                mainland,
                hk,
                sector,
                stream,
                cost,
                origin,
                previous,
                done: Date::from_unix_days(date.unix_days() - done),
                flags,
            },
        )
}

/// Gives `field` its answer from `a`; for a question with choices, the
/// answer if it is one of them, else the first.
fn answer(c: &mut Case, a: &Answers, q: &Question) {
    let (ap, p, h) = (&mut c.applicant, &mut c.project, &mut c.history);
    match (q.field, &q.choices) {
        (Field::Date, _) => {}
        (Field::Kind, _) => ap.kind = Some(a.kind),
        (Field::BrRegistered, _) => ap.br_registered = Some(a.br),
        (Field::Route, Choices::Routes(r)) => {
            ap.route = Some(if r.contains(&a.route) { a.route } else { r[0] })
        }
        (Field::Route, _) => ap.route = Some(a.route),
        (Field::FactoryRegion, _) => ap.factory_region = Some(a.region),
        (Field::ResidentShareMainland, _) => ap.resident_share_mainland = Some(a.mainland),
        (Field::ResidentShareHkBusiness, _) => ap.resident_share_hk_business = Some(a.hk),
        (Field::Sector, _) => ap.sector = Some(a.sector),
        (Field::Stream, Choices::Streams(s)) => {
            p.stream = Some(if s.iter().any(|c| c.stream == a.stream) {
                a.stream
            } else {
                s[0].stream
            })
        }
        (Field::Stream, _) => p.stream = Some(a.stream),
        (Field::Cost, _) => p.cost = Some(a.cost),
        (Field::TechnologyOrigin, _) => p.technology_origin = Some(a.origin),
        (Field::PreviousAssessment, _) => h.previous_assessment = Some(a.previous),
        (Field::PreviousAssessmentCompleted, _) => h.previous_assessment_completed = Some(a.done),
        (Field::RecommendedMeasureImplemented, _) => {
            h.recommended_measure_implemented = Some(a.flags[0])
        }
        (Field::ProcessOrMaterialChanged, _) => h.process_or_material_changed = Some(a.flags[1]),
        (Field::PursuingRecognition, _) => h.pursuing_recognition = Some(a.flags[2]),
    }
}

/// Copies one field's answer (or its absence) from `from` into `c`.
fn copy(c: &mut Case, from: &Case, f: Field) {
    let (a, b) = (&mut c.applicant, &from.applicant);
    let (p, q) = (&mut c.project, &from.project);
    let (h, g) = (&mut c.history, &from.history);
    match f {
        Field::Date => {}
        Field::Kind => a.kind = b.kind,
        Field::BrRegistered => a.br_registered = b.br_registered,
        Field::Route => a.route = b.route,
        Field::FactoryRegion => a.factory_region = b.factory_region,
        Field::ResidentShareMainland => a.resident_share_mainland = b.resident_share_mainland,
        Field::ResidentShareHkBusiness => {
            a.resident_share_hk_business = b.resident_share_hk_business
        }
        Field::Sector => a.sector = b.sector,
        Field::Stream => p.stream = q.stream,
        Field::Cost => p.cost = q.cost,
        Field::TechnologyOrigin => p.technology_origin = q.technology_origin,
        Field::PreviousAssessment => h.previous_assessment = g.previous_assessment,
        Field::PreviousAssessmentCompleted => {
            h.previous_assessment_completed = g.previous_assessment_completed
        }
        Field::RecommendedMeasureImplemented => {
            h.recommended_measure_implemented = g.recommended_measure_implemented
        }
        Field::ProcessOrMaterialChanged => {
            h.process_or_material_changed = g.process_or_material_changed
        }
        Field::PursuingRecognition => h.pursuing_recognition = g.pursuing_recognition,
    }
}

/// A case with some of `a`'s answers: those whose bit is set in `mask`.
fn partial(date: Date, a: &Answers, mask: u32) -> Case {
    let mut c = Case::new(date);
    for (i, &f) in ORDER.iter().enumerate() {
        if mask & (1 << i) != 0 {
            answer(
                &mut c,
                a,
                &Question {
                    field: f,
                    choices: Choices::All,
                    needed: false,
                },
            );
        }
    }
    c
}

fn ctx(date: Date) -> Context {
    Context { today: Some(date) }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    /// Answering every question asked, and nothing else, always reaches a
    /// verdict other than `needs_information`; no question is asked twice,
    /// each is in the form's order, and `missing` is exactly the needed ones.
    #[test]
    fn answering_what_is_asked_reaches_a_verdict((date, a) in (12_000i64..22_000).prop_map(Date::from_unix_days).prop_flat_map(|d| (Just(d), answers(d)))) {
        let mut c = Case::new(date);
        let mut rounds = 0;
        loop {
            let qs = questions(&c);
            let e = evaluate(&c, &ctx(date)).unwrap();
            let fields: Vec<Field> = qs.iter().map(|q| q.field).collect();
            let mut sorted = fields.clone();
            sorted.sort_by_key(|f| ORDER.iter().position(|o| o == f));
            sorted.dedup();
            prop_assert_eq!(&sorted, &fields, "in the form's order, once each");
            let needed: Vec<Field> = qs.iter().filter(|q| q.needed).map(|q| q.field).collect();
            prop_assert_eq!(&needed, &e.project.missing, "missing is what the questions need");
            let before = c.clone();
            for q in &qs {
                if q.needed {
                    answer(&mut c, &a, q);
                }
            }
            if c == before {
                break;
            }
            rounds += 1;
            prop_assert!(rounds < 16, "the questions never settle: {:?}", c);
        }
        let e = evaluate(&c, &ctx(date)).unwrap();
        prop_assert_ne!(e.project.verdict, Verdict::NeedsInformation, "{:?}", c);
    }

    /// An answer to a question that is not asked never changes the answer
    /// shown: the asked stream's result (verdict, amounts, every condition
    /// listed) and the notices. The other streams' rows are each evaluated
    /// for the answers given and may read answers this stream does not.
    #[test]
    fn an_answer_not_asked_changes_nothing(
        (date, a, b) in (12_000i64..22_000).prop_map(Date::from_unix_days).prop_flat_map(|d| (Just(d), answers(d), answers(d))),
        mask in any::<u32>(),
        other_mask in any::<u32>(),
        pick in 0usize..Field::ALL.len(),
    ) {
        let c = partial(date, &a, mask);
        let other = partial(date, &b, other_mask);
        let Ok(e) = evaluate(&c, &ctx(date)) else { return Ok(()) };
        let qs = questions(&c);
        let f = ORDER[pick];
        prop_assume!(f != Field::Date && !qs.iter().any(|q| q.field == f));
        // Every stream refused: the form no longer asks the stream nor its
        // project's questions, but a case that names a stream is answered
        // for it (the contract's project is the stream asked), with its
        // conditions, refused whichever it is and whatever its answers.
        let refused = e.rule_set.is_some() && !qs.iter().any(|q| q.field == Field::Stream);
        let mut changed = c.clone();
        copy(&mut changed, &other, f);
        // An answer about an earlier assessment also answers the asked
        // "had one before?" with a yes (the contract's rule): not this case.
        prop_assume!(changed.history.had_previous() == c.history.had_previous());
        let Ok(e2) = evaluate(&changed, &ctx(date)) else {
            // Only "no earlier assessment" beside an answer about one is
            // refused, and then the detail was not asked.
            prop_assert!(changed.history.previous_assessment == Some(false));
            return Ok(());
        };
        if f == Field::Stream && e.rule_set.is_none() {
            // No phase on the date: the result names the stream the case
            // names (the contract's project), asked or not; nothing else.
            prop_assert_eq!(&e.project.reasons, &e2.project.reasons);
            prop_assert_eq!(e2.project.stream, changed.project.stream);
            return Ok(());
        }
        if refused && !Fields::APPLICANT.contains(f) {
            prop_assert!(matches!(e2.project.verdict, Verdict::Ineligible | Verdict::NotOffered), "{:?}", e2.project);
            return Ok(());
        }
        prop_assert_eq!(&e.project, &e2.project, "{:?} changed the answer", f);
        prop_assert_eq!(&e.notices, &e2.notices);
        prop_assert_eq!(questions(&c), questions(&changed));
    }
}

fn case(json: &str) -> Case {
    cp_shells::json::case_from_str(json).unwrap()
}

fn fields(c: &Case) -> Vec<Field> {
    questions(c).into_iter().map(|q| q.field).collect()
}

#[test]
fn before_the_stream_the_applicant_and_the_stream_are_asked() {
    let c = case(r#"{"date":"2021-09-01"}"#);
    assert_eq!(fields(&c), [Field::Kind, Field::Stream, Field::Cost]);
    let e = evaluate(&c, &Context::default()).unwrap();
    // `missing` names the applicant's answers and the cost as well as the
    // stream (it named the stream alone before the engine gave the
    // questions).
    assert_eq!(e.project.missing, [Field::Kind, Field::Stream, Field::Cost]);
    let c = case(r#"{"date":"2021-09-01","applicant":{"kind":"hk_business"}}"#);
    assert_eq!(
        fields(&c),
        [
            Field::Kind,
            Field::FactoryRegion,
            Field::Route,
            Field::BrRegistered,
            Field::Sector,
            Field::Stream,
            Field::Cost
        ]
    );
    // In the form's order, the region with the tie (before: br, route,
    // sector, then the region only once a tie was given).
    let e = evaluate(&c, &Context::default()).unwrap();
    assert_eq!(
        e.project.missing,
        [
            Field::FactoryRegion,
            Field::Route,
            Field::BrRegistered,
            Field::Sector,
            Field::Stream,
            Field::Cost
        ]
    );
    assert_eq!(
        e.streams[0].missing,
        [
            Field::FactoryRegion,
            Field::Route,
            Field::BrRegistered,
            Field::Sector,
            Field::Cost
        ]
    );
    let c = case(r#"{"date":"2021-09-01","applicant":{"kind":"trade_association"}}"#);
    assert_eq!(fields(&c), [Field::Kind, Field::Stream, Field::Cost]);
}

#[test]
fn the_choices_fit_the_answers() {
    let c = case(
        r#"{"date":"2021-09-01","applicant":{"kind":"hk_business","factory_region":"hong_kong"}}"#,
    );
    let qs = questions(&c);
    let route = qs.iter().find(|q| q.field == Field::Route).unwrap();
    assert_eq!(
        route.choices,
        Choices::Routes(vec![Route::HkFactory, Route::HkWorkshop, Route::None])
    );
    // A stream the date's phase does not offer stays a choice, last.
    let c = case(
        r#"{"date":"2009-05-01","applicant":{"kind":"hk_business"},"project":{"stream":"new_technology_demonstration"}}"#,
    );
    let qs = questions(&c);
    let Some(Question {
        choices: Choices::Streams(s),
        ..
    }) = qs.iter().find(|q| q.field == Field::Stream)
    else {
        panic!("the stream is asked: {qs:?}")
    };
    // The stale choice has no terms; the phase's own have theirs.
    assert_eq!(s.last().unwrap().terms, None);
    assert!(s[..s.len() - 1].iter().all(|c| c.terms.is_some()));
    let s: Vec<Stream> = s.iter().map(|c| c.stream).collect();
    assert_eq!(s.last(), Some(&Stream::NewTechnologyDemonstration));
    assert!(!s[..s.len() - 1].contains(&Stream::NewTechnologyDemonstration));
}

#[test]
fn a_factory_elsewhere_is_not_asked_the_tie_nor_the_stream() {
    let c = case(
        r#"{"date":"2026-01-15","applicant":{"kind":"hk_business","factory_region":"elsewhere"},"project":{"stream":"new_technology_demonstration"}}"#,
    );
    // The region decides: neither the registration nor the industry (in
    // a phase with priority sectors) is asked after it.
    assert_eq!(fields(&c), [Field::Kind, Field::FactoryRegion]);
    assert!(questions(&c).iter().all(|q| !q.needed));
}

/// Each way the applicant fails, in each phase: after the failing answer,
/// no question is asked that could not change the answer (the form's
/// order: nothing after the one that decided).
#[test]
fn after_a_refusal_nothing_more_is_asked() {
    let refusals = [
        (r#""factory_region":"elsewhere""#, Field::FactoryRegion),
        (
            r#""factory_region":"hong_kong","route":"none""#,
            Field::Route,
        ),
        (
            r#""factory_region":"prd","route":"gd_wfoe","br_registered":false"#,
            Field::BrRegistered,
        ),
    ];
    for rs in PROGRAMME.rule_sets {
        for (answers, decided) in refusals {
            let c = case(&format!(
                r#"{{"date":"{}","applicant":{{"kind":"hk_business",{answers}}}}}"#,
                rs.from
            ));
            let e = evaluate(&c, &Context::default()).unwrap();
            if e.project.verdict != Verdict::Ineligible {
                continue; // this phase covers the answer (Hong Kong before 2013)
            }
            // Every question asked is one answered: none unanswered after
            // the refusal (the registration, the industry, the stream, the
            // cost); the deciding answer is among them, unless the phase
            // decides on the region before it (no tie fits Hong Kong).
            let f = fields(&c);
            assert!(
                f.iter()
                    .all(|x| answers.contains(&format!("\"{}\"", x.name())) || *x == Field::Kind),
                "{}: {answers}: {f:?}",
                rs.id
            );
            assert!(
                f.contains(&decided) || f.last() == Some(&Field::FactoryRegion),
                "{}: {answers}: {f:?}",
                rs.id
            );
        }
    }
}

#[test]
fn a_second_assessment_asks_its_history() {
    let c = case(
        r#"{"date":"2018-05-01","applicant":{"kind":"hk_business","br_registered":true,"route":"hk_factory","factory_region":"hong_kong"},"project":{"stream":"onsite_assessment","cost":"80000"}}"#,
    );
    let f = fields(&c);
    assert_eq!(
        f.last(),
        Some(&Field::PreviousAssessment),
        "optional: a first assessment is assumed"
    );
    let mut c = c;
    c.history.previous_assessment = Some(true);
    let needed: Vec<Field> = questions(&c)
        .into_iter()
        .filter(|q| q.needed)
        .map(|q| q.field)
        .collect();
    assert_eq!(
        needed,
        [
            Field::PreviousAssessmentCompleted,
            Field::RecommendedMeasureImplemented,
            Field::ProcessOrMaterialChanged,
            Field::PursuingRecognition
        ]
    );
    // Either change meets the test: a yes to the first, and the second is not asked.
    c.history.process_or_material_changed = Some(true);
    assert!(!fields(&c).contains(&Field::PursuingRecognition));
    c.history.process_or_material_changed = None;
    c.history.pursuing_recognition = Some(true);
    let qs = questions(&c);
    let changed = qs
        .iter()
        .find(|q| q.field == Field::ProcessOrMaterialChanged)
        .unwrap();
    assert!(!changed.needed, "a yes to the second is enough");
    // "No earlier assessment" beside a detail: still questions (the form
    // needs them while the person corrects it), the details not asked.
    c.history.previous_assessment = Some(false);
    assert!(evaluate(&c, &Context::default()).is_err());
    assert_eq!(fields(&c).last(), Some(&Field::PreviousAssessment));
}

#[test]
fn no_phase_no_questions_but_the_stream_chosen() {
    let c = case(r#"{"date":"2007-01-01","project":{"stream":"demonstration"}}"#);
    let qs = questions(&c);
    assert_eq!(qs.len(), 1);
    assert_eq!(
        qs[0].choices,
        Choices::Streams(vec![cp_estimator::rules::StreamChoice {
            stream: Stream::Demonstration,
            terms: None
        }])
    );
    assert!(questions(&case(r#"{"date":"2007-01-01"}"#)).is_empty());
}

/// `Fields` is a set listed in the form's order, whatever the order the
/// fields went in (the widget's `revealed` and the engine's `asked` lean
/// on each operation).
#[test]
fn fields_is_a_set_listed_in_the_forms_order() {
    let mut s = Fields::NONE;
    assert!(s.is_empty() && Fields::default().is_empty());
    s.insert(Field::Cost);
    s.insert(Field::Kind);
    s.insert(Field::Cost);
    assert!(!s.is_empty());
    assert_eq!(s.to_vec(), [Field::Kind, Field::Cost]);
    assert!(s.contains(Field::Cost) && !s.contains(Field::Stream));
    s.remove(Field::Cost);
    s.remove(Field::Cost);
    s.remove(Field::Stream);
    assert_eq!(s.to_vec(), [Field::Kind]);
    let t: Fields = [Field::Stream, Field::Kind].into_iter().collect();
    assert_eq!(s.union(t).to_vec(), [Field::Kind, Field::Stream]);
    assert_eq!(s.intersection(t).to_vec(), [Field::Kind]);
    assert!(s.intersection(Fields::NONE).is_empty());
    assert_eq!(Fields::ALL.to_vec(), ORDER);
    assert!(ORDER.iter().all(|&f| Fields::ALL.contains(f)));
    // The applicant's questions: those between the date and the stream.
    assert_eq!(ORDER[1], Field::Kind);
    assert_eq!(ORDER[8], Field::Stream);
    assert_eq!(Fields::APPLICANT.to_vec(), &ORDER[1..8]);
    let mut all = Fields::ALL;
    all.remove(Field::Date);
    assert!(!all.contains(Field::Date) && all.contains(Field::Kind));
}

/// Each test that stops at a failure, one by one: the second shareholding
/// after the first fails, the improvement measure after the years, the
/// change after the measure, the earlier assessment and the technology's
/// origin after the applicant is refused.
#[test]
fn each_failure_stops_the_questions_after_it() {
    // Route (d): a Mainland share of 50% (not more than half) decides.
    let shares = case(
        r#"{"date":"2018-05-01","applicant":{"kind":"hk_business","route":"gd_resident_majority","factory_region":"prd","resident_share_mainland":"50"}}"#,
    );
    let f = fields(&shares);
    assert!(f.contains(&Field::ResidentShareMainland), "{f:?}");
    assert!(!f.contains(&Field::ResidentShareHkBusiness), "{f:?}");
    assert!(!f.contains(&Field::BrRegistered), "{f:?}");

    let onsite = |history: &str| {
        case(&format!(
            r#"{{"date":"2018-05-01","applicant":{{"kind":"hk_business","br_registered":true,"route":"hk_factory","factory_region":"hong_kong"}},"project":{{"stream":"onsite_assessment","cost":"80000"}},"history":{history}}}"#
        ))
    };
    // Completed too recently: the measure and the change are not asked.
    let f = fields(&onsite(
        r#"{"previous_assessment":true,"previous_assessment_completed":"2017-01-01"}"#,
    ));
    assert!(f.contains(&Field::PreviousAssessmentCompleted), "{f:?}");
    for later in [
        Field::RecommendedMeasureImplemented,
        Field::ProcessOrMaterialChanged,
        Field::PursuingRecognition,
    ] {
        assert!(
            !f.contains(&later),
            "{later:?} after the years failed: {f:?}"
        );
    }
    // Long enough ago, but no measure implemented: the change is not asked.
    let f = fields(&onsite(
        r#"{"previous_assessment":true,"previous_assessment_completed":"2010-01-01","recommended_measure_implemented":false}"#,
    ));
    assert!(f.contains(&Field::RecommendedMeasureImplemented), "{f:?}");
    assert!(!f.contains(&Field::ProcessOrMaterialChanged), "{f:?}");
    assert!(!f.contains(&Field::PursuingRecognition), "{f:?}");

    // Refused on the registration: no earlier assessment asked.
    let f = fields(&case(
        r#"{"date":"2018-05-01","applicant":{"kind":"hk_business","br_registered":false,"route":"hk_factory","factory_region":"hong_kong"},"project":{"stream":"onsite_assessment","cost":"80000"}}"#,
    ));
    assert!(!f.contains(&Field::PreviousAssessment), "{f:?}");
    // Refused on the tie, in a phase whose ceiling follows the origin: the
    // origin is not asked.
    let with_origin = common::origin_ceiling_phase();
    let with_origin = (with_origin.0.from, with_origin.1);
    let open = |route: &str| {
        fields(&case(&format!(
            r#"{{"date":"{}","applicant":{{"kind":"hk_business","br_registered":true,"route":"{route}","factory_region":"hong_kong"}},"project":{{"stream":"{}","cost":"80000"}}}}"#,
            with_origin.0,
            with_origin.1.as_str()
        )))
    };
    assert!(open("hk_factory").contains(&Field::TechnologyOrigin));
    assert!(!open("none").contains(&Field::TechnologyOrigin));
}

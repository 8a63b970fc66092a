//! The widget state's tests (native).

use super::*;

fn error_for(errors: &[FieldError], field: Field) -> Option<&InputError> {
    errors.iter().find(|e| e.field == field).map(|e| &e.error)
}

/// The questions asked, in order.
fn asked(s: &State) -> Vec<Field> {
    s.settle().questions.iter().map(|q| q.field).collect()
}

/// The ties the route question offers.
fn routes(s: &State) -> Vec<Route> {
    match s.settle().asks(Field::Route).map(|q| &q.choices) {
        Some(Choices::Routes(r)) => r.clone(),
        _ => Vec::new(),
    }
}

fn state() -> State {
    State::new(Options {
        lang: Lang::En,
        mode: Mode::Public,
        date: None,
        today: Date::ymd(2018, 5, 1),
    })
}

/// The view keeps its evaluation while `same_answers` holds: the
/// language, the summary's language and the mode keep it; an answer,
/// "Show my estimate", a new date in force or "start again" renew it.
/// Wherever it is kept, evaluating afresh gives the same.
#[test]
fn the_evaluation_is_kept_only_while_the_answers_are_the_same() {
    let mut s = state();
    s.reduce(Action::Answer(
        Field::Kind,
        ApplicantKind::HkBusiness.as_str().into(),
    ));
    s.reduce(Action::Answer(
        Field::Stream,
        Stream::Demonstration.as_str().into(),
    ));
    s.reduce(Action::Answer(Field::Cost, "1000".into()));
    let options = |date, today| Options {
        lang: Lang::ZhHant,
        mode: Mode::Staff,
        date,
        today,
    };
    let steps: [(Action, bool); 9] = [
        (Action::Lang(Lang::ZhHans), true),
        (Action::SummaryLang(Lang::En), true),
        (Action::Options(options(None, Date::ymd(2018, 5, 1))), true),
        (Action::Answer(Field::Cost, "2000".into()), false),
        (Action::Submit, false),
        (Action::Submit, true),
        (
            Action::Options(options(Some(Date::ymd(2024, 1, 2)), Date::ymd(2018, 5, 1))),
            false,
        ),
        (
            Action::Options(options(Some(Date::ymd(2024, 1, 2)), Date::ymd(2019, 5, 1))),
            false,
        ),
        (Action::Reset, false),
    ];
    for (action, kept) in steps {
        let before = s.clone();
        s.reduce(action.clone());
        assert_eq!(s.same_answers(&before), kept, "{action:?}");
        if kept {
            assert_eq!(s.evaluation(), before.evaluation(), "{action:?}");
        }
    }
}

/// What the view shows beside the answers is decided here, natively
/// testable: the cost echo, "link too long", each field's error.
#[test]
fn echo_link_length_and_field_errors() {
    let mut s = state();
    assert_eq!(s.cost_echo(), None);
    s.reduce(Action::Answer(Field::Cost, "1.2萬".into()));
    assert_eq!(s.cost_echo(), Some("12000".parse().unwrap()));
    s.reduce(Action::Answer(Field::Cost, "lots".into()));
    assert_eq!(s.cost_echo(), None);
    let (fragment, too_long) = s.share_fragment(Lang::En);
    assert!(fragment.contains("c=lots") && !too_long, "{fragment}");
    s.reduce(Action::Answer(Field::Cost, "萬".repeat(MAX_TEXT)));
    assert!(
        s.share_fragment(Lang::En).1,
        "10,000 CJK characters, percent-encoded"
    );
    s.reduce(Action::Answer(Field::Cost, "0".into()));
    s.reduce(Action::Answer(Field::Date, "2020-04-01".into()));
    assert_eq!(s.date_echo(), Some(Date::ymd(2020, 4, 1)));
    s.reduce(Action::Answer(Field::Date, "2018-02-30".into()));
    assert_eq!(
        s.date_echo(),
        None,
        "a day that does not exist is not echoed"
    );
    let (_, errors) = s.evaluation();
    assert_eq!(
        error_for(&errors, Field::Date).map(|e| e.code()),
        Some("date_no_such_day")
    );
    assert_eq!(error_for(&errors, Field::ResidentShareHkBusiness), None);
}

#[test]
fn questions_appear_as_they_become_relevant() {
    // Before: a `Visible` of flags; now the engine's questions.
    let mut s = state();
    assert_eq!(asked(&s), [Field::Kind, Field::Stream, Field::Cost]);
    s.reduce(Action::Answer(
        Field::Kind,
        ApplicantKind::HkBusiness.as_str().into(),
    ));
    // 2015-2020 asks the sector too: priority goes to the target
    // sectors, though an unanswered one is not missing information.
    assert_eq!(
        asked(&s),
        [
            Field::Kind,
            Field::FactoryRegion,
            Field::Route,
            Field::BrRegistered,
            Field::Sector,
            Field::Stream,
            Field::Cost
        ],
        "2015-2020 has priority sectors"
    );
    assert_eq!(
        routes(&s),
        Route::ALL,
        "every tie until the region is known"
    );
    s.reduce(Action::Answer(
        Field::FactoryRegion,
        Region::HongKong.as_str().into(),
    ));
    assert_eq!(
        routes(&s),
        [Route::HkFactory, Route::HkWorkshop, Route::None]
    );
    s.reduce(Action::Answer(
        Field::FactoryRegion,
        Region::Prd.as_str().into(),
    ));
    s.reduce(Action::Answer(
        Field::Route,
        Route::GdResidentMajority.as_str().into(),
    ));
    assert!(asked(&s).contains(&Field::ResidentShareMainland));
    assert!(asked(&s).contains(&Field::ResidentShareHkBusiness));
    s.reduce(Action::Answer(Field::Date, "2021-09-01".into()));
    assert!(asked(&s).contains(&Field::Sector));
    s.reduce(Action::Answer(
        Field::Stream,
        Stream::OnsiteAssessment.as_str().into(),
    ));
    assert!(asked(&s).ends_with(&[Field::Cost, Field::PreviousAssessment]));
    s.reduce(Action::Answer(Field::PreviousAssessment, "1".into()));
    assert!(asked(&s).ends_with(&[
        Field::PreviousAssessment,
        Field::PreviousAssessmentCompleted,
        Field::RecommendedMeasureImplemented,
        Field::ProcessOrMaterialChanged,
        Field::PursuingRecognition
    ]));
}

#[test]
fn a_complete_enquiry_gives_the_engines_answer() {
    let mut s = state();
    for a in [
        Action::Answer(Field::Kind, ApplicantKind::HkBusiness.as_str().into()),
        Action::Answer(Field::FactoryRegion, Region::GuangdongOther.as_str().into()),
        Action::Answer(Field::Route, Route::GdJointVenture.as_str().into()),
        Action::Answer(Field::BrRegistered, "1".into()),
        Action::Answer(Field::Stream, Stream::Demonstration.as_str().into()),
        Action::Answer(Field::Cost, "HK$1,000,000".into()),
    ] {
        s.reduce(a);
    }
    let (e, errors) = s.evaluation();
    assert!(errors.is_empty());
    let e = e.unwrap();
    assert_eq!(e.project.verdict, Verdict::Eligible);
    // A cost far above twice the ceiling: the phase's ceiling, from the rule data.
    let ceiling = match &e
        .rule_set
        .unwrap()
        .entry(Stream::Demonstration)
        .unwrap()
        .offer
    {
        crate::rules::model::Offer::Offered(t) => match t.ceiling {
            Ceiling::Published { amount, .. } => amount.amount(),
            _ => unreachable!("2015-2020 publishes the demonstration ceiling"),
        },
        _ => unreachable!("2015-2020 offers demonstration projects"),
    };
    assert_eq!(e.project.sponsorship(), Some(ceiling));
    assert_eq!(e.project.ceiling_applied(), Some(true));
}

#[test]
fn errors_keep_the_text_and_language_switch_keeps_answers() {
    let mut s = state();
    s.reduce(Action::Answer(Field::Cost, "1,00,000".into()));
    let (_, errors) = s.evaluation();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, Field::Cost);
    assert_eq!(s.form.get(Field::Cost), "1,00,000");
    let before = s.form.clone();
    s.reduce(Action::Lang(Lang::ZhHant));
    assert_eq!(s.form, before);
    assert_eq!(s.summary_lang, Lang::ZhHant);
    s.reduce(Action::SummaryLang(Lang::ZhHans));
    s.reduce(Action::Lang(Lang::En));
    assert_eq!(
        s.summary_lang,
        Lang::ZhHans,
        "a chosen summary language stays"
    );
}

#[test]
fn hidden_answers_are_kept_but_not_used() {
    let mut s = state();
    s.reduce(Action::Answer(
        Field::Kind,
        ApplicantKind::HkBusiness.as_str().into(),
    ));
    s.reduce(Action::Answer(
        Field::FactoryRegion,
        Region::HongKong.as_str().into(),
    ));
    s.reduce(Action::Answer(
        Field::Route,
        Route::HkFactory.as_str().into(),
    ));
    s.reduce(Action::Answer(
        Field::FactoryRegion,
        Region::Prd.as_str().into(),
    ));
    let (case, _) = s.case();
    assert_eq!(case.unwrap().applicant.route, None);
    assert_eq!(s.form.get(Field::Route), Route::HkFactory.as_str());
    s.reduce(Action::Answer(
        Field::FactoryRegion,
        Region::HongKong.as_str().into(),
    ));
    assert_eq!(s.case().0.unwrap().applicant.route, Some(Route::HkFactory));
}

#[test]
fn pinned_date_wins_and_reset_keeps_options() {
    let mut s = state();
    s.reduce(Action::Options(Options {
        lang: Lang::ZhHans,
        mode: Mode::Staff,
        date: Some(Date::ymd(2014, 1, 10)),
        today: Date::ymd(2018, 5, 1),
    }));
    assert_eq!(s.applicable().unwrap().rule_set.id, "2013-2015");
    s.reduce(Action::Answer(Field::Cost, "5".into()));
    s.reduce(Action::Reset);
    assert_eq!(s.form.get(Field::Cost), "");
    assert_eq!((s.lang, s.mode), (Lang::ZhHans, Mode::Staff));
}

/// Each condition of a question on its own (cargo-mutants once turned
/// the form's own `&&`s into `||`s unnoticed; the engine decides now):
/// an association is asked nothing of a business; the
/// earlier-assessment question needs the on-site stream and a phase
/// with second assessments; its details need a "yes".
#[test]
fn each_condition_of_a_question_counts() {
    let mut s = state();
    s.reduce(Action::Answer(
        Field::Kind,
        ApplicantKind::TradeAssociation.as_str().into(),
    ));
    s.reduce(Action::Answer(
        Field::FactoryRegion,
        Region::Prd.as_str().into(),
    ));
    s.reduce(Action::Answer(
        Field::Route,
        Route::GdResidentMajority.as_str().into(),
    ));
    s.reduce(Action::Answer(
        Field::Stream,
        Stream::OnsiteAssessment.as_str().into(),
    ));
    // Nothing of a business: the on-site stream is refused on the kind
    // (its cost still asked: organisation support is open to them).
    assert_eq!(
        asked(&s),
        [Field::Kind, Field::Stream, Field::Cost],
        "an association"
    );
    s.reduce(Action::Answer(
        Field::Kind,
        ApplicantKind::HkBusiness.as_str().into(),
    ));
    let v = asked(&s);
    for f in [
        Field::Route,
        Field::ResidentShareMainland,
        Field::Sector,
        Field::PreviousAssessment,
    ] {
        assert!(v.contains(&f), "{f:?} in {v:?}");
    }
    assert!(!v.contains(&Field::PreviousAssessmentCompleted));
    s.reduce(Action::Answer(
        Field::Route,
        Route::GdJointVenture.as_str().into(),
    ));
    assert!(
        !asked(&s).contains(&Field::ResidentShareMainland),
        "another route"
    );
    s.reduce(Action::Answer(Field::PreviousAssessment, "0".into()));
    assert!(
        !asked(&s).contains(&Field::PreviousAssessmentCompleted),
        "no earlier assessment"
    );
    s.reduce(Action::Answer(Field::PreviousAssessment, "1".into()));
    assert!(asked(&s).contains(&Field::PreviousAssessmentCompleted));
    s.reduce(Action::Answer(
        Field::Stream,
        Stream::Demonstration.as_str().into(),
    ));
    assert!(
        !asked(&s).contains(&Field::PreviousAssessment)
            && !asked(&s).contains(&Field::PreviousAssessmentCompleted),
        "another stream"
    );
    s.reduce(Action::Answer(
        Field::Stream,
        Stream::OnsiteAssessment.as_str().into(),
    ));
    s.reduce(Action::Answer(Field::Date, "2014-01-10".into()));
    assert!(
        !asked(&s).contains(&Field::PreviousAssessment),
        "2013-2015 has no second assessment"
    );
    // A date that cannot be read: the questions of the last date read
    // (2013-2015's, not today's), so the form does not change under the
    // person while they correct it.
    s.reduce(Action::Answer(Field::Date, "no date".into()));
    assert!(
        !asked(&s).contains(&Field::PreviousAssessment),
        "the last date's questions"
    );
    assert_eq!(s.settle().evaluation, None);
    // (Before, the tie waited for the region; the engine asks it with
    // the region, every tie offered until the region narrows them: a
    // tie of "none of these" refuses whatever the region.)
}

/// A factory elsewhere: the tie is not asked (no tie fits), nor the
/// registration and the industry (the region has decided), and since
/// every stream is refused, neither are the stream and the cost; the
/// answers stay in the form, and come back when the region changes.
#[test]
fn a_factory_elsewhere_is_refused_on_that_answer_alone() {
    let mut s = state();
    for a in [
        Action::Answer(Field::Kind, ApplicantKind::HkBusiness.as_str().into()),
        Action::Answer(Field::FactoryRegion, Region::Prd.as_str().into()),
        Action::Answer(Field::Route, Route::GdWfoe.as_str().into()),
        Action::Answer(Field::Stream, Stream::Demonstration.as_str().into()),
        Action::Answer(Field::Cost, "100000".into()),
        Action::Answer(Field::FactoryRegion, Region::Elsewhere.as_str().into()),
    ] {
        s.reduce(a);
    }
    assert!(routes(&s).is_empty());
    let v = asked(&s);
    assert_eq!(v, [Field::Kind, Field::FactoryRegion], "only what decides");
    for f in [
        Field::Route,
        Field::BrRegistered,
        Field::Sector,
        Field::Stream,
        Field::Cost,
    ] {
        assert!(!v.contains(&f), "{f:?} is not asked: {v:?}");
    }
    let (e, errors) = s.evaluation();
    let e = e.unwrap();
    assert!(errors.is_empty());
    assert_eq!(e.project.verdict, Verdict::Ineligible);
    assert_eq!(e.project.stream, None, "the stream is not asked");
    assert!(e.project.missing.is_empty());
    assert!(
        e.project.reasons.iter().all(|r| r.code() != "route"),
        "no tie listed as met: {:?}",
        e.project.reasons
    );
    assert_eq!(
        (
            s.form.get(Field::Route),
            s.form.get(Field::Stream),
            s.form.get(Field::Cost)
        ),
        (
            Route::GdWfoe.as_str(),
            Stream::Demonstration.as_str(),
            "100000"
        ),
        "kept"
    );
    s.reduce(Action::Answer(
        Field::FactoryRegion,
        Region::GuangdongOther.as_str().into(),
    ));
    assert!(asked(&s).contains(&Field::Stream));
    let e = s.evaluation().0.unwrap();
    assert_eq!(e.project.stream, Some(Stream::Demonstration));
    assert_eq!(e.project.missing, [Field::BrRegistered]);
}

/// "Yes, an earlier assessment" reaches the engine: without its date
/// it is never "you can apply".
#[test]
fn an_earlier_assessment_without_its_date_needs_information() {
    let mut s = state();
    for a in [
        Action::Answer(Field::Kind, ApplicantKind::HkBusiness.as_str().into()),
        Action::Answer(Field::FactoryRegion, Region::HongKong.as_str().into()),
        Action::Answer(Field::Route, Route::HkFactory.as_str().into()),
        Action::Answer(Field::BrRegistered, "1".into()),
        Action::Answer(Field::Stream, Stream::OnsiteAssessment.as_str().into()),
        Action::Answer(Field::Cost, "80000".into()),
    ] {
        s.reduce(a);
    }
    let first = s.evaluation().0.unwrap();
    assert_eq!(first.project.verdict, Verdict::Eligible);
    assert!(first
        .project
        .reasons
        .iter()
        .any(|r| r.code() == "first_assessment" && r.assumption));
    s.reduce(Action::Answer(Field::PreviousAssessment, "1".into()));
    assert_eq!(s.case().0.unwrap().history.previous_assessment, Some(true));
    let e = s.evaluation().0.unwrap();
    assert_eq!(e.project.verdict, Verdict::NeedsInformation);
    assert_eq!(e.project.missing[0], Field::PreviousAssessmentCompleted);
    s.reduce(Action::Answer(Field::PreviousAssessment, "0".into()));
    let e = s.evaluation().0.unwrap();
    assert_eq!(e.project.verdict, Verdict::Eligible);
    assert!(e
        .project
        .reasons
        .iter()
        .any(|r| r.code() == "first_assessment" && !r.assumption));
}

/// The options the page set, once applied, are what the widget says
/// it shows: the loader's "ready" waits for exactly that.
#[test]
fn the_options_shown_are_the_options_set() {
    let mut s = state();
    let o = Options {
        lang: Lang::ZhHans,
        mode: Mode::Staff,
        date: Some(Date::ymd(2014, 1, 10)),
        today: Date::ymd(2018, 5, 1),
    };
    assert_ne!(s.shown(), o.shown());
    assert_eq!(s.shown(), "en public ");
    s.reduce(Action::Options(o));
    assert_eq!(s.shown(), o.shown());
    assert_eq!(o.shown(), "zh-Hans staff 2014-01-10");
    s.reduce(Action::Lang(Lang::En));
    assert_ne!(s.shown(), o.shown(), "the widget's own button");
}

#[test]
fn modes_and_reset() {
    assert_eq!(Mode::parse("public"), Some(Mode::Public));
    assert_eq!(Mode::parse(" Staff "), Some(Mode::Staff));
    assert_eq!(Mode::parse("admin"), None);
    let mut s = state();
    s.reduce(Action::Answer(Field::Date, "2021-09-01".into()));
    s.reduce(Action::Submit);
    s.reduce(Action::Reset);
    assert_eq!(s.form.get(Field::Date), "2018-05-01", "back to today");
    assert!(!s.submitted);
}

/// "Link too long" starts one byte past what the decoder reads.
#[test]
fn the_link_length_boundary() {
    let mut s = state();
    let with_cost = |s: &mut State, ascii: usize| {
        let cost = format!("{}{}", "萬".repeat(7000), "1".repeat(ascii));
        s.reduce(Action::Answer(Field::Cost, cost));
        s.share_fragment(Lang::En)
    };
    let (f, _) = with_cost(&mut s, 0);
    let ascii = super::super::share::MAX_LEN - f.len();
    let (f, too_long) = with_cost(&mut s, ascii);
    assert_eq!(f.len(), super::super::share::MAX_LEN);
    assert!(!too_long);
    let decoded = super::super::share::decode(&f, &Form::default()).unwrap();
    assert!(!decoded.problem);
    assert_eq!(
        decoded.form, s.form,
        "a link of exactly the limit reads back"
    );
    let (f, too_long) = with_cost(&mut s, ascii + 1);
    assert!(too_long);
    assert!(
        super::super::share::decode(&f, &Form::default())
            .unwrap()
            .problem
    );
}

/// What was entered in the pre-rendered form replaces those answers and
/// keeps the others (a share link's answers, say); what cannot be read
/// is left as it was.
#[test]
fn answers_typed_before_the_wasm_are_adopted() {
    let mut s = state();
    s.reduce(Action::Answer(
        Field::Stream,
        Stream::Demonstration.as_str().into(),
    ));
    s.reduce(Action::Answer(Field::Cost, "1".into()));
    s.reduce(Action::Adopt(
        "cpfe1&c=33%E8%90%AC&k=hk_business&d=2021-09-01".into(),
    ));
    assert_eq!(s.form.get(Field::Cost), "33萬");
    assert_eq!(s.form.get(Field::Kind), ApplicantKind::HkBusiness.as_str());
    assert_eq!(s.form.get(Field::Date), "2021-09-01");
    assert_eq!(
        s.form.get(Field::Stream),
        Stream::Demonstration.as_str(),
        "kept"
    );
    let before = s.form.clone();
    s.reduce(Action::Adopt("not a share link".into()));
    s.reduce(Action::Adopt("cpfe1&k=nobody".into()));
    assert_eq!(s.form, before);
}

/// The share link in the page's address, then what was typed into the
/// pre-rendered form (which wins, field by field); a link that cannot be
/// read is said so, and what it did hold is kept.
#[test]
fn a_widget_starts_from_the_link_then_from_what_was_typed() {
    let options = Options {
        lang: Lang::En,
        mode: Mode::Public,
        date: None,
        today: Date::ymd(2018, 5, 1),
    };
    let s = State::start(options, Some("#cpfe1&c=1000&k=trade_association"), None);
    assert_eq!((s.form.get(Field::Cost), s.link_problem), ("1000", false));
    assert_eq!(
        s.form.get(Field::Kind),
        ApplicantKind::TradeAssociation.as_str()
    );
    let s = State::start(
        options,
        Some("#cpfe1&c=1000&k=trade_association"),
        Some("cpfe1&c=2000".into()),
    );
    assert_eq!(s.form.get(Field::Cost), "2000", "the typed answer wins");
    assert_eq!(
        s.form.get(Field::Kind),
        ApplicantKind::TradeAssociation.as_str(),
        "the link's stays"
    );
    let s = State::start(options, Some("#cpfe1&c=1000&zz=1"), None);
    assert!(s.link_problem, "an unknown key is a problem");
    assert_eq!(s.form.get(Field::Cost), "1000");
    let s = State::start(options, None, None);
    assert_eq!(s, State::new(options));
}

//! The widget's state and reducer, pure Rust (no browser): what the person
//! typed, exactly as typed, and what the page asked for. Everything shown is
//! computed from it, so it can be tested natively.

use super::fields::{FormField, FORM_FIELDS};
use crate::date::Date;
use crate::i18n::Lang;
use crate::rules::input::{CaseBuilder, Raw};
use crate::rules::*;

/// The longest answer a text field keeps (the inputs' `maxlength` too):
/// a 10,000-character paste is kept whole.
pub const MAX_TEXT: usize = 10_000;

/// Public page or hotline staff.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Public,
    Staff,
}

impl Mode {
    pub fn parse(s: &str) -> Option<Mode> {
        match s.trim().to_ascii_lowercase().as_str() {
            "public" => Some(Mode::Public),
            "staff" => Some(Mode::Staff),
            _ => None,
        }
    }
}

/// What the host page sets (attributes or `mount` options).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    pub lang: Lang,
    pub mode: Mode,
    /// A pinned application date (the `date` attribute).
    pub date: Option<Date>,
    pub today: Date,
}

impl Options {
    /// What the widget shows of these options, as its `data-shown`
    /// attribute writes it: the loader waits for the drawn widget to carry
    /// it before it says "ready" (or resolves `update`).
    pub fn shown(&self) -> String {
        shown(self.lang, self.mode, self.date)
    }
}

fn shown(lang: Lang, mode: Mode, date: Option<Date>) -> String {
    let mode = if mode == Mode::Staff {
        "staff"
    } else {
        "public"
    };
    let date = date.map(|d| d.to_string()).unwrap_or_default();
    format!("{} {mode} {date}", lang.tag())
}

/// Every answer, as given. Text stays text so nothing typed is lost.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Form {
    pub date: String,
    pub kind: Option<ApplicantKind>,
    pub region: Option<Region>,
    pub route: Option<Route>,
    pub br: Option<bool>,
    pub share_mainland: String,
    pub share_hk: String,
    pub sector: Option<Sector>,
    pub stream: Option<Stream>,
    pub cost: String,
    pub origin: Option<TechnologyOrigin>,
    pub had_previous: Option<bool>,
    pub previous_completed: String,
    pub measure: Option<bool>,
    pub changed: Option<bool>,
    pub recognition: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// An answer to a question, as the share link writes it: the text
    /// typed, a choice's contract name (`hk_business`), `1` or `0`. Set
    /// through the field table; a value the question does not accept
    /// changes nothing.
    Answer(Field, String),
    Lang(Lang),
    SummaryLang(Lang),
    Options(Options),
    /// "Show my estimate": reveal every error and move focus.
    Submit,
    /// Start again (keeps the page's options and the date).
    Reset,
    /// Answers entered in the pre-rendered form before the live widget took
    /// over, in the share link's form: each one read replaces the answer.
    Adopt(String),
}

/// The whole state of one widget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub form: Form,
    pub lang: Lang,
    pub summary_lang: Lang,
    pub mode: Mode,
    pub pinned_date: Option<Date>,
    pub today: Date,
    /// Errors are summarised after the first "Show my estimate".
    pub submitted: bool,
    /// Counts submissions, so the view knows when to move focus.
    pub focus_tick: u32,
    /// The share link in the page's address could not be read in full.
    pub link_problem: bool,
}

/// A form field with an error, for the error summary and inline messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub error: InputError,
}

/// What the answers come to: the questions the engine asks for them (in
/// the form's order, the date aside), the case made of the answers to
/// those questions, its evaluation and every field's error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settled {
    pub questions: Vec<Question>,
    /// `None` while the date cannot be read.
    pub case: Option<Case>,
    /// `None` while the date cannot be read or the case is refused (an
    /// error then says why).
    pub evaluation: Option<Evaluation>,
    pub errors: Vec<FieldError>,
}

impl Settled {
    /// The question about `field`, if it is asked.
    pub fn asks(&self, field: Field) -> Option<&Question> {
        self.questions.iter().find(|q| q.field == field)
    }

    /// The error of a field, if it has one.
    pub fn error(&self, field: Field) -> Option<&InputError> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| &e.error)
    }
}

impl State {
    pub fn new(options: Options) -> State {
        State {
            form: Form {
                date: options.today.to_string(),
                ..Form::default()
            },
            lang: options.lang,
            summary_lang: options.lang,
            mode: options.mode,
            pinned_date: options.date,
            today: options.today,
            submitted: false,
            focus_tick: 0,
            link_problem: false,
        }
    }

    pub fn reduce(&mut self, action: Action) {
        match action {
            Action::Answer(field, text) => {
                // Bounded like the input's `maxlength`, so what is kept is
                // what the field shows.
                let text: String = text.chars().take(MAX_TEXT).collect();
                FormField::of(field).set(&mut self.form, &text);
            }
            Action::Lang(l) => {
                if self.summary_lang == self.lang {
                    self.summary_lang = l;
                }
                self.lang = l;
            }
            Action::SummaryLang(l) => self.summary_lang = l,
            Action::Options(o) => {
                if o.lang != self.lang {
                    self.reduce(Action::Lang(o.lang));
                }
                self.mode = o.mode;
                self.pinned_date = o.date;
                self.today = o.today;
            }
            Action::Submit => {
                self.submitted = true;
                self.focus_tick = self.focus_tick.wrapping_add(1);
            }
            Action::Adopt(typed) => {
                if let Some(d) = super::share::decode(&typed, &self.form) {
                    self.form = d.form;
                }
            }
            Action::Reset => {
                self.form = Form {
                    date: self.today.to_string(),
                    ..Form::default()
                };
                self.submitted = false;
                self.link_problem = false;
            }
        }
    }

    /// What the widget shows of the page's options (see [`Options::shown`]).
    pub fn shown(&self) -> String {
        shown(self.lang, self.mode, self.pinned_date)
    }

    /// The application date in force: pinned by the page, or typed.
    pub fn date(&self) -> Result<Date, InputError> {
        match self.pinned_date {
            Some(d) => Ok(d),
            None => Date::parse(&self.form.date)
                .map_err(|e| InputError::new(Field::Date.path(), InputErrorKind::Date(e))),
        }
    }

    /// The rule set that answers for the date (provisional after the last
    /// known one's last day).
    pub fn applicable(&self) -> Option<Applicable> {
        self.date().ok().and_then(applicable)
    }

    /// The questions, the case, its evaluation and the errors. The engine
    /// says which questions the answers need (`rules::questions`); the
    /// case holds only the answers to those, among their choices, so an
    /// answer to a question no longer asked is kept in the form but not
    /// used. A few rounds settle it: dropping an answer (a tie that no
    /// longer fits the region) can change what is asked. While the date
    /// cannot be read, the questions are today's.
    pub fn settle(&self) -> Settled {
        let date = self.date();
        let date_ok = date.is_ok();
        let ctx = Context {
            today: Some(self.today),
        };
        let mut asked: Option<Vec<Question>> = None;
        let mut round = 0;
        // Each round evaluates once: the questions come from the
        // evaluation (or, for a case the engine refuses, from its own run).
        let (case, questions, result, mut errors) = loop {
            let (case, errors) = self.case_for(*date.as_ref().unwrap_or(&self.today), &asked);
            let result = evaluate(&case, &ctx);
            let questions = match &result {
                Ok(e) => questions_for(&case, e),
                Err(_) => crate::rules::questions(&case),
            };
            round += 1;
            // Settled, or (never seen) still moving after a few rounds.
            if asked.as_ref() == Some(&questions) || round == 6 {
                break (case, questions, result, errors);
            }
            asked = Some(questions);
        };
        let mut evaluation = None;
        match date {
            Err(error) => errors.insert(
                0,
                FieldError {
                    field: Field::Date,
                    error,
                },
            ),
            Ok(_) => match result {
                Ok(e) => evaluation = Some(e),
                // Pinned to the field the engine names.
                Err(error) => errors.push(FieldError {
                    field: Field::from_path(&error.field).unwrap_or(Field::Date),
                    error,
                }),
            },
        }
        Settled {
            questions,
            case: date_ok.then_some(case),
            evaluation,
            errors,
        }
    }

    /// The case of the answers to `asked` (every answer, before the first
    /// round), each read by `CaseBuilder::set` through the field table,
    /// and the errors of those that cannot be read. After "Show my
    /// estimate", a needed text left empty is an error too.
    fn case_for(&self, date: Date, asked: &Option<Vec<Question>>) -> (Case, Vec<FieldError>) {
        let mut b = CaseBuilder::new();
        b.date(date);
        let mut errors = Vec::new();
        for row in &FORM_FIELDS[1..] {
            let q = match asked {
                Some(qs) => match qs.iter().find(|q| q.field == row.field) {
                    Some(q) => Some(q),
                    None => continue,
                },
                None => None,
            };
            let text = row.get(&self.form).unwrap_or_default();
            let blank = text.trim().is_empty();
            if blank && !(self.submitted && q.is_some_and(|q| q.needed) && row.is_text()) {
                continue;
            }
            if let Err(error) = b.set(row.field, Raw::Text(&text)) {
                errors.push(FieldError {
                    field: row.field,
                    error,
                });
            }
        }
        let mut case = b.build().unwrap_or_else(|_| Case::new(date));
        if let Some(qs) = asked {
            // A choice no longer offered is not used (the route a region
            // does not fit); the question shows it unchosen.
            for q in qs {
                let a = &mut case.applicant;
                match &q.choices {
                    Choices::Routes(r) if !a.route.is_some_and(|x| r.contains(&x)) => {
                        a.route = None
                    }
                    _ => {}
                }
            }
        }
        (case, errors)
    }

    /// The case and the errors (see [`State::settle`]).
    pub fn case(&self) -> (Option<Case>, Vec<FieldError>) {
        let s = self.settle();
        (s.case, s.errors)
    }

    /// The evaluation and the errors (see [`State::settle`]).
    pub fn evaluation(&self) -> (Option<Evaluation>, Vec<FieldError>) {
        let s = self.settle();
        (s.evaluation, s.errors)
    }

    /// The cost as read, to echo under the field ("= HK$12,000"), or
    /// nothing while it cannot be read.
    pub fn cost_echo(&self) -> Option<crate::money::Money> {
        crate::money::Cost::parse(&self.form.cost)
            .ok()
            .map(|c| c.amount())
    }

    /// The share link's fragment for the answers as they are, and whether
    /// it is too long to be read back (very long answers): the widget says
    /// so beside the link.
    pub fn share_fragment(&self) -> (String, bool) {
        let f = super::share::encode(&self.form);
        let too_long = f.len() > super::share::MAX_LEN;
        (f, too_long)
    }

    /// Whether `other` has the same answers and date in force, so the same
    /// evaluation: what the view's memo of the evaluation compares.
    pub fn same_answers(&self, other: &State) -> bool {
        self.form == other.form
            && self.pinned_date == other.pinned_date
            && self.today == other.today
            && self.submitted == other.submitted
    }
}

#[cfg(test)]
mod tests {
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
        let (fragment, too_long) = s.share_fragment();
        assert!(fragment.contains("c=lots") && !too_long, "{fragment}");
        s.reduce(Action::Answer(Field::Cost, "萬".repeat(MAX_TEXT)));
        assert!(
            s.share_fragment().1,
            "10,000 CJK characters, percent-encoded"
        );
        s.reduce(Action::Answer(Field::Cost, "0".into()));
        s.reduce(Action::Answer(Field::Date, "2018-02-30".into()));
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
        assert_eq!(s.form.cost, "1,00,000");
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
        assert_eq!(s.form.route, Some(Route::HkFactory));
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
        assert_eq!(s.form.cost, "");
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
        // A date that cannot be read: today's questions (2015-2020's), so
        // the form does not change under the person while they type it.
        s.reduce(Action::Answer(Field::Date, "no date".into()));
        assert!(
            asked(&s).contains(&Field::PreviousAssessment),
            "today's questions"
        );
        assert_eq!(s.settle().evaluation, None);
        // (Before, the tie waited for the region; the engine asks it with
        // the region, every tie offered until the region narrows them: a
        // tie of "none of these" refuses whatever the region.)
    }

    /// A factory elsewhere: the tie is not asked (no tie fits), and since
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
        assert!(
            v.contains(&Field::FactoryRegion) && v.contains(&Field::BrRegistered),
            "{v:?}"
        );
        for f in [Field::Route, Field::Stream, Field::Cost] {
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
            (s.form.route, s.form.stream, s.form.cost.as_str()),
            (Some(Route::GdWfoe), Some(Stream::Demonstration), "100000"),
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
        assert_eq!(s.form.date, "2018-05-01", "back to today");
        assert!(!s.submitted);
    }

    /// "Link too long" starts one byte past what the decoder reads.
    #[test]
    fn the_link_length_boundary() {
        let mut s = state();
        let with_cost = |s: &mut State, ascii: usize| {
            let cost = format!("{}{}", "萬".repeat(7000), "1".repeat(ascii));
            s.reduce(Action::Answer(Field::Cost, cost));
            s.share_fragment()
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
        assert_eq!(s.form.cost, "33萬");
        assert_eq!(s.form.kind, Some(ApplicantKind::HkBusiness));
        assert_eq!(s.form.date, "2021-09-01");
        assert_eq!(s.form.stream, Some(Stream::Demonstration), "kept");
        let before = s.form.clone();
        s.reduce(Action::Adopt("not a share link".into()));
        s.reduce(Action::Adopt("cpfe1&k=nobody".into()));
        assert_eq!(s.form, before);
    }
}

//! The widget's state and reducer, pure Rust (no browser): what the person
//! typed, exactly as typed, and what the page asked for. Everything shown is
//! computed from it, so it can be tested natively.

use crate::date::Date;
use crate::i18n::Lang;
use crate::rules::input::{CaseBuilder, Raw};
use crate::rules::model::RuleSet;
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextField {
    Date,
    Cost,
    ShareMainland,
    ShareHk,
    PreviousCompleted,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum YesNo {
    Br,
    HadPrevious,
    Measure,
    Changed,
    Recognition,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Text(TextField, String),
    YesNo(YesNo, bool),
    Kind(ApplicantKind),
    Region(Region),
    Route(Route),
    Sector(Sector),
    Stream(Stream),
    Origin(TechnologyOrigin),
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

/// Which questions the current answers make relevant.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Visible {
    pub region: bool,
    pub route: bool,
    pub shares: bool,
    pub br: bool,
    pub sector: bool,
    pub origin: bool,
    pub had_previous: bool,
    pub history: bool,
    /// The answers so far refuse every stream: the stream, the cost and
    /// the project's questions are not asked (their answers are kept).
    pub refused: bool,
}

/// A form field with an error, for the error summary and inline messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: TextField,
    pub error: InputError,
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
        let f = &mut self.form;
        match action {
            Action::Text(field, text) => {
                // Bounded like the input's `maxlength`, so what is kept is
                // what the field shows.
                let text: String = text.chars().take(MAX_TEXT).collect();
                match field {
                    TextField::Date => f.date = text,
                    TextField::Cost => f.cost = text,
                    TextField::ShareMainland => f.share_mainland = text,
                    TextField::ShareHk => f.share_hk = text,
                    TextField::PreviousCompleted => f.previous_completed = text,
                }
            }
            Action::YesNo(q, v) => match q {
                YesNo::Br => f.br = Some(v),
                YesNo::HadPrevious => f.had_previous = Some(v),
                YesNo::Measure => f.measure = Some(v),
                YesNo::Changed => f.changed = Some(v),
                YesNo::Recognition => f.recognition = Some(v),
            },
            Action::Kind(k) => f.kind = Some(k),
            Action::Region(r) => f.region = Some(r),
            Action::Route(r) => f.route = Some(r),
            Action::Sector(s) => f.sector = Some(s),
            Action::Stream(s) => f.stream = Some(s),
            Action::Origin(o) => f.origin = Some(o),
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

    pub fn rule_set(&self) -> Option<&'static RuleSet> {
        self.applicable().map(|a| a.rule_set)
    }

    /// Route options that fit the factory's region in the phase (the
    /// engine's `routes_for`): empty when the region alone refuses.
    pub fn routes(&self) -> Vec<Route> {
        match (self.rule_set(), self.form.region) {
            (Some(rs), Some(region)) => routes_for(rs, region),
            _ => Route::ALL.to_vec(),
        }
    }

    pub fn visible(&self) -> Visible {
        let f = &self.form;
        let rs = self.rule_set();
        let business = f.kind == Some(ApplicantKind::HkBusiness);
        let routes = self.routes();
        let route = business && f.region.is_some() && !routes.is_empty();
        let route_value = f.route.filter(|r| routes.contains(r));
        let stream_terms = rs.and_then(|rs| f.stream.and_then(|s| rs.entry(s)));
        let origin = matches!(stream_terms.map(|e| &e.offer), Some(crate::rules::model::Offer::Offered(t)) if t.origin_ceiling.is_some());
        let had_previous = business
            && f.stream == Some(Stream::OnsiteAssessment)
            && rs.is_some_and(|rs| rs.second_assessment.is_some());
        let mut v = Visible {
            region: business,
            route,
            shares: route && route_value == Some(Route::GdResidentMajority),
            br: business,
            sector: business && rs.is_some_and(|rs| rs.priority_sectors.is_some()),
            origin,
            had_previous,
            history: had_previous && f.had_previous == Some(true),
            refused: false,
        };
        if self.refused_everywhere(&v) {
            // Nothing more is asked: the answer says why they cannot apply.
            v = Visible {
                refused: true,
                origin: false,
                had_previous: false,
                history: false,
                ..v
            };
        }
        v
    }

    /// Whether the applicant's visible answers already refuse every stream
    /// of the phase (the engine's answer to the case without a stream).
    fn refused_everywhere(&self, v: &Visible) -> bool {
        let Ok(date) = self.date() else {
            return false;
        };
        let mut b = CaseBuilder::new();
        b.date(date);
        self.applicant_answers(&mut b, v, &mut Vec::new());
        let Ok(case) = b.build() else {
            return false;
        };
        evaluate(&case, &Context::default())
            .is_ok_and(|e| e.project.stream.is_none() && e.project.verdict == Verdict::Ineligible)
    }

    /// Sets the applicant's visible answers on `b`; typed text (the
    /// shareholdings) that cannot be read goes to `errors`.
    fn applicant_answers(&self, b: &mut CaseBuilder, v: &Visible, errors: &mut Vec<FieldError>) {
        let f = &self.form;
        if let Some(k) = f.kind {
            b.kind(k);
        }
        if let Some(r) = f.region.filter(|_| v.region) {
            b.factory_region(r);
        }
        if let Some(r) = f.route.filter(|r| v.route && self.routes().contains(r)) {
            b.route(r);
        }
        if v.shares {
            for (field, text, tf) in [
                (
                    Field::ResidentShareMainland,
                    &f.share_mainland,
                    TextField::ShareMainland,
                ),
                (
                    Field::ResidentShareHkBusiness,
                    &f.share_hk,
                    TextField::ShareHk,
                ),
            ] {
                if !text.trim().is_empty() {
                    if let Err(error) = b.set(field, Raw::Text(text)) {
                        errors.push(FieldError { field: tf, error });
                    }
                }
            }
        }
        if let Some(x) = f.br.filter(|_| v.br) {
            b.br_registered(x);
        }
        if let Some(s) = f.sector.filter(|_| v.sector) {
            b.sector(s);
        }
    }

    /// The case the visible answers make, and every field error. Answers
    /// the form holds typed (choices, yes or no) go through `CaseBuilder`'s
    /// typed setters; typed text (amounts, percentages, dates) is read by
    /// `CaseBuilder::set`, which names the field in its error.
    pub fn case(&self) -> (Option<Case>, Vec<FieldError>) {
        let f = &self.form;
        let v = self.visible();
        let mut errors = Vec::new();
        let mut b = CaseBuilder::new();
        match self.date() {
            Ok(d) => {
                b.date(d);
            }
            Err(e) => errors.push(FieldError {
                field: TextField::Date,
                error: e,
            }),
        }
        self.applicant_answers(&mut b, &v, &mut errors);
        if v.refused {
            let case = b.build().ok();
            return (case, errors);
        }
        // Text the person typed: read it, or say what is wrong with it.
        let mut read =
            |b: &mut CaseBuilder, field: Field, text: &str, tf: TextField, always: bool| {
                if !text.trim().is_empty() || always {
                    if let Err(error) = b.set(field, Raw::Text(text)) {
                        errors.push(FieldError { field: tf, error });
                    }
                }
            };
        if v.refused {
            let case = b.build().ok();
            return (case, errors);
        }
        if let Some(s) = f.stream {
            b.stream(s);
        }
        read(
            &mut b,
            Field::Cost,
            &f.cost,
            TextField::Cost,
            self.submitted,
        );
        if let Some(o) = f.origin.filter(|_| v.origin) {
            b.technology_origin(o);
        }
        if let Some(x) = f.had_previous.filter(|_| v.had_previous) {
            b.previous_assessment(x);
        }
        if v.history {
            let completed = &f.previous_completed;
            read(
                &mut b,
                Field::PreviousAssessmentCompleted,
                completed,
                TextField::PreviousCompleted,
                self.submitted,
            );
            if let Some(x) = f.measure {
                b.recommended_measure_implemented(x);
            }
            if let Some(x) = f.changed {
                b.process_or_material_changed(x);
            }
            if let Some(x) = f.recognition {
                b.pursuing_recognition(x);
            }
        }
        let case = b.build().ok();
        (case, errors)
    }

    /// The answer to the current answers (`None` while the date is unusable).
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

    /// The error of a text field, if it has one.
    pub fn error_for(errors: &[FieldError], field: TextField) -> Option<&InputError> {
        errors.iter().find(|e| e.field == field).map(|e| &e.error)
    }

    /// Whether `other` has the same answers and date in force, so the same
    /// evaluation: what the view's memo of the evaluation compares.
    pub fn same_answers(&self, other: &State) -> bool {
        self.form == other.form
            && self.pinned_date == other.pinned_date
            && self.today == other.today
            && self.submitted == other.submitted
    }

    pub fn evaluation(&self) -> (Option<Evaluation>, Vec<FieldError>) {
        let (case, mut errors) = self.case();
        let Some(case) = case else {
            return (None, errors);
        };
        match evaluate(
            &case,
            &Context {
                today: Some(self.today),
            },
        ) {
            Ok(e) => (Some(e), errors),
            Err(e) => {
                errors.push(FieldError {
                    field: TextField::PreviousCompleted,
                    error: e,
                });
                (None, errors)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        s.reduce(Action::Kind(ApplicantKind::HkBusiness));
        s.reduce(Action::Stream(Stream::Demonstration));
        s.reduce(Action::Text(TextField::Cost, "1000".into()));
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
            (Action::Text(TextField::Cost, "2000".into()), false),
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
        s.reduce(Action::Text(TextField::Cost, "1.2萬".into()));
        assert_eq!(s.cost_echo(), Some("12000".parse().unwrap()));
        s.reduce(Action::Text(TextField::Cost, "lots".into()));
        assert_eq!(s.cost_echo(), None);
        let (fragment, too_long) = s.share_fragment();
        assert!(fragment.contains("c=lots") && !too_long, "{fragment}");
        s.reduce(Action::Text(TextField::Cost, "萬".repeat(MAX_TEXT)));
        assert!(
            s.share_fragment().1,
            "10,000 CJK characters, percent-encoded"
        );
        s.reduce(Action::Text(TextField::Cost, "0".into()));
        s.reduce(Action::Text(TextField::Date, "2018-02-30".into()));
        let (_, errors) = s.evaluation();
        assert_eq!(
            State::error_for(&errors, TextField::Date).map(|e| e.code()),
            Some("date_no_such_day")
        );
        assert_eq!(State::error_for(&errors, TextField::ShareHk), None);
    }

    #[test]
    fn questions_appear_as_they_become_relevant() {
        let mut s = state();
        assert_eq!(s.visible(), Visible::default());
        s.reduce(Action::Kind(ApplicantKind::HkBusiness));
        assert!(s.visible().region && s.visible().br && !s.visible().route);
        // 2015-2020 asks the sector too: priority goes to the target
        // sectors, though an unanswered one is not missing information.
        assert!(s.visible().sector, "2015-2020 has priority sectors");
        s.reduce(Action::Region(Region::HongKong));
        assert_eq!(
            s.routes(),
            [Route::HkFactory, Route::HkWorkshop, Route::None]
        );
        s.reduce(Action::Region(Region::Prd));
        s.reduce(Action::Route(Route::GdResidentMajority));
        assert!(s.visible().shares);
        s.reduce(Action::Text(TextField::Date, "2021-09-01".into()));
        assert!(s.visible().sector);
        s.reduce(Action::Stream(Stream::OnsiteAssessment));
        assert!(s.visible().had_previous && !s.visible().history);
        s.reduce(Action::YesNo(YesNo::HadPrevious, true));
        assert!(s.visible().history);
    }

    #[test]
    fn a_complete_enquiry_gives_the_engines_answer() {
        let mut s = state();
        for a in [
            Action::Kind(ApplicantKind::HkBusiness),
            Action::Region(Region::GuangdongOther),
            Action::Route(Route::GdJointVenture),
            Action::YesNo(YesNo::Br, true),
            Action::Stream(Stream::Demonstration),
            Action::Text(TextField::Cost, "HK$1,000,000".into()),
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
        s.reduce(Action::Text(TextField::Cost, "1,00,000".into()));
        let (_, errors) = s.evaluation();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, TextField::Cost);
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
        s.reduce(Action::Kind(ApplicantKind::HkBusiness));
        s.reduce(Action::Region(Region::HongKong));
        s.reduce(Action::Route(Route::HkFactory));
        s.reduce(Action::Region(Region::Prd));
        let (case, _) = s.case();
        assert_eq!(case.unwrap().applicant.route, None);
        assert_eq!(s.form.route, Some(Route::HkFactory));
        s.reduce(Action::Region(Region::HongKong));
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
        assert_eq!(s.rule_set().unwrap().id, "2013-2015");
        s.reduce(Action::Text(TextField::Cost, "5".into()));
        s.reduce(Action::Reset);
        assert_eq!(s.form.cost, "");
        assert_eq!((s.lang, s.mode), (Lang::ZhHans, Mode::Staff));
    }

    /// Each condition of `visible` on its own (cargo-mutants turned its
    /// `&&`s into `||`s unnoticed): an association is asked nothing of a
    /// business; the earlier-assessment question needs the on-site stream
    /// and a phase with second assessments; its details need a "yes".
    #[test]
    fn each_condition_of_a_question_counts() {
        let mut s = state();
        s.reduce(Action::Kind(ApplicantKind::TradeAssociation));
        s.reduce(Action::Region(Region::Prd));
        s.reduce(Action::Route(Route::GdResidentMajority));
        s.reduce(Action::Stream(Stream::OnsiteAssessment));
        assert_eq!(s.visible(), Visible::default(), "an association");
        s.reduce(Action::Kind(ApplicantKind::HkBusiness));
        let v = s.visible();
        assert!(v.route && v.shares && v.sector && v.had_previous && !v.history);
        s.reduce(Action::Route(Route::GdJointVenture));
        assert!(!s.visible().shares, "another route");
        s.reduce(Action::YesNo(YesNo::HadPrevious, false));
        assert!(!s.visible().history, "no earlier assessment");
        s.reduce(Action::YesNo(YesNo::HadPrevious, true));
        assert!(s.visible().history);
        s.reduce(Action::Stream(Stream::Demonstration));
        assert!(
            !s.visible().had_previous && !s.visible().history,
            "another stream"
        );
        s.reduce(Action::Stream(Stream::OnsiteAssessment));
        s.reduce(Action::Text(TextField::Date, "2014-01-10".into()));
        assert!(
            !s.visible().had_previous,
            "2013-2015 has no second assessment"
        );
        s.reduce(Action::Text(TextField::Date, "no date".into()));
        let v = s.visible();
        assert!(
            v.region && v.br && !v.sector && !v.had_previous,
            "no phase: {v:?}"
        );
        let mut s = state();
        s.reduce(Action::Kind(ApplicantKind::HkBusiness));
        assert!(!s.visible().route, "no region yet");
    }

    /// A factory elsewhere: the tie is not asked (no tie fits), and since
    /// every stream is refused, neither are the stream and the cost; the
    /// answers stay in the form, and come back when the region changes.
    #[test]
    fn a_factory_elsewhere_is_refused_on_that_answer_alone() {
        let mut s = state();
        for a in [
            Action::Kind(ApplicantKind::HkBusiness),
            Action::Region(Region::Prd),
            Action::Route(Route::GdWfoe),
            Action::Stream(Stream::Demonstration),
            Action::Text(TextField::Cost, "100000".into()),
            Action::Region(Region::Elsewhere),
        ] {
            s.reduce(a);
        }
        assert!(s.routes().is_empty());
        let v = s.visible();
        assert!(v.region && v.br && !v.route && v.refused, "{v:?}");
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
        s.reduce(Action::Region(Region::GuangdongOther));
        assert!(!s.visible().refused);
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
            Action::Kind(ApplicantKind::HkBusiness),
            Action::Region(Region::HongKong),
            Action::Route(Route::HkFactory),
            Action::YesNo(YesNo::Br, true),
            Action::Stream(Stream::OnsiteAssessment),
            Action::Text(TextField::Cost, "80000".into()),
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
        s.reduce(Action::YesNo(YesNo::HadPrevious, true));
        assert_eq!(s.case().0.unwrap().history.previous_assessment, Some(true));
        let e = s.evaluation().0.unwrap();
        assert_eq!(e.project.verdict, Verdict::NeedsInformation);
        assert_eq!(e.project.missing[0], Field::PreviousAssessmentCompleted);
        s.reduce(Action::YesNo(YesNo::HadPrevious, false));
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
        s.reduce(Action::Text(TextField::Date, "2021-09-01".into()));
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
            s.reduce(Action::Text(TextField::Cost, cost));
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
        s.reduce(Action::Stream(Stream::Demonstration));
        s.reduce(Action::Text(TextField::Cost, "1".into()));
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

//! The widget's state and reducer, pure Rust (no browser): what the person
//! typed, exactly as typed, and what the page asked for. Everything shown is
//! computed from it, so it can be tested natively.

pub use super::fields::{Form, MAX_TEXT};
use super::fields::{FormField, FORM_FIELDS};
use crate::date::Date;
use crate::i18n::{DateProblem, Lang};
use crate::rules::input::CaseBuilder;
use crate::rules::*;

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

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// An answer to a question, as the share link writes it: the text
    /// typed, a choice's contract name (`hk_business`), `1` or `0`. Set
    /// through the field table; a value the question does not accept
    /// changes nothing.
    Answer(Field, String),
    /// The date picker holds a part of a date, or a day that does not
    /// exist: its value is empty, but the date was not cleared.
    DateUnfinished,
    Lang(Lang),
    SummaryLang(Lang),
    Options(Options),
    /// The person left a field (its error, if any, may now show).
    Leave(Field),
    /// A pointer went down in the widget, and came up (a click).
    Press,
    Release,
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
    /// The fields whose error shows (GOV.UK's timing): one the person left
    /// with text in it, every field after "Show my estimate"; a field
    /// leaves the set once its text is valid, so no error appears while
    /// the person types.
    pub revealed: Fields,
    /// While a pointer is down in the widget, the fields left meanwhile:
    /// their errors show once it is released, so that an error appearing
    /// on leaving a field does not move what the person is clicking.
    pub pressing: Option<Fields>,
    /// Counts submissions, so the view knows when to move focus.
    pub focus_tick: u32,
    /// The share link in the page's address could not be read in full.
    pub link_problem: bool,
    /// The date picker holds something that is not a whole date (a part
    /// left empty, or 30 February): its value is then empty, as for a
    /// field left blank, and only the browser's `badInput` tells them apart.
    pub date_unfinished: bool,
    /// The last date the field could be read as: while it cannot, the
    /// questions stay those of that date (not today's), so that a date
    /// being corrected does not mark the project chosen "not offered".
    pub last_date: Option<Date>,
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
    /// The state a widget starts in: the page's options, then the share
    /// link in the page's fragment (a link that cannot be read is said so,
    /// `link_problem`), then what was typed into the pre-rendered form
    /// (`Action::Adopt`), which wins over the link field by field.
    pub fn start(options: Options, fragment: Option<&str>, typed: Option<String>) -> State {
        let mut s = State::new(options);
        if let Some(d) = fragment.and_then(|f| super::share::decode(f, &s.form)) {
            s.form = d.form;
            s.link_problem = d.problem;
        }
        if let Some(t) = typed {
            s.reduce(Action::Adopt(t));
        }
        // A date from the link is the last date read, as one typed would be.
        s.last_date = Date::parse(s.form.get(Field::Date)).ok();
        s
    }

    pub fn new(options: Options) -> State {
        State {
            form: Form::dated(&options.today.to_string()),
            lang: options.lang,
            summary_lang: options.lang,
            mode: options.mode,
            pinned_date: options.date,
            today: options.today,
            submitted: false,
            revealed: Fields::NONE,
            pressing: None,
            focus_tick: 0,
            link_problem: false,
            date_unfinished: false,
            last_date: Some(options.today),
        }
    }

    pub fn reduce(&mut self, action: Action) {
        match action {
            Action::Answer(field, text) => {
                // Bounded like the input's `maxlength`, so what is kept is
                // what the field shows.
                let text: String = text.chars().take(MAX_TEXT).collect();
                if field == Field::Date {
                    self.date_unfinished = false;
                    if let Ok(d) = Date::parse(&text) {
                        self.last_date = Some(d);
                    }
                }
                let row = FormField::of(field);
                row.set(&mut self.form, &text);
                let blank = text.trim().is_empty();
                if row.is_text()
                    && (blank && !self.submitted
                        || !blank && CaseBuilder::new().set(field, &text).is_ok())
                {
                    self.revealed.remove(field);
                }
            }
            Action::DateUnfinished => {
                self.reduce(Action::Answer(Field::Date, String::new()));
                self.date_unfinished = true;
            }
            Action::Leave(field) => {
                let unfinished = field == Field::Date && self.date_unfinished;
                if !self.form.get(field).trim().is_empty() || unfinished || self.submitted {
                    self.pressing
                        .as_mut()
                        .unwrap_or(&mut self.revealed)
                        .insert(field);
                }
            }
            Action::Press => self.pressing = Some(Fields::NONE),
            Action::Release => {
                if let Some(left) = self.pressing.take() {
                    self.revealed = self.revealed.union(left);
                }
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
                self.revealed = Fields::ALL;
                self.focus_tick = self.focus_tick.wrapping_add(1);
            }
            Action::Adopt(typed) => {
                if let Some(d) = super::share::decode(&typed, &self.form) {
                    self.form = d.form;
                }
            }
            Action::Reset => {
                self.form = Form::dated(&self.today.to_string());
                self.date_unfinished = false;
                self.submitted = false;
                self.revealed = Fields::NONE;
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
            None => Date::parse(self.form.get(Field::Date))
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
            let known = self.last_date.unwrap_or(self.today);
            let (case, errors) = self.case_for(*date.as_ref().unwrap_or(&known), &asked);
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
            if let Err(error) = b.set(row.field, &text) {
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
        crate::money::Cost::parse(self.form.get(Field::Cost))
            .ok()
            .map(|c| c.amount())
    }

    /// Why the date field cannot be read (`None` when it can, or when the
    /// page pinned the date).
    pub fn date_problem(&self) -> Option<DateProblem> {
        match self.pinned_date {
            Some(_) => None,
            None => date_problem(self.form.get(Field::Date), self.date_unfinished),
        }
    }

    /// The application date as read, to echo in words under the field
    /// ("1 April 2020"): a day/month slip near a phase boundary shows.
    pub fn date_echo(&self) -> Option<crate::date::Date> {
        crate::date::Date::parse(self.form.get(Field::Date)).ok()
    }

    /// The share link's fragment for the answers as they are, opening in
    /// language `l`, and whether it is too long to be read back (very long answers): the widget says
    /// so beside the link.
    pub fn share_fragment(&self, l: Lang) -> (String, bool) {
        let f = super::share::encode(&self.form, l);
        let too_long = f.len() > super::share::MAX_LEN;
        (f, too_long)
    }

    /// Whether `other` has the same answers and date in force, so the same
    /// evaluation: what the view's memo of the evaluation compares.
    pub fn same_answers(&self, other: &State) -> bool {
        self.form == other.form
            && self.last_date == other.last_date
            && self.pinned_date == other.pinned_date
            && self.today == other.today
            && self.submitted == other.submitted
    }
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;

/// Why a date field's `text` is not a date (`None` when it is one), as
/// exactly as the text tells: `unfinished` when the browser's date picker
/// holds a part of a date (its value is then empty). A plain text field
/// (WebKitGTK has no picker) gives the text typed: a date written day or
/// month first, a year of more than four digits, a month or a day that
/// does not exist each have their own message.
pub fn date_problem(text: &str, unfinished: bool) -> Option<DateProblem> {
    let t = text.trim();
    if Date::parse(t).is_ok() {
        return None;
    }
    if t.is_empty() {
        return Some(match unfinished {
            true => DateProblem::Unfinished,
            false => DateProblem::Empty,
        });
    }
    // Three runs of digits (each its value, saturated, and its length)
    // between the separators people type: else not a date at all.
    let mut parts = [(0u16, 0usize); 3];
    let mut n = 0;
    let mut digit = false;
    for b in t.bytes() {
        match b {
            b'0'..=b'9' => {
                if !digit {
                    if n == 3 {
                        return Some(DateProblem::Malformed);
                    }
                    n += 1;
                }
                digit = true;
                let p = &mut parts[n - 1];
                *p = (
                    p.0.saturating_mul(10).saturating_add(u16::from(b - b'0')),
                    p.1 + 1,
                );
            }
            b'-' | b'/' | b'.' | b' ' => digit = false,
            _ => return Some(DateProblem::Malformed),
        }
    }
    let [(year, y), (month, _), (day, d)] = parts;
    Some(match (n, y, d) {
        (3.., 5.., _) | (3.., 1..=3, 5..) => DateProblem::Year,
        (3.., 1..=3, 4) => DateProblem::Order,
        (3.., 4, _) if year == 0 => DateProblem::Year,
        (3.., 4, _) => match u8::try_from(month).ok().filter(|m| (1..=12).contains(m)) {
            None => DateProblem::NoSuchMonth { month },
            Some(m) => {
                let days = crate::date::days_in_month(year, m);
                match day == 0 || day > u16::from(days) {
                    true => DateProblem::NoSuchDay {
                        year,
                        month: m,
                        day,
                        days,
                    },
                    // A real day, written otherwise (`2018/5/1`).
                    false => DateProblem::Malformed,
                }
            }
        },
        _ => DateProblem::Malformed,
    })
}

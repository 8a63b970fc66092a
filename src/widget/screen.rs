//! What the widget shows, decided from the state and what its answers come
//! to (`Settled`): the view renders a `Screen` and decides nothing. Pure
//! Rust, tested natively.

use super::fields::{FormField, FORM_FIELDS};
use super::share;
use super::state::{Mode, Settled, State};
use crate::i18n::{self, Lang};
use crate::rules::{Applicable, Evaluation, Field, Fields, InputError, Verdict};
use crate::summary;

/// One render's worth of decisions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Screen<'a> {
    pub lang: Lang,
    pub staff: bool,
    /// The title line ("CP Funding Estimator — hotline tool" for staff).
    pub title: String,
    /// The page pinned the application date: said in a line, not asked.
    pub pinned_date: Option<String>,
    /// "Phase: …", and whether the terms are provisional.
    pub phase: (String, bool),
    /// What the error summary lists, in the form's order, each linking to
    /// its field: once "Show my estimate" was pressed, every error that
    /// shows and every question still needed and unanswered.
    pub error_summary: Vec<Problem<'a>>,
    /// A typed answer that cannot be read (the first, in the form's
    /// order), and whether its error shows: while the answer would ask for
    /// it as missing, the headline points to it instead ("Check your
    /// answer", or "You are typing", before its error shows).
    pub typing: Option<(Field, bool)>,
    shown: Fields,
    submitted: bool,
    settled: &'a Settled,
    /// The link that reproduces the case, and whether it is too long to
    /// share (the view says so).
    pub share_link: String,
    pub link_too_long: bool,
    /// A share link in the page's address could not be read.
    pub link_problem: bool,
    /// What "Copy summary" copies: the answer in the summary's language,
    /// and the link (empty while there is no answer).
    pub summary_text: String,
    pub evaluation: Option<&'a Evaluation>,
    /// Why the date cannot be read, in words (the date's error, when it
    /// shows, and the answer's headline meanwhile).
    pub date_error: Option<String>,
}

/// A line of the error summary: a field's error, or (`None`) a question
/// still unanswered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Problem<'a> {
    pub field: Field,
    pub error: Option<&'a InputError>,
}

impl<'a> Screen<'a> {
    /// A field's error, when it shows beside the field (GOV.UK's timing:
    /// once the person left it, or asked for the estimate; never while
    /// typing).
    pub fn error(&self, field: Field) -> Option<&'a InputError> {
        self.settled
            .error(field)
            .filter(|_| self.shown.contains(field))
    }

    /// A field's error in words: the date's as exactly as the field
    /// tells (`State::date_problem`), any other's from the engine's error.
    pub fn error_text(&self, field: Field, e: &InputError) -> String {
        match (field, &self.date_error) {
            (Field::Date, Some(text)) => text.clone(),
            _ => i18n::input_error_text(e, field, self.lang),
        }
    }

    /// What a screen reader is told once the answers settle (the view
    /// keeps it in its status line's `data-say`; the loader says it there
    /// once it has stood for a second):
    /// the answer in one sentence (`i18n::announcement`); the error of a
    /// typed answer when it shows; what the date waits for. `None` while
    /// an answer is being typed and cannot be read yet: nothing new to say.
    pub fn announcement(&self) -> Option<String> {
        let l = self.lang;
        match (self.typing, self.evaluation, &self.date_error) {
            (Some((f, true)), _, _) => self.error(f).map(|e| self.error_text(f, e)),
            (Some((_, false)), _, _) => None,
            (None, Some(e), _) => Some(i18n::announcement(e, l)),
            (None, None, Some(_)) => Some(i18n::messages::widget_headline_date(l)),
            (None, None, None) => None,
        }
    }

    /// Whether a choice question is still unanswered after "Show my
    /// estimate" while the answer needs it (it says so beside it).
    pub fn unanswered(&self, field: Field) -> bool {
        self.submitted && self.settled.asks(field).is_some_and(|q| q.needed)
    }

    /// `base_url`: the page's address without its fragment; `public_pages`:
    /// the public page's address in each language (`share::public_page`).
    pub fn of(
        s: &State,
        settled: &'a Settled,
        base_url: &str,
        public_pages: Option<&str>,
    ) -> Screen<'a> {
        let l = s.lang;
        let staff = s.mode == Mode::Staff;
        let (fragment, link_too_long) = s.share_fragment(l);
        let share_link = format!("{base_url}#{fragment}");
        let evaluation = settled.evaluation.as_ref();
        // The summary's link: the public page, in the summary's language.
        let sl = s.summary_lang;
        let summary_text = evaluation
            .map(|e| {
                format!(
                    "{}\n{}#{}\n",
                    summary::text(e, sl),
                    share::public_page(public_pages, base_url, sl),
                    s.share_fragment(sl).0
                )
            })
            .unwrap_or_default();
        let mut title = i18n::product_title(l);
        if staff {
            title = format!("{title} — {}", i18n::messages::widget_staff_title(l));
        }
        let phase = match s.applicable() {
            Some(Applicable {
                rule_set: rs,
                provisional,
            }) => (
                format!(
                    "{}{}{}",
                    i18n::messages::ui_phase(l),
                    l.colon(),
                    i18n::phase_line(rs.id, rs.from, rs.to, provisional, l)
                ),
                provisional,
            ),
            // While the date cannot be read, no phase is said: not "no
            // phase takes applications" for a date half typed.
            None if s.date_problem().is_some() => (i18n::messages::widget_phase_unread(l), false),
            None => (i18n::messages::widget_no_phase(l), false),
        };
        let date_error = s.date_problem().map(|p| i18n::date_problem_text(p, l));
        let blank = |f: Field| s.form.get(f).trim().is_empty();
        let shown = s.revealed;
        let error_summary = FORM_FIELDS
            .iter()
            .map(|r| r.field)
            .filter(|_| s.submitted)
            .filter_map(|field| match settled.error(field) {
                Some(e) if shown.contains(field) => Some(Problem {
                    field,
                    error: Some(e),
                }),
                None if blank(field) && settled.asks(field).is_some_and(|q| q.needed) => {
                    Some(Problem { field, error: None })
                }
                _ => None,
            })
            .collect();
        let needs = evaluation.is_some_and(|e| e.project.verdict == Verdict::NeedsInformation);
        let typing = FORM_FIELDS
            .iter()
            .filter(|r| r.is_text() && needs && !blank(r.field))
            .find(|r| settled.error(r.field).is_some())
            .map(|r: &FormField| (r.field, shown.contains(r.field)));
        Screen {
            lang: l,
            staff,
            title,
            pinned_date: s
                .pinned_date
                .map(|d| format!("{} {}", i18n::messages::widget_date_pinned(l), l.date(d))),
            phase,
            error_summary,
            typing,
            shown,
            submitted: s.submitted,
            settled,
            share_link,
            link_too_long,
            link_problem: s.link_problem,
            summary_text,
            evaluation,
            date_error,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::rules::Field;
    use crate::widget::state::{Action, Options};

    fn state(mode: Mode, date: Option<Date>) -> State {
        State::new(Options {
            lang: Lang::En,
            mode,
            date,
            today: Date::ymd(2018, 5, 1),
        })
    }

    /// A Pearl River Delta factory's demonstration, every answer but the cost.
    fn answer_all_but_the_cost(s: &mut State) {
        for (f, v) in [
            (Field::Kind, "hk_business"),
            (Field::FactoryRegion, "prd"),
            (Field::Route, "gd_wfoe"),
            (Field::BrRegistered, "1"),
            (Field::Stream, "demonstration"),
        ] {
            s.reduce(Action::Answer(f, v.into()));
        }
    }

    #[test]
    fn errors_are_summarised_only_after_show_my_estimate() {
        let mut s = state(Mode::Public, None);
        s.reduce(Action::Answer(Field::Cost, "abc".into()));
        let settled = s.settle();
        assert!(!settled.errors.is_empty());
        assert!(Screen::of(&s, &settled, "https://x/", None)
            .error_summary
            .is_empty());
        s.reduce(Action::Submit);
        let settled = s.settle();
        let screen = Screen::of(&s, &settled, "https://x/", None);
        // Every error, and every question needed and unanswered.
        assert_eq!(screen.error_summary.len(), settled.errors.len() + 2);
        let lines: Vec<(Field, bool)> = screen
            .error_summary
            .iter()
            .map(|p| (p.field, p.error.is_some()))
            .collect();
        assert_eq!(
            lines,
            [
                (Field::Kind, false),
                (Field::Stream, false),
                (Field::Cost, true)
            ]
        );
    }

    /// "Choose one answer" beside a question: only once the estimate was
    /// asked for, only for a question the answer needs and not answered.
    /// And a field's error in the summary only while it shows (not while the
    /// field is typed again after "Show my estimate").
    #[test]
    fn unanswered_only_after_submit_and_errors_summarised_only_when_shown() {
        let mut s = state(Mode::Public, None);
        let screen_of = |s: &State, f: &dyn Fn(&Screen) -> bool| {
            let settled = s.settle();
            f(&Screen::of(s, &settled, "https://x/", None))
        };
        assert!(
            !screen_of(&s, &|x| x.unanswered(Field::Kind)),
            "not before submit"
        );
        s.reduce(Action::Submit);
        assert!(
            screen_of(&s, &|x| x.unanswered(Field::Kind)),
            "needed, unanswered"
        );
        assert!(
            !screen_of(&s, &|x| x.unanswered(Field::Route)),
            "not asked yet"
        );
        s.reduce(Action::Answer(Field::Kind, "hk_business".into()));
        assert!(!screen_of(&s, &|x| x.unanswered(Field::Kind)), "answered");
        s.reduce(Action::Answer(Field::Cost, "abc".into()));
        s.reduce(Action::Leave(Field::Cost));
        let listed = |s: &State| {
            let settled = s.settle();
            Screen::of(s, &settled, "https://x/", None)
                .error_summary
                .iter()
                .any(|p| p.field == Field::Cost && p.error.is_some())
        };
        assert!(listed(&s), "the cost's error, shown, is summarised");
        // Read once, then typed wrong again: not shown (nor summarised)
        // until the field is left.
        s.reduce(Action::Answer(Field::Cost, "HK$1,200".into()));
        assert!(!listed(&s));
        s.reduce(Action::Answer(Field::Cost, "HK$1,200x".into()));
        let settled = s.settle();
        let screen = Screen::of(&s, &settled, "https://x/", None);
        assert_eq!(
            listed(&s),
            screen.error(Field::Cost).is_some(),
            "summarised exactly when shown"
        );
        assert!(!listed(&s), "typed again: not summarised while typing");
        s.reduce(Action::Leave(Field::Cost));
        assert!(listed(&s), "left: summarised again");
    }

    /// A field left by a click elsewhere: its error waits for the pointer
    /// to come up, so that it does not move what is being clicked.
    #[test]
    fn an_error_left_by_a_click_shows_once_the_pointer_is_up() {
        let mut s = state(Mode::Public, None);
        s.reduce(Action::Answer(Field::Cost, "HK$1,2".into()));
        s.reduce(Action::Press);
        s.reduce(Action::Leave(Field::Cost));
        let settled = s.settle();
        let shows = |s: &State, settled: &Settled| {
            Screen::of(s, settled, "https://x/", None)
                .error(Field::Cost)
                .is_some()
        };
        assert!(!shows(&s, &settled), "not while the pointer is down");
        s.reduce(Action::Release);
        assert!(shows(&s, &s.settle()), "once it is up");
        assert_eq!(s.pressing, None);
        s.reduce(Action::Release);
        assert!(shows(&s, &s.settle()), "a second release changes nothing");
    }

    /// GOV.UK's timing: no error while typing, one on leaving the field,
    /// gone once the text is valid; meanwhile the headline points to the
    /// field being typed, not to a "missing" cost.
    #[test]
    fn errors_show_when_the_person_leaves_the_field_never_while_typing() {
        let mut s = state(Mode::Public, None);
        answer_all_but_the_cost(&mut s);
        let typed = "HK$1,200,000";
        let mut entering = 0;
        for n in 1..=typed.len() {
            s.reduce(Action::Answer(Field::Cost, typed[..n].into()));
            let settled = s.settle();
            let screen = Screen::of(&s, &settled, "https://x/", None);
            assert_eq!(screen.error(Field::Cost), None, "{}", &typed[..n]);
            let invalid = settled.error(Field::Cost).is_some();
            assert_eq!(screen.typing, invalid.then_some((Field::Cost, false)));
            entering += usize::from(invalid);
        }
        assert!(entering >= 4, "{entering}");
        s.reduce(Action::Answer(Field::Cost, "HK$1,2".into()));
        s.reduce(Action::Leave(Field::Cost));
        let settled = s.settle();
        let screen = Screen::of(&s, &settled, "https://x/", None);
        assert!(screen.error(Field::Cost).is_some(), "shown once left");
        assert_eq!(screen.typing, Some((Field::Cost, true)));
        assert!(
            screen.error_summary.is_empty(),
            "summarised only after submit"
        );
        s.reduce(Action::Answer(Field::Cost, "HK$1,200,000".into()));
        let settled = s.settle();
        let screen = Screen::of(&s, &settled, "https://x/", None);
        assert_eq!((screen.error(Field::Cost), screen.typing), (None, None));
        s.reduce(Action::Answer(Field::Cost, "HK$1,200,00".into()));
        let settled = s.settle();
        assert!(settled.error(Field::Cost).is_some());
        assert_eq!(
            Screen::of(&s, &settled, "https://x/", None).error(Field::Cost),
            None
        );
        // Leaving an empty field shows nothing before "Show my estimate".
        s.reduce(Action::Answer(Field::Cost, String::new()));
        s.reduce(Action::Leave(Field::Cost));
        assert!(!s.revealed.contains(Field::Cost));
        s.reduce(Action::Submit);
        let settled = s.settle();
        let screen = Screen::of(&s, &settled, "https://x/", None);
        assert!(screen.error(Field::Cost).is_some(), "after submit: empty");
        s.reduce(Action::Answer(Field::Cost, "1 200 000".into()));
        let settled = s.settle();
        assert_eq!(settled.error(Field::Cost), None, "spaces between thousands");
        s.reduce(Action::Reset);
        assert_eq!(s.revealed, Fields::NONE);
    }

    /// What a screen reader is told once the answers settle: nothing while
    /// an answer cannot be read yet; its error once it shows; the verdict
    /// with the amount and its share; a refusal with the condition that
    /// decided it; what the date waits for.
    #[test]
    fn the_announcement_is_the_answer_in_one_sentence() {
        let mut s = state(Mode::Public, Some(Date::ymd(2018, 5, 1)));
        let said = |s: &State| {
            let settled = s.settle();
            Screen::of(s, &settled, "https://x/", None).announcement()
        };
        let first = said(&s).expect("an empty form still says what it needs");
        assert_eq!(
            first,
            i18n::answer_headline(s.settle().evaluation.as_ref().unwrap(), Lang::En)
        );
        answer_all_but_the_cost(&mut s);
        s.reduce(Action::Answer(Field::Cost, "HK$1,2".into()));
        assert_eq!(said(&s), None, "typing, unreadable: nothing to say");
        s.reduce(Action::Leave(Field::Cost));
        let e = said(&s).expect("the error, once it shows");
        let settled = s.settle();
        let screen = Screen::of(&s, &settled, "https://x/", None);
        let err = screen.error(Field::Cost).unwrap();
        assert_eq!(e, screen.error_text(Field::Cost, err));
        // 2015-2020's demonstration: half the cost, under its ceiling.
        s.reduce(Action::Answer(Field::Cost, "600000".into()));
        assert_eq!(
            said(&s).as_deref(),
            Some("You can apply: about HK$300,000 of sponsorship, 50% of your cost"),
        );
        // Above the ceiling: the share says how much less than half.
        s.reduce(Action::Answer(Field::Cost, "3000000".into()));
        let capped = said(&s).unwrap();
        assert!(capped.starts_with("You can apply: about HK$"), "{capped}");
        assert!(!capped.ends_with(" 50% of your cost"), "{capped}");
        // A refusal: the condition that decided it, no amount.
        s.reduce(Action::Answer(Field::FactoryRegion, "elsewhere".into()));
        let refused = said(&s).unwrap();
        let settled = s.settle();
        let ev = settled.evaluation.as_ref().unwrap();
        assert_eq!(refused, i18n::answer_headline(ev, Lang::En));
        assert!(refused.starts_with("You cannot apply"), "{refused}");
        assert!(!refused.contains("HK$"), "{refused}");
        // A date that cannot be read (a form whose date is asked): what
        // the date waits for.
        let mut s = state(Mode::Public, None);
        s.reduce(Action::Answer(Field::Date, "2018-02-30".into()));
        assert!(s.settle().evaluation.is_none());
        assert_eq!(
            said(&s),
            Some(i18n::messages::widget_headline_date(Lang::En))
        );
    }

    #[test]
    fn the_phase_the_title_and_the_pinned_date() {
        // After the last known phase (found in the data).
        let last = crate::rules::PROGRAMME.last().unwrap();
        let after = Date::from_unix_days(last.to.unix_days() + 62);
        let s = state(Mode::Staff, Some(after));
        let settled = s.settle();
        let screen = Screen::of(&s, &settled, "https://x/", None);
        assert!(screen.phase.1, "after the last phase: provisional");
        assert!(screen
            .title
            .contains(&i18n::messages::widget_staff_title(Lang::En)));
        assert!(screen.pinned_date.unwrap().contains(&Lang::En.date(after)));
        let s = state(Mode::Public, None);
        let settled = s.settle();
        let screen = Screen::of(&s, &settled, "https://x/", None);
        assert!(!screen.phase.1);
        assert_eq!(screen.title, i18n::product_title(Lang::En));
        assert!(screen.pinned_date.is_none());
    }

    #[test]
    fn the_summary_carries_the_link_that_reproduces_the_case() {
        let mut s = state(Mode::Public, None);
        s.reduce(Action::Answer(Field::Date, "2018-13".into()));
        let settled = s.settle();
        assert!(settled.evaluation.is_none());
        assert!(
            Screen::of(&s, &settled, "https://x/", None)
                .summary_text
                .is_empty(),
            "no answer, nothing to copy"
        );
        s.reduce(Action::Answer(Field::Date, "2018-05-01".into()));
        for (f, v) in [
            (Field::Kind, "trade_association"),
            (Field::Stream, "organisation_support"),
            (Field::Cost, "100000"),
        ] {
            s.reduce(Action::Answer(f, v.into()));
        }
        let settled = s.settle();
        let screen = Screen::of(&s, &settled, "https://x/page", None);
        assert!(screen.share_link.starts_with("https://x/page#cpfe1"));
        assert!(screen
            .summary_text
            .ends_with(&format!("{}\n", screen.share_link)));
        assert!(!screen.link_too_long);
        assert!(screen.share_link.ends_with("&l=en"));
        // Staff: the public page in the summary's language, which the link
        // opens in; the share link stays the staff page's, in its language.
        s.mode = Mode::Staff;
        s.reduce(Action::SummaryLang(Lang::ZhHans));
        let settled = s.settle();
        for (pages, page) in [
            (None, "https://x/staff.html"),
            (
                Some("https://x/ https://x/zh-hant.html https://x/zh-hans.html"),
                "https://x/zh-hans.html",
            ),
        ] {
            let screen = Screen::of(&s, &settled, "https://x/staff.html", pages);
            let (body, link) = screen.summary_text.trim_end().rsplit_once('\n').unwrap();
            assert_eq!(
                link.split_once('#').unwrap(),
                (page, &*s.share_fragment(Lang::ZhHans).0)
            );
            assert!(link.ends_with("&l=zh-Hans"));
            assert!(body.starts_with(&summary::text(
                settled.evaluation.as_ref().unwrap(),
                Lang::ZhHans
            )));
            assert!(
                screen.share_link.starts_with("https://x/staff.html#cpfe1")
                    && screen.share_link.ends_with("&l=en")
            );
        }
    }
}

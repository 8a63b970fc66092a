//! What the widget shows, decided from the state and what its answers come
//! to (`Settled`): the view renders a `Screen` and decides nothing. Pure
//! Rust, tested natively.

use super::state::{FieldError, Mode, Settled, State};
use crate::i18n::{self, Lang};
use crate::rules::{Applicable, Evaluation};
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
    /// The errors the error summary lists (each linking to its field):
    /// once "Show my estimate" was pressed, while any field has an error.
    pub error_summary: &'a [FieldError],
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
}

impl<'a> Screen<'a> {
    pub fn of(s: &State, settled: &'a Settled, base_url: &str) -> Screen<'a> {
        let l = s.lang;
        let staff = s.mode == Mode::Staff;
        let (fragment, link_too_long) = s.share_fragment();
        let share_link = format!("{base_url}#{fragment}");
        let evaluation = settled.evaluation.as_ref();
        let summary_text = evaluation
            .map(|e| format!("{}\n{}\n", summary::text(e, s.summary_lang), share_link))
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
            None => (i18n::messages::widget_no_phase(l), false),
        };
        let error_summary = if s.submitted {
            &settled.errors[..]
        } else {
            &[]
        };
        Screen {
            lang: l,
            staff,
            title,
            pinned_date: s
                .pinned_date
                .map(|d| format!("{} {}", i18n::messages::widget_date_pinned(l), l.date(d))),
            phase,
            error_summary,
            share_link,
            link_too_long,
            link_problem: s.link_problem,
            summary_text,
            evaluation,
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

    #[test]
    fn errors_are_summarised_only_after_show_my_estimate() {
        let mut s = state(Mode::Public, None);
        s.reduce(Action::Answer(Field::Cost, "abc".into()));
        let settled = s.settle();
        assert!(!settled.errors.is_empty());
        assert!(Screen::of(&s, &settled, "https://x/")
            .error_summary
            .is_empty());
        s.reduce(Action::Submit);
        let settled = s.settle();
        let screen = Screen::of(&s, &settled, "https://x/");
        assert_eq!(screen.error_summary.len(), settled.errors.len());
        assert!(screen.error_summary.iter().any(|e| e.field == Field::Cost));
    }

    #[test]
    fn the_phase_the_title_and_the_pinned_date() {
        let s = state(Mode::Staff, Some(Date::ymd(2027, 6, 1)));
        let settled = s.settle();
        let screen = Screen::of(&s, &settled, "https://x/");
        assert!(screen.phase.1, "after the last phase: provisional");
        assert!(screen
            .title
            .contains(&i18n::messages::widget_staff_title(Lang::En)));
        assert!(screen.pinned_date.unwrap().contains("1 June 2027"));
        let s = state(Mode::Public, None);
        let settled = s.settle();
        let screen = Screen::of(&s, &settled, "https://x/");
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
            Screen::of(&s, &settled, "https://x/")
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
        let screen = Screen::of(&s, &settled, "https://x/page");
        assert!(screen.share_link.starts_with("https://x/page#cpfe1"));
        assert!(screen
            .summary_text
            .ends_with(&format!("{}\n", screen.share_link)));
        assert!(!screen.link_too_long);
    }
}

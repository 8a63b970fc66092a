//! Input errors: what is wrong with an answer and how to fix it.

#[allow(unused_imports)]
use super::*;

// ------------------------------------------------------------ errors

pub fn money_error(e: MoneyError, l: Lang) -> String {
    match e {
        MoneyError::Empty => m::money_error_empty(l),
        MoneyError::NotANumber => m::money_error_not_a_number(l),
        MoneyError::NotPositive => m::money_error_not_positive(l),
        MoneyError::TooManyDecimals => m::money_error_too_many_decimals(l),
        MoneyError::TooLarge => m::money_error_too_large(l),
        MoneyError::MisplacedSeparator => m::money_error_misplaced_separator(l),
        MoneyError::MisplacedSpace => m::money_error_misplaced_space(l),
    }
}

/// An input error as the widget shows it, beside its question `field`:
/// the question named by its label in `l`, never by the contract's path.
pub fn input_error_text(e: &InputError, field: Field, l: Lang) -> String {
    input_error_named(e, field_label(field, l), &|f| field_label(f, l), l)
}

/// An input error as `cpfund` and the JSON result give it: the question's
/// label in `l`, then the contract's path for integrators
/// ("Estimated project cost (HK$) (project.cost)"); a path that is no
/// question (the case itself) by its path alone.
pub fn input_error_message(e: &InputError, l: Lang) -> String {
    let (open, close) = l.pick((" (", ")"), ("（", "）"), ("（", "）"));
    let named = |path: &str| match Field::from_path(path) {
        Some(f) => format!("{}{open}{path}{close}", field_label(f, l)),
        None => path.to_string(),
    };
    input_error_named(e, named(&e.field), &|f| named(f.path()), l)
}

/// `f`: the field's words; `name_of`: another field's (a contradiction).
fn input_error_named(
    e: &InputError,
    f: String,
    name_of: &dyn Fn(Field) -> String,
    l: Lang,
) -> String {
    match &e.kind {
        InputErrorKind::Money(m) => money_error(*m, l),
        InputErrorKind::Date(DateError::Malformed) => m::input_error_date_malformed(l, &f),
        InputErrorKind::Date(DateError::NoSuchDay) => m::input_error_date_no_such_day(l, &f),
        InputErrorKind::Required => m::input_error_required(l, &f),
        InputErrorKind::UnknownValue { value, expected } => {
            let ex = expected.join(", ");
            m::input_error_unknown_value(
                l,
                m::InputErrorUnknownValue {
                    field: &f,
                    value: &value,
                    values: &ex,
                },
            )
        }
        InputErrorKind::Percent => m::input_error_percent(l, &f),
        InputErrorKind::PercentTooPrecise { decimals } => m::input_error_percent_too_precise(
            l,
            m::InputErrorPercentTooPrecise {
                field: &f,
                decimals,
            },
        ),
        InputErrorKind::CompletedAfterApplication { date } => {
            let d = l.date(*date);
            m::input_error_completed_after_application(
                l,
                m::InputErrorCompletedAfterApplication {
                    date: &d,
                    field: &f,
                },
            )
        }
        InputErrorKind::Contradicts { other } => {
            let o = name_of(*other);
            m::input_error_contradicts(
                l,
                m::InputErrorContradicts {
                    field: &f,
                    other: &o,
                },
            )
        }
    }
}

/// Why the widget cannot read its date, as exactly as the field lets it
/// tell: a date picker says only that what it holds is not a whole date
/// (a part empty, or 30 February); a plain text field (WebKitGTK's) gives
/// the text typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateProblem {
    /// Nothing entered.
    Empty,
    /// The picker holds a part of a date, or a day that does not exist.
    Unfinished,
    /// Typed day or month first (`01/05/2018`).
    Order,
    /// Typed, and not year-month-day.
    Malformed,
    /// A year of more than four digits.
    Year,
    /// A month that is not 1 to 12.
    NoSuchMonth { month: u16 },
    /// A day the month does not have (`days` it has).
    NoSuchDay {
        year: u16,
        month: u8,
        day: u16,
        days: u8,
    },
}

/// The date's error, in the reader's language and in the form the reader
/// sees: no format code where the picker shows its own.
pub fn date_problem_text(p: DateProblem, l: Lang) -> String {
    match p {
        DateProblem::Empty => m::date_error_empty(l),
        DateProblem::Unfinished => m::date_error_unfinished(l),
        DateProblem::Order => m::date_error_order(l),
        DateProblem::Malformed => m::date_error_malformed(l),
        DateProblem::Year => m::date_error_year(l),
        DateProblem::NoSuchMonth { .. } => m::date_error_no_such_month(l),
        DateProblem::NoSuchDay {
            year,
            month,
            day,
            days,
        } => {
            let date = l.ymd(year, month, day);
            m::date_error_no_such_day(
                l,
                m::DateErrorNoSuchDay {
                    date: &date,
                    days: &days,
                },
            )
        }
    }
}

/// A batch row's error, with its line: "line 5: ...".
#[cfg(feature = "built-in")]
pub fn at_line(line: u64, message: &str, l: Lang) -> String {
    m::at_line(
        l,
        m::AtLine {
            line: &line,
            message: &message,
        },
    )
}

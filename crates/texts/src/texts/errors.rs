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

pub fn input_error_text(e: &InputError, l: Lang) -> String {
    let f = &e.field;
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
            let o = other.path();
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

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
        #[cfg(feature = "json")]
        InputErrorKind::WrongType { expected } => match expected {
            Expected::CaseObject => m::input_error_expected_case_object(l, &f),
            Expected::Object => m::input_error_expected_object(l, &f),
            Expected::SingleValue => m::input_error_expected_single_value(l, &f),
            Expected::Text => m::input_error_expected_text(l, &f),
            Expected::TrueOrFalse => m::input_error_expected_true_or_false(l, &f),
            Expected::Date => m::input_error_expected_date(l, &f),
            Expected::Amount => m::input_error_expected_amount(l, &f),
        },
        InputErrorKind::Percent => m::input_error_percent(l, &f),
        InputErrorKind::PercentTooPrecise { decimals } => m::input_error_percent_too_precise(
            l,
            m::InputErrorPercentTooPrecise {
                field: &f,
                decimals,
            },
        ),
        #[cfg(feature = "json")]
        InputErrorKind::UnknownField { suggestion } => match suggestion {
            Some(s) => m::input_error_unknown_field_suggestion(
                l,
                m::InputErrorUnknownFieldSuggestion {
                    field: &f,
                    suggestion: &s,
                },
            ),
            None => m::input_error_unknown_field(l, &f),
        },
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
        #[cfg(feature = "json")]
        InputErrorKind::Syntax {
            line,
            column,
            problem,
        } => match problem {
            SyntaxProblem::JsonEnds => m::input_error_json_ends(
                l,
                m::InputErrorJsonEnds {
                    column: &column,
                    line: &line,
                },
            ),
            SyntaxProblem::JsonMalformed => m::input_error_json_malformed(
                l,
                m::InputErrorJsonMalformed {
                    column: &column,
                    line: &line,
                },
            ),
            SyntaxProblem::JsonUnexpected => m::input_error_json_unexpected(
                l,
                m::InputErrorJsonUnexpected {
                    column: &column,
                    line: &line,
                },
            ),
            SyntaxProblem::FieldCount { expected, found } => m::input_error_csv_field_count(
                l,
                m::InputErrorCsvFieldCount {
                    expected: &expected,
                    found: &found,
                },
            ),
            SyntaxProblem::CsvRow => m::input_error_csv_row(l),
            SyntaxProblem::NotUtf8 => m::input_error_csv_not_utf8(l),
        },
    }
}

/// A batch row's error, with its line: "line 5: ...".
pub fn at_line(line: u64, message: &str, l: Lang) -> String {
    m::at_line(
        l,
        m::AtLine {
            line: &line,
            message: &message,
        },
    )
}

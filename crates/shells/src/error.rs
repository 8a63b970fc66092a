//! The errors of reading a case from JSON or CSV: the engine's own input
//! errors, and the three only these formats can have. Each renders through
//! the texts crate's generated message functions (the sentences stay in
//! the catalogues).

use cp_engine::rules::{InputError, InputErrorKind};
use cp_texts::{messages as m, Lang};

/// Why a JSON text or a CSV row is not a case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// An answer the engine refuses (a value that does not fit its field, a
    /// missing date, two answers that contradict each other).
    Input(InputError),
    /// A JSON value of the wrong type at `field`.
    WrongType { field: String, expected: Expected },
    /// A field name the contract does not know (a JSON key, a CSV header).
    UnknownField {
        field: String,
        suggestion: Option<&'static str>,
    },
    /// The input is not JSON, or a CSV row is not a row of the header's
    /// columns.
    Syntax {
        line: usize,
        column: usize,
        problem: SyntaxProblem,
    },
}

/// What a JSON value should have been (rendered in every language).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// A case object with date, applicant and project.
    CaseObject,
    /// An object (`applicant`, `project`, `history`).
    Object,
    /// One value, not a list or an object.
    SingleValue,
    /// A text value (an enumeration's name).
    Text,
    /// `true` or `false`.
    TrueOrFalse,
    /// A date written YYYY-MM-DD.
    Date,
    /// An amount such as "250000.00".
    Amount,
}

/// Why the input could not be read as cases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxProblem {
    /// The JSON text ends before the value does.
    JsonEnds,
    /// The JSON text is malformed at the position given.
    JsonMalformed,
    /// The JSON is well formed but holds something else than expected.
    JsonUnexpected,
    /// A CSV row has a different number of fields than the header.
    FieldCount { expected: usize, found: usize },
    /// A CSV row the reader cannot split (a stray quote, say).
    CsvRow,
    /// A CSV row that is not UTF-8 text.
    NotUtf8,
}

impl From<InputError> for ReadError {
    fn from(e: InputError) -> ReadError {
        ReadError::Input(e)
    }
}

impl ReadError {
    /// An error of the engine's kinds at a field (the header, say).
    pub fn input(field: impl Into<String>, kind: InputErrorKind) -> ReadError {
        ReadError::Input(InputError::new(field, kind))
    }

    /// The contract's dotted field name at fault (empty for none).
    pub fn field(&self) -> &str {
        match self {
            ReadError::Input(e) => &e.field,
            ReadError::WrongType { field, .. } | ReadError::UnknownField { field, .. } => field,
            ReadError::Syntax { .. } => "",
        }
    }

    /// The contract's error code.
    pub fn code(&self) -> &'static str {
        match self {
            ReadError::Input(e) => e.code(),
            ReadError::WrongType { .. } => "wrong_type",
            ReadError::UnknownField { .. } => "unknown_field",
            ReadError::Syntax { .. } => "syntax",
        }
    }

    /// What is wrong and how to fix it, in the reader's language.
    pub fn text(&self, l: Lang) -> String {
        match self {
            ReadError::Input(e) => cp_texts::input_error_message(e, l),
            ReadError::WrongType { field: f, expected } => match expected {
                Expected::CaseObject => m::input_error_expected_case_object(l, f),
                Expected::Object => m::input_error_expected_object(l, f),
                Expected::SingleValue => m::input_error_expected_single_value(l, f),
                Expected::Text => m::input_error_expected_text(l, f),
                Expected::TrueOrFalse => m::input_error_expected_true_or_false(l, f),
                Expected::Date => m::input_error_expected_date(l, f),
                Expected::Amount => m::input_error_expected_amount(l, f),
            },
            ReadError::UnknownField {
                field,
                suggestion: Some(s),
            } => m::input_error_unknown_field_suggestion(
                l,
                m::InputErrorUnknownFieldSuggestion {
                    field,
                    suggestion: s,
                },
            ),
            ReadError::UnknownField {
                field,
                suggestion: None,
            } => m::input_error_unknown_field(l, field),
            ReadError::Syntax {
                line,
                column,
                problem,
            } => match problem {
                SyntaxProblem::JsonEnds => {
                    m::input_error_json_ends(l, m::InputErrorJsonEnds { column, line })
                }
                SyntaxProblem::JsonMalformed => {
                    m::input_error_json_malformed(l, m::InputErrorJsonMalformed { column, line })
                }
                SyntaxProblem::JsonUnexpected => {
                    m::input_error_json_unexpected(l, m::InputErrorJsonUnexpected { column, line })
                }
                SyntaxProblem::FieldCount { expected, found } => m::input_error_csv_field_count(
                    l,
                    m::InputErrorCsvFieldCount { expected, found },
                ),
                SyntaxProblem::CsvRow => m::input_error_csv_row(l),
                SyntaxProblem::NotUtf8 => m::input_error_csv_not_utf8(l),
            },
        }
    }
}

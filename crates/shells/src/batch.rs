//! `cpfund batch`: one case a CSV row in, one result row out, streaming.
//!
//! The header names the columns: the contract's dotted field names
//! (`project.cost`) or their last part (`cost`), plus an optional `id`
//! that is copied to the output. Empty cells are unanswered questions.

use crate::{ReadError, SyntaxProblem};
use cp_engine::money::to_contract_string;
use cp_engine::rules::*;
use cp_texts::Lang;
use serde::Serialize;
use std::io::{Read, Write};

/// The output columns (`provisional` last, so the earlier columns keep
/// their places).
pub const OUTPUT_HEADER: [&str; 13] = [
    "line",
    "id",
    "rule_set",
    "stream",
    "verdict",
    "sponsorship",
    "applicant_pays",
    "ceiling_applied",
    "missing",
    "error_code",
    "error_field",
    "error_message",
    "provisional",
];

/// What a column of the input holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Id,
    Field(Field),
    /// A column the product does not know: refused at the header.
    Unknown,
}

/// Reads the header row into columns; an unknown column name is an error
/// (so a typo cannot silently drop an answer).
pub fn columns(header: &[&str]) -> Result<Vec<Column>, ReadError> {
    header
        .iter()
        .map(|h| {
            let h = h.trim().trim_start_matches('\u{feff}');
            if h.eq_ignore_ascii_case("id") {
                return Ok(Column::Id);
            }
            Field::from_path(h)
                .or_else(|| Field::ALL.iter().copied().find(|f| f.name() == h))
                .or_else(|| label_column(h))
                .map(Column::Field)
                .ok_or_else(|| ReadError::UnknownField {
                    field: h.chars().take(80).collect::<String>(),
                    suggestion: input::suggest_field(h),
                })
        })
        .collect()
}

/// A column headed by a question's label as the form shows it, in any of
/// the three languages (`申請日期`, `估計項目費用（港元）`, `Application
/// date`): an officer's sheet with its header in Chinese (issue 34).
fn label_column(h: &str) -> Option<Field> {
    if h.is_empty() {
        return None;
    }
    Field::ALL.iter().copied().find(|&f| {
        Lang::ALL
            .iter()
            .any(|&l| cp_texts::field_label(f, l).eq_ignore_ascii_case(h))
    })
}

/// One output row; its fields, in order, are the columns of
/// [`OUTPUT_HEADER`] (a test checks), written through csv's serde support.
/// An empty text or `None` is an empty cell.
#[derive(Debug, Default, Serialize)]
pub struct Row {
    pub line: u64,
    pub id: String,
    pub rule_set: &'static str,
    pub stream: &'static str,
    pub verdict: &'static str,
    pub sponsorship: Option<String>,
    pub applicant_pays: Option<String>,
    pub ceiling_applied: Option<bool>,
    pub missing: String,
    pub error_code: &'static str,
    pub error_field: String,
    pub error_message: String,
    pub provisional: Option<bool>,
}

/// One row's outcome, ready to write.
pub struct RowOutcome {
    pub row: Row,
    pub input_error: bool,
}

/// Evaluates one row. `line` is the row's line number in the file.
pub fn row(line: u64, columns: &[Column], cells: &[&str], ctx: &Context, lang: Lang) -> RowOutcome {
    // The id, where there is one, even on a row too short or too long.
    let id = columns
        .iter()
        .position(|c| *c == Column::Id)
        .and_then(|i| cells.get(i))
        .map_or_else(String::new, |s| s.to_string());
    let result = (|| {
        if cells.len() != columns.len() {
            return Err(syntax_error(
                line,
                SyntaxProblem::FieldCount {
                    expected: columns.len(),
                    found: cells.len(),
                },
            ));
        }
        let mut b = CaseBuilder::new();
        for (col, cell) in columns.iter().zip(cells) {
            match col {
                Column::Field(f) if !cell.trim().is_empty() => b.set(*f, cell)?,
                _ => {}
            }
        }
        Ok(evaluate_project(&b.build()?, ctx)?)
    })();
    match result {
        Ok((applicable, p)) => RowOutcome {
            row: Row {
                line,
                id,
                rule_set: applicable.map_or("", |a| a.rule_set.id),
                stream: p.stream.map_or("", Stream::as_str),
                verdict: p.verdict.as_str(),
                sponsorship: p.sponsorship().map(to_contract_string),
                applicant_pays: p.applicant_pays().map(to_contract_string),
                ceiling_applied: p.ceiling_applied(),
                missing: p
                    .missing
                    .iter()
                    .map(|f| f.path())
                    .collect::<Vec<_>>()
                    .join(" "),
                provisional: Some(applicable.is_some_and(|a| a.provisional)),
                ..Row::default()
            },
            input_error: false,
        },
        Err(err) => error_row(line, id, &err, lang),
    }
}

/// The output row of a row that is not a case: its line, its id if known,
/// and the error with its line number.
fn error_row(line: u64, id: String, err: &ReadError, lang: Lang) -> RowOutcome {
    RowOutcome {
        row: Row {
            line,
            id,
            error_code: err.code(),
            error_field: err.field().to_string(),
            error_message: cp_texts::at_line(line, &err.text(lang), lang),
            ..Row::default()
        },
        input_error: true,
    }
}

fn syntax_error(line: u64, problem: SyntaxProblem) -> ReadError {
    ReadError::Syntax {
        line: line as usize,
        column: 1,
        problem,
    }
}

/// Totals of a batch run.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub rows: u64,
    pub input_errors: u64,
}

/// Runs a whole CSV stream: constant memory, one output row per input row,
/// in order. Fails only on an I/O error or an unusable header.
pub fn run<R: Read, W: Write>(
    input: R,
    output: W,
    ctx: &Context,
    lang: Lang,
) -> Result<Totals, BatchError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(input);
    // The header is written once, below, even before any row.
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(output);
    let mut record = csv::ByteRecord::new();
    if !reader
        .read_byte_record(&mut record)
        .map_err(BatchError::Csv)?
    {
        return Err(BatchError::Header(ReadError::input(
            "header",
            InputErrorKind::Required,
        )));
    }
    let header: Vec<String> = record
        .iter()
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect();
    let header_refs: Vec<&str> = header.iter().map(String::as_str).collect();
    let cols = columns(&header_refs).map_err(BatchError::Header)?;
    writer
        .write_record(OUTPUT_HEADER)
        .map_err(BatchError::Csv)?;
    let mut totals = Totals::default();
    loop {
        let line = reader.position().line();
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                // A record the CSV reader cannot split: report it in place
                // and go on with the next one.
                if e.is_io_error() {
                    return Err(BatchError::Csv(e));
                }
                totals.rows += 1;
                totals.input_errors += 1;
                let err = syntax_error(line, SyntaxProblem::CsvRow);
                let outcome = error_row(line, String::new(), &err, lang);
                writer.serialize(&outcome.row).map_err(BatchError::Csv)?;
                continue;
            }
        }
        totals.rows += 1;
        let line = record.position().map_or(line, |p| p.line());
        let outcome = match std::str::from_utf8(record.as_slice()) {
            Ok(_) => {
                // Checked above: the whole record is UTF-8, so each field is.
                let cells: Vec<&str> = record
                    .iter()
                    .map(|c| std::str::from_utf8(c).unwrap_or(""))
                    .collect();
                row(line, &cols, &cells, ctx, lang)
            }
            Err(_) => error_row(
                line,
                String::new(),
                &syntax_error(line, SyntaxProblem::NotUtf8),
                lang,
            ),
        };
        totals.input_errors += u64::from(outcome.input_error);
        writer.serialize(&outcome.row).map_err(BatchError::Csv)?;
    }
    writer.flush().map_err(|e| BatchError::Csv(e.into()))?;
    Ok(totals)
}

/// A batch that could not run at all.
#[derive(Debug)]
pub enum BatchError {
    Csv(csv::Error),
    Header(ReadError),
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The header written before any row names the fields `Row` writes, in
    /// its order: serde's own header for a row equals `OUTPUT_HEADER`.
    #[test]
    fn the_header_is_the_rows_fields() {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.serialize(Row::default()).unwrap();
        let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
        let header = text.lines().next().unwrap();
        assert_eq!(header, OUTPUT_HEADER.join(","));
    }
}

//! The form's fields, declared once. Each row names the contract's field
//! (whose dotted path is the JSON key and the CSV column, and whose question
//! the texts give: `i18n::field_question`, and whose kind of answer and
//! choices the contract gives: `Field::answer`, `Field::values`) and the
//! share link's key. The form's questions
//! (`view::form::question`), the share link and the case (`State::settle`,
//! through `CaseBuilder::set`) are made from this table, and the tests map
//! a contract case onto the form through it. The form's storage (`Form`)
//! lives here too, so the table depends on nothing above it: `share` and
//! `state` sit on it, with no loop between the three.

use crate::rules::*;

/// The longest answer a text field keeps (the inputs' `maxlength` too):
/// a 10,000-character paste is kept whole.
pub const MAX_TEXT: usize = 10_000;

/// Every answer, as given, as the share link writes it: typed text
/// exactly as typed (so nothing typed is lost), `1`/`0` for yes or no, a
/// choice's contract name. One slot per contract field: a new field needs
/// no member here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form([String; Field::ALL.len()]);

/// Every slot empty, filled in a loop (the derived `Default` writes one
/// `String::new()` per slot: 0.5 KB of wasm).
impl Default for Form {
    fn default() -> Form {
        Form(std::array::from_fn(|_| String::new()))
    }
}

impl Form {
    /// A form with only the date answered.
    pub fn dated(date: &str) -> Form {
        let mut form = Form::default();
        form.put(Field::Date, date);
        form
    }

    /// The answer to `field` (empty when unanswered).
    pub fn get(&self, field: Field) -> &str {
        &self.0[field as usize]
    }

    fn put(&mut self, field: Field, value: &str) {
        self.0[field as usize] = value.to_string();
    }
}

/// One question of the form: a contract field and its share-link key. The
/// kind of answer comes from the contract ([`Field::answer`]), the choices
/// from the engine ([`Field::values`], `Question::values`).
#[derive(Clone, Copy)]
pub struct FormField {
    /// The contract's field.
    pub field: Field,
    /// The share link's key (short: links are read out and pasted).
    pub key: &'static str,
}

const fn row(field: Field, key: &'static str) -> FormField {
    FormField { field, key }
}

/// Every question, in the form's order (also the share link's order).
pub const FORM_FIELDS: [FormField; Field::ALL.len()] = [
    row(Field::Date, "d"),
    row(Field::Kind, "k"),
    row(Field::FactoryRegion, "g"),
    row(Field::Route, "r"),
    row(Field::BrRegistered, "b"),
    row(Field::ResidentShareMainland, "sm"),
    row(Field::ResidentShareHkBusiness, "sh"),
    row(Field::Sector, "s"),
    row(Field::Stream, "p"),
    row(Field::TechnologyOrigin, "o"),
    row(Field::Cost, "c"),
    row(Field::PreviousAssessment, "h"),
    row(Field::PreviousAssessmentCompleted, "hc"),
    row(Field::RecommendedMeasureImplemented, "hm"),
    row(Field::ProcessOrMaterialChanged, "hg"),
    row(Field::PursuingRecognition, "hr"),
];

impl FormField {
    /// The answer as the share link writes it (`None` when unanswered).
    pub fn get(&self, form: &Form) -> Option<String> {
        Some(form.get(self.field).to_string()).filter(|t| !t.is_empty())
    }

    /// Sets the answer from the share link's text; `false` if it is not
    /// one this question accepts (the form is then unchanged): a yes or
    /// no is `1` or `0`, a choice one of the field's contract names.
    pub fn set(&self, form: &mut Form, value: &str) -> bool {
        let fits = match self.field.answer() {
            Answer::YesNo => matches!(value, "1" | "0"),
            Answer::Choice => self.field.values().contains(&value),
            _ => true,
        };
        if fits {
            form.put(self.field, value);
        }
        fits
    }

    /// Whether the answer is typed text (a date, an amount, a percentage).
    pub fn is_text(&self) -> bool {
        !matches!(self.field.answer(), Answer::YesNo | Answer::Choice)
    }

    /// A text field's `inputmode`: `decimal` for amounts and percentages,
    /// so phones show the number keys.
    pub fn inputmode(&self) -> Option<&'static str> {
        matches!(self.field.answer(), Answer::Percent | Answer::Amount).then_some("decimal")
    }

    /// The row for a share link's key.
    pub fn by_key(key: &str) -> Option<&'static FormField> {
        FORM_FIELDS.iter().find(|f| f.key == key)
    }

    /// The row of a contract field.
    pub fn of(field: Field) -> &'static FormField {
        FORM_FIELDS
            .iter()
            .find(|f| f.field == field)
            .unwrap_or(&FORM_FIELDS[0])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every contract field has exactly one row, and keys are unique.
    #[test]
    fn one_row_per_field_and_key() {
        for field in Field::ALL {
            let rows = FORM_FIELDS.iter().filter(|f| f.field == field).count();
            assert_eq!(rows, 1, "{field:?}");
        }
        for (i, a) in FORM_FIELDS.iter().enumerate() {
            for b in &FORM_FIELDS[i + 1..] {
                assert_ne!(a.key, b.key);
            }
        }
        assert_eq!(FORM_FIELDS.len(), Field::ALL.len());
        // The form's order is the engine's (the order it asks questions in).
        let order: Vec<Field> = FORM_FIELDS.iter().map(|r| r.field).collect();
        assert_eq!(order, crate::rules::ORDER);
    }

    /// Each row reads back what it writes, and refuses what it cannot hold.
    #[test]
    fn rows_round_trip() {
        let mut form = Form::default();
        let samples = |row: &FormField| -> (&'static str, &'static str) {
            match row.field.answer() {
                Answer::YesNo => ("1", "yes"),
                Answer::Choice => match row.field {
                    Field::Kind => ("hk_business", "HK"),
                    Field::FactoryRegion => ("prd", "x"),
                    Field::Route => ("gd_joint_venture", "x"),
                    Field::Sector => ("textiles", "x"),
                    Field::Stream => ("demonstration", " demonstration"),
                    _ => ("hong_kong", "x"),
                },
                _ => ("HK$1,000 萬", ""),
            }
        };
        for row in &FORM_FIELDS {
            let (good, bad) = samples(row);
            assert_eq!(row.get(&form), None, "{}", row.key);
            assert!(row.set(&mut form, good), "{}", row.key);
            assert_eq!(row.get(&form).as_deref(), Some(good), "{}", row.key);
            if !bad.is_empty() {
                assert!(!row.set(&mut form, bad), "{}", row.key);
                assert_eq!(row.get(&form).as_deref(), Some(good), "{}: kept", row.key);
            }
        }
        assert!(FormField::by_key("zz").is_none());
        assert_eq!(FormField::of(Field::Cost).key, "c");
        assert_eq!(FormField::of(Field::PreviousAssessment).key, "h");
        // Only amounts and percentages ask phones for the number keys.
        let decimal: Vec<&str> = FORM_FIELDS
            .iter()
            .filter(|r| r.inputmode() == Some("decimal"))
            .map(|r| r.key)
            .collect();
        assert_eq!(decimal, ["sm", "sh", "c"]);
        let text: Vec<&str> = FORM_FIELDS
            .iter()
            .filter(|r| r.is_text())
            .map(|r| r.key)
            .collect();
        assert_eq!(text, ["d", "sm", "sh", "c", "hc"]);
    }
}

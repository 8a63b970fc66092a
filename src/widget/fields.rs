//! The form's fields, declared once. Each row names the contract's field
//! (whose dotted path is the JSON key and the CSV column, and whose question
//! the texts give: `i18n::field_question`), the share link's key, and the
//! kind of answer with where the form keeps it. The form's questions
//! (`view::form::question`), the share link and the case (`State::settle`,
//! through `CaseBuilder::set`) are made from this table, and the tests map
//! a contract case onto the form through it. The form's storage (`Form`)
//! lives here too, so the table depends on nothing above it: `share` and
//! `state` sit on it, with no loop between the three.

use crate::rules::*;

/// The longest answer a text field keeps (the inputs' `maxlength` too):
/// a 10,000-character paste is kept whole.
pub const MAX_TEXT: usize = 10_000;

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

/// The kind of answer and where the form keeps it.
#[derive(Clone, Copy)]
pub enum Slot {
    /// Typed text, kept exactly as typed (a date, an amount, a percentage).
    Text(fn(&Form) -> &String, fn(&mut Form) -> &mut String),
    /// Yes or no (`1`/`0` in a share link, `true`/`false` in the contract).
    YesNo(
        fn(&Form) -> Option<bool>,
        fn(&mut Form) -> &mut Option<bool>,
    ),
    /// One of the contract's names for a choice (`hk_business`, `prd`, …).
    Choice(
        fn(&Form) -> Option<&'static str>,
        fn(&mut Form, &str) -> bool,
    ),
}

/// One question of the form.
#[derive(Clone, Copy)]
pub struct FormField {
    /// The contract's field.
    pub field: Field,
    /// The share link's key (short: links are read out and pasted).
    pub key: &'static str,
    pub slot: Slot,
    /// A text field's `inputmode` (`decimal` for amounts and percentages,
    /// so phones show the number keys).
    pub inputmode: Option<&'static str>,
}

macro_rules! text {
    ($f:ident) => {
        Slot::Text(|f| &f.$f, |f| &mut f.$f)
    };
}
macro_rules! yes_no {
    ($f:ident) => {
        Slot::YesNo(|f| f.$f, |f| &mut f.$f)
    };
}
macro_rules! choice {
    ($f:ident, $t:ty) => {
        Slot::Choice(
            |f| f.$f.map(<$t>::as_str),
            |f, v| {
                let parsed = <$t>::parse(v);
                if parsed.is_some() {
                    f.$f = parsed;
                }
                parsed.is_some()
            },
        )
    };
}

const fn row(field: Field, key: &'static str, slot: Slot) -> FormField {
    FormField {
        field,
        key,
        slot,
        inputmode: None,
    }
}

/// A text row whose answer is a number.
const fn decimal(r: FormField) -> FormField {
    FormField {
        inputmode: Some("decimal"),
        ..r
    }
}

/// Every question, in the form's order (also the share link's order).
pub const FORM_FIELDS: [FormField; 16] = [
    row(Field::Date, "d", text!(date)),
    row(Field::Kind, "k", choice!(kind, ApplicantKind)),
    row(Field::FactoryRegion, "g", choice!(region, Region)),
    row(Field::Route, "r", choice!(route, Route)),
    row(Field::BrRegistered, "b", yes_no!(br)),
    decimal(row(
        Field::ResidentShareMainland,
        "sm",
        text!(share_mainland),
    )),
    decimal(row(Field::ResidentShareHkBusiness, "sh", text!(share_hk))),
    row(Field::Sector, "s", choice!(sector, Sector)),
    row(Field::Stream, "p", choice!(stream, Stream)),
    decimal(row(Field::Cost, "c", text!(cost))),
    row(
        Field::TechnologyOrigin,
        "o",
        choice!(origin, TechnologyOrigin),
    ),
    row(Field::PreviousAssessment, "h", yes_no!(had_previous)),
    row(
        Field::PreviousAssessmentCompleted,
        "hc",
        text!(previous_completed),
    ),
    row(Field::RecommendedMeasureImplemented, "hm", yes_no!(measure)),
    row(Field::ProcessOrMaterialChanged, "hg", yes_no!(changed)),
    row(Field::PursuingRecognition, "hr", yes_no!(recognition)),
];

impl FormField {
    /// The answer as the share link writes it (`None` when unanswered).
    pub fn get(&self, form: &Form) -> Option<String> {
        match self.slot {
            Slot::Text(get, _) => Some(get(form).clone()).filter(|t| !t.is_empty()),
            Slot::YesNo(get, _) => get(form).map(|b| if b { "1" } else { "0" }.to_string()),
            Slot::Choice(get, _) => get(form).map(str::to_string),
        }
    }

    /// Sets the answer from the share link's text; `false` if it is not
    /// one this question accepts (the form is then unchanged).
    pub fn set(&self, form: &mut Form, value: &str) -> bool {
        match self.slot {
            Slot::Text(_, slot) => {
                *slot(form) = value.to_string();
                true
            }
            Slot::YesNo(_, slot) => {
                let v = match value {
                    "1" => Some(true),
                    "0" => Some(false),
                    _ => None,
                };
                if v.is_some() {
                    *slot(form) = v;
                }
                v.is_some()
            }
            Slot::Choice(_, set) => set(form, value),
        }
    }

    /// Whether the answer is typed text (a date, an amount, a percentage).
    pub fn is_text(&self) -> bool {
        matches!(self.slot, Slot::Text(..))
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
            match row.slot {
                Slot::Text(..) => ("HK$1,000 萬", ""),
                Slot::YesNo(..) => ("1", "yes"),
                Slot::Choice(..) => match row.field {
                    Field::Kind => ("hk_business", "HK"),
                    Field::FactoryRegion => ("prd", "x"),
                    Field::Route => ("gd_joint_venture", "x"),
                    Field::Sector => ("textiles", "x"),
                    Field::Stream => ("demonstration", "x"),
                    _ => ("hong_kong", "x"),
                },
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
    }
}

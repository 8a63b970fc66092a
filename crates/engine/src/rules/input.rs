//! Building a case from loose input, one field at a time: the JSON reader,
//! the CSV reader and the widget's share link all go through here, so a
//! field means the same and fails the same way everywhere.

use super::case::*;
use super::result::{InputError, InputErrorKind};
use crate::date::Date;
use crate::money::{read_scientific, Cost, DecimalError, MoneyError};

/// Collects fields; [`CaseBuilder::build`] checks that the date is there.
#[derive(Clone, Debug, Default)]
pub struct CaseBuilder {
    date: Option<Date>,
    applicant: Applicant,
    project: Project,
    history: History,
}

fn err(field: Field, kind: InputErrorKind) -> InputError {
    InputError::new(field.path(), kind)
}

fn parse_enum<T: Copy>(
    field: Field,
    t: &str,
    parse: fn(&str) -> Option<T>,
    all: &'static [T],
    name: fn(T) -> &'static str,
) -> Result<T, InputError> {
    parse(t.trim()).ok_or_else(|| {
        err(
            field,
            InputErrorKind::UnknownValue {
                value: t.chars().take(80).collect(),
                expected: all.iter().map(|v| name(*v)).collect(),
            },
        )
    })
}

/// The words a yes/no answer may be written in (text: CSV, the form).
const YES_NO: &[&str] = &["true", "false", "yes", "no"];

fn parse_bool(field: Field, t: &str) -> Result<bool, InputError> {
    match t.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "y" | "1" => Ok(true),
        "false" | "no" | "n" | "0" => Ok(false),
        _ => Err(err(
            field,
            InputErrorKind::UnknownValue {
                value: t.chars().take(80).collect(),
                expected: YES_NO.to_vec(),
            },
        )),
    }
}

fn parse_date(field: Field, t: &str) -> Result<Date, InputError> {
    Date::parse(t).map_err(|e| err(field, InputErrorKind::Date(e)))
}

fn percent_error(field: Field, e: PercentError) -> InputError {
    err(
        field,
        match e {
            PercentError::OutOfRange => InputErrorKind::Percent,
            PercentError::TooPrecise => InputErrorKind::PercentTooPrecise {
                decimals: Percent::DECIMALS,
            },
        },
    )
}

/// A percentage as a person writes it (`50.01`, `50.01%`).
fn parse_percent(field: Field, t: &str) -> Result<Percent, InputError> {
    let t = t.trim();
    Percent::parse(t.strip_suffix('%').unwrap_or(t).trim_end()).map_err(|e| percent_error(field, e))
}

fn money_error(e: MoneyError) -> InputError {
    err(Field::Cost, InputErrorKind::Money(e))
}

fn parse_cost(t: &str) -> Result<Cost, InputError> {
    Cost::parse(t).map_err(money_error)
}

/// One typed setter per field of the case: what the widget's form uses for
/// answers it already holds typed (a choice, a yes or no), and what
/// [`CaseBuilder::set`] calls once it has read a value.
macro_rules! typed_setters {
    ($($(#[$doc:meta])* $name:ident: $part:ident . $slot:ident: $ty:ty;)*) => {
        impl CaseBuilder {
            $($(#[$doc])* pub fn $name(&mut self, value: $ty) -> &mut CaseBuilder {
                self.$part.$slot = Some(value);
                self
            })*
        }
    };
}

typed_setters! {
    kind: applicant.kind: ApplicantKind;
    br_registered: applicant.br_registered: bool;
    route: applicant.route: Route;
    factory_region: applicant.factory_region: Region;
    resident_share_mainland: applicant.resident_share_mainland: Percent;
    resident_share_hk_business: applicant.resident_share_hk_business: Percent;
    sector: applicant.sector: Sector;
    stream: project.stream: Stream;
    cost: project.cost: Cost;
    technology_origin: project.technology_origin: TechnologyOrigin;
    previous_assessment: history.previous_assessment: bool;
    previous_assessment_completed: history.previous_assessment_completed: Date;
    recommended_measure_implemented: history.recommended_measure_implemented: bool;
    process_or_material_changed: history.process_or_material_changed: bool;
    pursuing_recognition: history.pursuing_recognition: bool;
}

impl CaseBuilder {
    pub fn new() -> CaseBuilder {
        CaseBuilder::default()
    }

    /// The application date.
    pub fn date(&mut self, value: Date) -> &mut CaseBuilder {
        self.date = Some(value);
        self
    }

    /// Reads one field's value, written as text, and sets it; a value that
    /// does not fit is an input error that names the field and what it
    /// accepts.
    pub fn set(&mut self, field: Field, raw: &str) -> Result<(), InputError> {
        use ApplicantKind as K;
        use TechnologyOrigin as O;
        let f = field;
        match field {
            Field::Date => self.date(parse_date(f, raw)?),
            Field::Kind => self.kind(parse_enum(f, raw, K::parse, K::ALL, K::as_str)?),
            Field::BrRegistered => self.br_registered(parse_bool(f, raw)?),
            Field::Route => {
                self.route(parse_enum(f, raw, Route::parse, Route::ALL, Route::as_str)?)
            }
            Field::FactoryRegion => self.factory_region(parse_enum(
                f,
                raw,
                Region::parse,
                Region::ALL,
                Region::as_str,
            )?),
            Field::ResidentShareMainland => self.resident_share_mainland(parse_percent(f, raw)?),
            Field::ResidentShareHkBusiness => {
                self.resident_share_hk_business(parse_percent(f, raw)?)
            }
            Field::Sector => self.sector(parse_enum(
                f,
                raw,
                Sector::parse,
                Sector::ALL,
                Sector::as_str,
            )?),
            Field::Stream => self.stream(parse_enum(
                f,
                raw,
                Stream::parse,
                Stream::ALL,
                Stream::as_str,
            )?),
            Field::Cost => self.cost(parse_cost(raw)?),
            Field::TechnologyOrigin => {
                self.technology_origin(parse_enum(f, raw, O::parse, O::ALL, O::as_str)?)
            }
            Field::PreviousAssessment => self.previous_assessment(parse_bool(f, raw)?),
            Field::PreviousAssessmentCompleted => {
                self.previous_assessment_completed(parse_date(f, raw)?)
            }
            Field::RecommendedMeasureImplemented => {
                self.recommended_measure_implemented(parse_bool(f, raw)?)
            }
            Field::ProcessOrMaterialChanged => {
                self.process_or_material_changed(parse_bool(f, raw)?)
            }
            Field::PursuingRecognition => self.pursuing_recognition(parse_bool(f, raw)?),
        };
        Ok(())
    }

    /// Sets a percentage or the cost from a number that may be written with
    /// an exponent (`5e1`, `2.5E5`), as a JSON number may be; read exactly,
    /// and refused as the same text would be. Any other field, or a number
    /// without an exponent, is read as text by [`CaseBuilder::set`].
    pub fn set_scientific(&mut self, field: Field, text: &str) -> Result<(), InputError> {
        if !text.contains(['e', 'E']) {
            return self.set(field, text);
        }
        match field {
            Field::ResidentShareMainland | Field::ResidentShareHkBusiness => {
                let p = read_scientific(text)
                    .map_err(PercentError::from)
                    .and_then(Percent::new)
                    .map_err(|e| percent_error(field, e))?;
                match field {
                    Field::ResidentShareMainland => self.resident_share_mainland(p),
                    _ => self.resident_share_hk_business(p),
                };
            }
            Field::Cost => {
                let d = read_scientific(text).map_err(|e| {
                    money_error(match e {
                        DecimalError::TooPrecise => MoneyError::TooManyDecimals,
                        DecimalError::NotANumber | DecimalError::TooLarge => MoneyError::TooLarge,
                    })
                })?;
                self.cost(Cost::new(d).map_err(money_error)?);
            }
            _ => return self.set(field, text),
        }
        Ok(())
    }

    /// The case; the date is the one required field.
    pub fn build(self) -> Result<Case, InputError> {
        let date = self
            .date
            .ok_or_else(|| err(Field::Date, InputErrorKind::Required))?;
        Ok(Case {
            date,
            applicant: self.applicant,
            project: self.project,
            history: self.history,
        })
    }
}

/// The closest known field name to an unknown one, for "did you mean".
pub fn suggest_field(unknown: &str) -> Option<&'static str> {
    let unknown = unknown.to_ascii_lowercase();
    let mut names: Vec<&'static str> = vec!["applicant", "project", "history"];
    names.extend(Field::ALL.iter().map(|f| f.name()));
    names
        .into_iter()
        .map(|n| (edit_distance(&unknown, n), n))
        .filter(|(d, n)| *d <= 2.max(n.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().take(64).collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        assert_eq!(suggest_field("cots"), Some("cost"));
        assert_eq!(suggest_field("applicnt"), Some("applicant"));
        assert_eq!(suggest_field("br_registred"), Some("br_registered"));
        assert_eq!(suggest_field("zzzzzzzzzz"), None);
        // A long name allows a quarter of its length in edits: five letters
        // missing from a 31-letter name is still that name.
        assert_eq!(
            suggest_field("recomended_mesure_implmntd"),
            Some("recommended_measure_implemented")
        );
        assert_eq!(suggest_field("recomended_mesure_imp"), None);
        for (a, b, d) in [
            ("kitten", "sitting", 3),
            ("flaw", "lawn", 2),
            ("a", "", 1),
            ("", "abc", 3),
            ("abc", "abc", 0),
            ("abc", "axc", 1),
            ("abcd", "abd", 1),
            ("abd", "abcd", 1),
        ] {
            assert_eq!(edit_distance(a, b), d, "{a} {b}");
        }
    }

    #[test]
    fn textual_booleans_and_percent() {
        let mut b = CaseBuilder::new();
        b.set(Field::Date, "2018-05-01").unwrap();
        b.set(Field::BrRegistered, "Yes").unwrap();
        b.set(Field::ResidentShareMainland, "50.01%").unwrap();
        b.set(Field::ResidentShareHkBusiness, "30").unwrap();
        assert!(b.set(Field::ResidentShareHkBusiness, "101").is_err());
        for (text, yes) in [
            ("no", false),
            (" N ", false),
            ("0", false),
            ("FALSE", false),
            ("y", true),
            ("1", true),
            ("True", true),
        ] {
            b.set(Field::BrRegistered, text).unwrap();
            assert_eq!(
                b.clone().build().unwrap().applicant.br_registered,
                Some(yes),
                "{text}"
            );
        }
        let maybe = b.set(Field::BrRegistered, "maybe").unwrap_err();
        assert_eq!(
            maybe.code(),
            "unknown_value",
            "and the message lists yes and no"
        );
        let c = b.build().unwrap();
        assert_eq!(c.applicant.br_registered, Some(true));
    }

    #[test]
    fn date_is_required() {
        let e = CaseBuilder::new().build().unwrap_err();
        assert_eq!(e.field, "date");
        assert_eq!(e.code(), "required");
    }
}

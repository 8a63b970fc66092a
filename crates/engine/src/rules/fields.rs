//! Sets of fields: what a stream's checks read ([`StreamResult::asked`])
//! and what a case still needs (`missing`), in the form's order. At the
//! ground of the rules folder with `case`: the engine, the conditions, the
//! result and the questions all stand on it.
//!
//! [`StreamResult::asked`]: super::result::StreamResult::asked

use super::case::Field;

/// The form's order: the order questions are asked in, and the order of
/// every `missing` list. The date comes first and is always asked.
pub const ORDER: [Field; Field::ALL.len()] = Field::ALL;

/// A set of fields (a bit per [`Field`]), listed in the form's order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Fields(u32);

impl Fields {
    pub const NONE: Fields = Fields(0);
    /// Every field.
    pub const ALL: Fields = Fields(u32::MAX);
    /// The questions about the applicant (asked before the stream).
    pub const APPLICANT: Fields = Fields::NONE
        .with(Field::Kind)
        .with(Field::FactoryRegion)
        .with(Field::Route)
        .with(Field::BrRegistered)
        .with(Field::ResidentShareMainland)
        .with(Field::ResidentShareHkBusiness)
        .with(Field::Sector);

    /// The set with `f` in it as well.
    pub const fn with(self, f: Field) -> Fields {
        Fields(self.0 | 1 << f as u32)
    }
    pub fn insert(&mut self, f: Field) {
        *self = self.with(f);
    }
    pub fn remove(&mut self, f: Field) {
        self.0 &= !(1 << f as u32);
    }
    pub fn contains(self, f: Field) -> bool {
        self.0 & (1 << f as u32) != 0
    }
    pub fn union(self, other: Fields) -> Fields {
        Fields(self.0 | other.0)
    }
    pub fn intersection(self, other: Fields) -> Fields {
        Fields(self.0 & other.0)
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// The fields, in the form's order.
    pub fn iter(self) -> impl Iterator<Item = Field> {
        ORDER.into_iter().filter(move |&f| self.contains(f))
    }
    pub fn to_vec(self) -> Vec<Field> {
        self.iter().collect()
    }
}

impl FromIterator<Field> for Fields {
    fn from_iter<I: IntoIterator<Item = Field>>(iter: I) -> Fields {
        let mut s = Fields::NONE;
        for f in iter {
            s.insert(f);
        }
        s
    }
}

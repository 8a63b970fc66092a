//! A case: one enquiry (who applies, for what, at what cost, on what date),
//! in the vocabulary of `shared/contract.md`.

use crate::date::Date;
use crate::money::{read_decimal, Cost, Decimal, DecimalError};

/// Declares an enumeration whose values have fixed contract names.
macro_rules! contract_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($(#[$vm])* $variant),+ }

        impl $name {
            /// Every value, in the contract's order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every value's contract name, in the contract's order.
            pub const NAMES: &'static [&'static str] = &[$($text),+];

            /// The contract's name of the value.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Reads the contract's name of a value.
            pub fn parse(text: &str) -> Option<$name> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

contract_enum! {
    /// Who is applying.
    ApplicantKind {
        HkBusiness => "hk_business",
        TradeAssociation => "trade_association",
        /// An environmental technology service provider.
        ServiceProvider => "service_provider",
        Other => "other",
    }
}

contract_enum! {
    /// How the Hong Kong business is tied to the factory (rules.md §3).
    Route {
        /// (a) a Sino-foreign equity or co-operative joint venture.
        GdJointVenture => "gd_joint_venture",
        /// (b) a wholly foreign-owned enterprise set up with the business's capital.
        GdWfoe => "gd_wfoe",
        /// (c) a processing, assembly or compensation-trade agreement.
        GdProcessingAgreement => "gd_processing_agreement",
        /// (d) a Mainland enterprise majority-held by a Hong Kong resident.
        GdResidentMajority => "gd_resident_majority",
        /// 2. owns and operates a factory in Hong Kong.
        HkFactory => "hk_factory",
        /// 3. owns and operates a workshop in Hong Kong with polluting processes.
        HkWorkshop => "hk_workshop",
        None => "none",
    }
}

impl Stream {
    /// A demonstration project of any phase's kind.
    pub fn is_demonstration(self) -> bool {
        matches!(
            self,
            Stream::Demonstration
                | Stream::DemonstrationWiderAdoption
                | Stream::DemonstrationInnovation
                | Stream::NewTechnologyDemonstration
        )
    }
}

impl Route {
    /// Routes (a)–(d): a factory in Guangdong.
    pub fn is_guangdong(self) -> bool {
        matches!(
            self,
            Route::GdJointVenture
                | Route::GdWfoe
                | Route::GdProcessingAgreement
                | Route::GdResidentMajority
        )
    }
}

contract_enum! {
    /// Where the factory is.
    Region {
        /// The Pearl River Delta (part of Guangdong).
        Prd => "prd",
        GuangdongOther => "guangdong_other",
        HongKong => "hong_kong",
        Elsewhere => "elsewhere",
    }
}

contract_enum! {
    /// The factory's industry; the first eight are the priority sectors.
    Sector {
        ChemicalProducts => "chemical_products",
        FoodAndBeverage => "food_and_beverage",
        Furniture => "furniture",
        MetalProducts => "metal_products",
        NonMetallicMineralProducts => "non_metallic_mineral_products",
        PaperProducts => "paper_products",
        PrintingPublishing => "printing_publishing",
        Textiles => "textiles",
        Other => "other",
    }
}

contract_enum! {
    /// A funding stream of the programme.
    Stream {
        OnsiteAssessment => "onsite_assessment",
        Demonstration => "demonstration",
        /// DP(i): wider adoption of a proven technology (2020–2025).
        DemonstrationWiderAdoption => "demonstration_wider_adoption",
        /// DP(ii): research and innovation (2020–2025).
        DemonstrationInnovation => "demonstration_innovation",
        /// Demonstration of a newly developed technology (2025–2027).
        NewTechnologyDemonstration => "new_technology_demonstration",
        Verification => "verification",
        /// Trade and industry associations' promotion work.
        OrganisationSupport => "organisation_support",
    }
}

contract_enum! {
    /// Who developed the technology of a new-technology demonstration.
    TechnologyOrigin {
        HongKong => "hong_kong",
        GuangdongHongKong => "guangdong_hong_kong",
        Other => "other",
    }
}

/// A percentage from 0 to 100 (route (d)'s shareholdings), exact: a
/// `Decimal` with at most [`Percent::DECIMALS`] decimal places.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Percent(Decimal);

/// Why a number is not a percentage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentError {
    /// Below 0, above 100, or not a number.
    OutOfRange,
    /// More than [`Percent::DECIMALS`] decimal places.
    TooPrecise,
}

impl Percent {
    /// The decimals a percentage may have: as many as `Decimal` holds for
    /// every value up to 100. More is refused, never rounded.
    pub const DECIMALS: u32 = 26;

    /// A whole percentage (thresholds of the rule data).
    pub const fn whole(p: u8) -> Percent {
        Percent(Decimal::from_parts(p as u32, 0, 0, false, 0))
    }

    /// From 0 to 100, with at most [`Percent::DECIMALS`] decimals.
    pub fn new(value: Decimal) -> Result<Percent, PercentError> {
        if value.is_sign_negative() && !value.is_zero() || value > Decimal::ONE_HUNDRED {
            return Err(PercentError::OutOfRange);
        }
        let value = value.normalize();
        if value.scale() > Percent::DECIMALS {
            return Err(PercentError::TooPrecise);
        }
        Ok(Percent(value))
    }

    /// Reads a percentage as written (`50.5`; see [`read_decimal`]). One
    /// with too many digits is out of range if its whole part is 100 or
    /// more (it then has decimals too), else too precise.
    pub fn parse(text: &str) -> Result<Percent, PercentError> {
        match read_decimal(text) {
            Ok(d) => Percent::new(d),
            Err(DecimalError::TooPrecise) => {
                let whole = text.split_once('.').map_or(text, |(w, _)| w);
                match read_decimal(whole) {
                    Ok(w) if w < Decimal::ONE_HUNDRED => Err(PercentError::TooPrecise),
                    _ => Err(PercentError::OutOfRange),
                }
            }
            Err(e) => Err(e.into()),
        }
    }
}

impl From<DecimalError> for PercentError {
    fn from(e: DecimalError) -> PercentError {
        match e {
            DecimalError::TooPrecise => PercentError::TooPrecise,
            DecimalError::NotANumber | DecimalError::TooLarge => PercentError::OutOfRange,
        }
    }
}

/// As written without trailing zeros: `51`, `50.5`.
impl std::fmt::Display for Percent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.0, f)
    }
}

/// A case. Every answer but the date may be missing: the engine then says
/// which answers it needs (`needs_information`) instead of guessing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    /// The application date; it chooses the rule set.
    pub date: Date,
    pub applicant: Applicant,
    pub project: Project,
    pub history: History,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Applicant {
    pub kind: Option<ApplicantKind>,
    pub br_registered: Option<bool>,
    pub route: Option<Route>,
    pub factory_region: Option<Region>,
    pub resident_share_mainland: Option<Percent>,
    pub resident_share_hk_business: Option<Percent>,
    pub sector: Option<Sector>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Project {
    pub stream: Option<Stream>,
    pub cost: Option<Cost>,
    pub technology_origin: Option<TechnologyOrigin>,
}

/// A factory's earlier Programme-funded on-site assessment (rules.md §3,
/// "A second on-site assessment"). `previous_assessment` says whether there
/// was one; the other answers describe it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    pub previous_assessment: Option<bool>,
    pub previous_assessment_completed: Option<Date>,
    pub recommended_measure_implemented: Option<bool>,
    pub process_or_material_changed: Option<bool>,
    pub pursuing_recognition: Option<bool>,
}

impl History {
    /// The first answer given about an earlier assessment, besides
    /// `previous_assessment` itself (any of them implies there was one).
    pub fn first_detail(&self) -> Option<Field> {
        [
            (
                self.previous_assessment_completed.is_some(),
                Field::PreviousAssessmentCompleted,
            ),
            (
                self.recommended_measure_implemented.is_some(),
                Field::RecommendedMeasureImplemented,
            ),
            (
                self.process_or_material_changed.is_some(),
                Field::ProcessOrMaterialChanged,
            ),
            (
                self.pursuing_recognition.is_some(),
                Field::PursuingRecognition,
            ),
        ]
        .into_iter()
        .find_map(|(given, f)| given.then_some(f))
    }

    /// Whether the factory had an earlier Programme-funded assessment: as
    /// answered, else yes when any other history answer is given, else
    /// unknown (a first assessment is then assumed, and said).
    pub fn had_previous(&self) -> Option<bool> {
        self.previous_assessment
            .or_else(|| self.first_detail().map(|_| true))
    }
}

impl Case {
    /// A case with only a date: every answer still to be given.
    pub fn new(date: Date) -> Case {
        Case {
            date,
            applicant: Applicant::default(),
            project: Project::default(),
            history: History::default(),
        }
    }
}

/// The field table: each question of the case, in the form's order, with
/// its contract path and the kind of answer it takes. `Field`, `Field::ALL`
/// (and its length), `path` and `answer` all come from this one table, so a
/// new question is one row here (then its place in `Case`, its rule and its
/// texts: ARCHITECTURE.md, "A new question").
macro_rules! field_table {
    ($($(#[$doc:meta])* $variant:ident => $path:literal, $answer:ident;)+) => {
        /// The contract's dotted name of a case field, as used in `missing`
        /// and in input errors.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Field {
            $($(#[$doc])* $variant,)+
        }

        impl Field {
            /// Every field, in the form's order: the order questions are
            /// asked in and `missing` lists (`fields::ORDER`).
            pub const ALL: [Field; [$(Field::$variant),+].len()] = [$(Field::$variant),+];

            pub fn path(self) -> &'static str {
                match self {
                    $(Field::$variant => $path,)+
                }
            }

            /// What kind of answer the field takes (`shared/contract.md`).
            pub fn answer(self) -> Answer {
                match self {
                    $(Field::$variant => Answer::$answer,)+
                }
            }
        }
    };
}

field_table! {
    Date => "date", Date;
    Kind => "applicant.kind", Choice;
    FactoryRegion => "applicant.factory_region", Choice;
    Route => "applicant.route", Choice;
    BrRegistered => "applicant.br_registered", YesNo;
    ResidentShareMainland => "applicant.resident_share_mainland", Percent;
    ResidentShareHkBusiness => "applicant.resident_share_hk_business", Percent;
    Sector => "applicant.sector", Choice;
    Stream => "project.stream", Choice;
    // With the project's type, before its cost (issue 32).
    TechnologyOrigin => "project.technology_origin", Choice;
    Cost => "project.cost", Amount;
    PreviousAssessment => "history.previous_assessment", YesNo;
    PreviousAssessmentCompleted => "history.previous_assessment_completed", Date;
    RecommendedMeasureImplemented => "history.recommended_measure_implemented", YesNo;
    ProcessOrMaterialChanged => "history.process_or_material_changed", YesNo;
    PursuingRecognition => "history.pursuing_recognition", YesNo;
}

// `Fields` holds a set of fields as the bits of a u32.
const _: () = assert!(
    Field::ALL.len() <= 32,
    "more fields than Fields' u32 has bits"
);

impl Field {
    /// The last part of the path (`cost`): a CSV column's short name.
    pub fn name(self) -> &'static str {
        let p = self.path();
        p.rsplit('.').next().unwrap_or(p)
    }

    pub fn from_path(path: &str) -> Option<Field> {
        Field::ALL.iter().copied().find(|f| f.path() == path)
    }

    /// A choice field's values, as the contract names them, in its order
    /// (none for any other field).
    pub fn values(self) -> &'static [&'static str] {
        match self {
            Field::Kind => ApplicantKind::NAMES,
            Field::Route => Route::NAMES,
            Field::FactoryRegion => Region::NAMES,
            Field::Sector => Sector::NAMES,
            Field::Stream => Stream::NAMES,
            Field::TechnologyOrigin => TechnologyOrigin::NAMES,
            _ => &[],
        }
    }
}

/// The kinds of answer a field takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// One of the field's named values (`hk_business`).
    Choice,
    /// Yes or no.
    YesNo,
    /// A date, YYYY-MM-DD.
    Date,
    /// A percentage from 0 to 100.
    Percent,
    /// An amount in Hong Kong dollars.
    Amount,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Result<String, PercentError> {
        Percent::parse(text).map(|p| p.to_string())
    }

    #[test]
    fn percentages() {
        let most = format!("50.{}1", "0".repeat(Percent::DECIMALS as usize - 1));
        for (text, shown) in [
            ("0", "0"),
            ("-0", "0"),
            ("51", "51"),
            ("050.500", "50.5"),
            ("100", "100"),
            ("100.000", "100"),
            (".25", "0.25"),
            (&most, &most),
        ] {
            assert_eq!(p(text).as_deref(), Ok(shown), "{text}");
        }
        for bad in [
            "-1", "-0.5", "100.01", "101", "255", "256", "999", "1000", "", "5%", "1e2",
        ] {
            assert_eq!(p(bad), Err(PercentError::OutOfRange), "{bad}");
        }
        // Nobody owns 50.000…0001%: more decimals than Decimal holds for
        // every percentage are refused as such, not rounded.
        let over = format!("50.{}1", "0".repeat(Percent::DECIMALS as usize));
        assert_eq!(p(&over), Err(PercentError::TooPrecise));
        assert_eq!(
            p(&format!("5.{}1", "0".repeat(26))),
            Err(PercentError::TooPrecise)
        );
        assert_eq!(p(&format!("{over}0000")), Err(PercentError::TooPrecise));
        let w = |t: &str| Percent::parse(t).unwrap();
        assert!(w(&most) > Percent::whole(50));
        assert!(w(&format!("49.{}", "9".repeat(26))) < Percent::whole(50));
        assert!(w("30") >= Percent::whole(30));
        assert_eq!(w("30.0"), Percent::whole(30));
    }
}

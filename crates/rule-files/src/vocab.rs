//! The names a rule file may use for a stream, a region, a sector and so on:
//! the contract's names (`shared/contract.md`), which the engine's enums
//! carry too. `tests/rules_files.rs` checks that each list here is the
//! engine's, value for value, so the two cannot drift apart.

pub const STREAMS: &[&str] = &[
    "onsite_assessment",
    "demonstration",
    "demonstration_wider_adoption",
    "demonstration_innovation",
    "new_technology_demonstration",
    "verification",
    "organisation_support",
];

/// The regions a phase's area may cover (`elsewhere` never is).
pub const REGIONS: &[&str] = &["prd", "guangdong_other", "hong_kong"];

/// The sectors that can be a priority (`other` is the rest of them).
pub const SECTORS: &[&str] = &[
    "chemical_products",
    "food_and_beverage",
    "furniture",
    "metal_products",
    "non_metallic_mineral_products",
    "paper_products",
    "printing_publishing",
    "textiles",
];

/// Where a technology comes from (a higher ceiling may depend on it).
pub const ORIGINS: &[&str] = &["hong_kong", "guangdong_hong_kong", "other"];

/// Who may apply for a stream.
pub const WHO: &[&str] = &["factories", "factories_and_workshops", "associations"];

/// What a sector outside the priority ones means.
pub const OUTSIDE: &[&str] = &["priority_only", "case_by_case"];

/// What a ceiling is counted per.
pub const PER: &[&str] = &["project", "factory"];

/// The Recognition Scheme's categories.
pub const CATEGORIES: &[&str] = &[
    "excellent_partner_manufacturing",
    "partner_manufacturing",
    "partner_supply_chain",
    "partner_technology_service",
];

/// The languages a page or a title is in, in the product's order.
pub const LANGS: &[&str] = &["en", "zh-Hant", "zh-Hans"];

/// The Rust name of a value: `guangdong_other` → `GuangdongOther`.
pub fn rust_name(id: &str) -> String {
    id.split(['_', '-'])
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

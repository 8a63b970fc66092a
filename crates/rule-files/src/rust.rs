//! The engine's static tables, written as Rust from the checked files: the
//! same shape `crates/engine/src/rules/model.rs` declares. The engine's
//! `build.rs` writes this into `OUT_DIR` and `rules/data.rs` includes it.

use crate::vocab::rust_name;
use crate::*;
use std::fmt::Write;

/// The Rust name of a source's static: `govhk-cppp` → `GOVHK_CPPP`.
pub fn source_static(id: &str) -> String {
    id.replace('-', "_").to_ascii_uppercase()
}

fn written(lang: &str) -> &'static str {
    match lang {
        "zh-Hant" => "Written::Traditional",
        "zh-Hans" => "Written::Simplified",
        _ => "Written::English",
    }
}

fn date(d: Date) -> String {
    format!("Date::ymd({}, {}, {})", d.year, d.month, d.day)
}

fn src(id: &str) -> String {
    format!("&{}", source_static(id))
}

fn opt<T>(v: &Option<T>, f: impl Fn(&T) -> String) -> String {
    v.as_ref()
        .map_or("None".into(), |v| format!("Some({})", f(v)))
}

/// The whole of the engine's rule data as Rust items.
pub fn rust(r: &Rules) -> String {
    let mut o = String::from(
        "// Written by the engine's build.rs from rules/*.toml (crates/rule-files): do not edit.\n\n",
    );
    for s in &r.sources {
        let pages: Vec<String> = s
            .pages
            .iter()
            .map(|(l, u)| format!("Page {{ url: {u:?}, written: {} }}", written(l)))
            .collect();
        let _ = writeln!(
            o,
            "pub static {}: Source = Source {{ id: {:?}, pages: &[{}] }};",
            source_static(&s.id),
            s.id,
            pages.join(", ")
        );
    }
    let all: Vec<String> = r.sources.iter().map(|s| src(&s.id)).collect();
    let _ = writeln!(
        o,
        "\n/// Every source, in rules/sources.toml's order.\npub static SOURCES: &[&Source] = &[{}];\n",
        all.join(", ")
    );
    o += "/// The phases, in date order.\npub static RULE_SETS: &[RuleSet] = &[\n";
    for p in &r.phases {
        o += &phase(p);
    }
    o += "];\n\n";

    let rec = &r.recognition;
    o += "static RECOGNITION_CATEGORIES: &[RecognitionCategory] = &[\n";
    for (id, since, manufacturing) in &rec.categories {
        let _ = writeln!(
            o,
            "    RecognitionCategory {{ id: {id:?}, since_year: {since}, manufacturing: {manufacturing} }},"
        );
    }
    o += "];\n\nstatic CASH_AWARDS: &[CashAward] = &[\n";
    for a in &rec.cash_awards {
        let _ = writeln!(
            o,
            "    CashAward {{ from_year: {}, to_year: {}, reported_to_year: {}, excellent_partner: Rmb({}), partner: Rmb({}), one_off: {}, source: {} }},",
            a.from_year,
            opt(&a.to_year, |y| y.to_string()),
            opt(&a.reported_to_year, |y| y.to_string()),
            a.excellent_partner,
            a.partner,
            opt(&a.one_off, |b| b.to_string()),
            src(&a.source)
        );
    }
    let p = &r.programme;
    let _ = write!(
        o,
        "];

pub static PROGRAMME: Programme = Programme {{
    rule_sets: RULE_SETS,
    resident_majority: ResidentMajority {{ mainland_more_than: {}, hk_business_at_least: {}, source: {} }},
    same_date_assumption: true,
    recognition: Recognition {{
        launched_year: {},
        launched_month: {},
        categories: RECOGNITION_CATEGORIES,
        cash_awards: CASH_AWARDS,
        guangdong_only_assumed: true,
        export_credit_discount_source: {},
        source: {},
    }},
    contacts: Contacts {{
        hotline: {:?},
        hotline_tel: {:?},
        email: {:?},
        website: {:?},
        guide_url: {:?},
        events_url: {:?},
        recognition_url: {:?},
        pages_written: {},
    }},
    stale_after_years: {},
    assumed_dates_window_days: {},
    past_practice_source: {},
    primary_source: {},
    guide_source: {},
}};
",
        p.resident_mainland_more_than,
        p.resident_hk_business_at_least,
        src(&p.resident_source),
        rec.launched_year,
        rec.launched_month,
        src(&rec.export_credit_discount_source),
        src(&rec.source),
        p.hotline,
        p.hotline_tel,
        p.email,
        p.website,
        p.guide_url,
        p.events_url,
        p.recognition_url,
        written(&p.pages_written),
        p.stale_after_years,
        p.assumed_dates_window_days,
        src(&p.past_practice_source),
        src(&p.primary_source),
        src(&p.guide_source),
    );
    o
}

fn phase(p: &Phase) -> String {
    let mut o = String::new();
    let priority = opt(&p.priority_sectors, |ps| {
        let sectors: Vec<String> = ps
            .sectors
            .iter()
            .map(|s| format!("Sector::{}", rust_name(s)))
            .collect();
        format!(
            "PrioritySectors {{ sectors: &[{}], outside: OutsideSectors::{}, assumed: {}, source: {} }}",
            sectors.join(", "),
            rust_name(&ps.outside),
            ps.assumption.is_some(),
            src(&ps.source)
        )
    });
    let second = opt(&p.second_assessment, |(years, s)| {
        format!("SecondAssessment {{ years: {years}, source: {} }}", src(s))
    });
    let _ = writeln!(
        o,
        "    RuleSet {{
        id: {:?},
        from: {},
        from_assumed: {},
        to: {},
        to_assumed: {},
        dates_source: {},
        funding_millions: {},
        funding_source: {},
        area: Area {{
            guangdong: GuangdongArea::{},
            hk_factories: {},
            hk_workshops: {},
            source: {},
        }},
        applicant_test_assumed: {},
        applicant_test_source: {},
        priority_sectors: {priority},
        second_assessment: {second},
        streams: &[",
        p.id,
        date(p.from),
        p.from_assumption.is_some(),
        date(p.to),
        p.to_assumption.is_some(),
        src(&p.dates_source),
        p.funding_millions,
        src(&p.funding_source),
        if p.prd_only { "PearlRiverDelta" } else { "All" },
        p.hk_factories,
        p.hk_workshops,
        src(&p.area_source),
        p.applicant_test_assumption.is_some(),
        src(&p.applicant_test_source),
    );
    for e in &p.streams {
        let offer = match &e.terms {
            None => format!("Offer::NotListed {{ source: {} }}", src(&e.source)),
            Some(t) => {
                let ceiling = match &t.ceiling {
                    Ceiling::Published { amount, per } => format!(
                        "Ceiling::Published {{ amount: Hkd({amount}), per: Per::{} }}",
                        rust_name(per)
                    ),
                    Ceiling::NotPublished => "Ceiling::NotPublished".into(),
                    Ceiling::NoneStated => "Ceiling::NoneStated".into(),
                };
                let higher = opt(&t.higher_ceiling, |(origins, amount)| {
                    let origins: Vec<String> = origins
                        .iter()
                        .map(|o| format!("TechnologyOrigin::{}", rust_name(o)))
                        .collect();
                    format!(
                        "OriginCeiling {{ origins: &[{}], amount: Hkd({amount}) }}",
                        origins.join(", ")
                    )
                });
                format!(
                    "Offer::Offered(Terms {{ who: Who::{}, rate: {}, ceiling: {ceiling}, origin_ceiling: {higher}, months_to_complete: {}, source: {} }})",
                    rust_name(&t.who),
                    opt(&t.rate, |r| format!("Rate({r})")),
                    opt(&t.months_to_complete, |m| m.to_string()),
                    src(&e.source)
                )
            }
        };
        let _ = writeln!(
            o,
            "            StreamEntry {{ stream: Stream::{}, offer: {offer} }},",
            rust_name(&e.stream)
        );
    }
    let _ = writeln!(
        o,
        "        ],
        technology_promotion: {},
        sources_as_of: {},
    }},",
        opt(&p.technology_promotion, |s| src(s)),
        opt(&p.sources_as_of, |d| date(*d))
    );
    o
}

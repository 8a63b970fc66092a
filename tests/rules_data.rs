//! The rule data is checked like code: dates ordered and non-overlapping,
//! rates in (0, 100%], ceilings positive, every figure with a source.
#![cfg(not(target_arch = "wasm32"))]

use cp_estimator::i18n::{self, Lang};
use cp_estimator::rules::data::{PROGRAMME, SOURCES};
use cp_estimator::rules::model::*;

fn known(s: &Source) -> bool {
    SOURCES.iter().any(|k| std::ptr::eq(*k, s))
}

#[test]
fn rule_sets_are_valid() {
    let sets = PROGRAMME.rule_sets;
    assert!(!sets.is_empty());
    for (i, rs) in sets.iter().enumerate() {
        let id = rs.id;
        assert!(rs.from.is_valid() && rs.to.is_valid(), "{id}: invalid date");
        assert!(rs.from <= rs.to, "{id}: opens after it closes");
        if i > 0 {
            assert!(
                sets[i - 1].to < rs.from,
                "{id} overlaps or is out of order with {}",
                sets[i - 1].id
            );
        }
        assert!(rs.funding_millions > 0, "{id}");
        assert!(rs.offered().next().is_some(), "{id}: offers no stream");
        assert!(
            known(rs.dates_source) && known(rs.area.source) && known(rs.applicant_test_source),
            "{id}: unknown source"
        );
        let mut seen = Vec::new();
        for e in rs.streams {
            assert!(
                !seen.contains(&e.stream),
                "{id}: {:?} listed twice",
                e.stream
            );
            seen.push(e.stream);
            match &e.offer {
                Offer::Offered(t) => {
                    assert!(known(t.source), "{id} {:?}: unknown source", e.stream);
                    if let Some(r) = t.rate {
                        assert!(
                            r.0 > 0 && r.0 <= 100,
                            "{id} {:?}: rate {} not in (0, 100]",
                            e.stream,
                            r.0
                        );
                    }
                    if let Ceiling::Published { amount, .. } = t.ceiling {
                        assert!(amount.0 > 0, "{id} {:?}: ceiling not positive", e.stream);
                        if let Some(oc) = t.origin_ceiling {
                            assert!(
                                oc.amount > amount && !oc.origins.is_empty(),
                                "{id}: origin ceiling"
                            );
                        }
                    }
                    if let Some(m) = t.months_to_complete {
                        assert!(m > 0);
                    }
                }
                Offer::NotListed { source } => assert!(known(source)),
            }
        }
        if let Some(p) = &rs.priority_sectors {
            assert!(known(p.source) && !p.sectors.is_empty());
        }
        if let Some(s) = rs.technology_promotion {
            assert!(known(s), "{id}: unknown technology promotion source");
        }
        if let Some(s) = &rs.second_assessment {
            assert!(known(s.source) && s.years > 0);
        }
    }
}

#[test]
fn sources_are_addresses() {
    for s in SOURCES {
        // A title in each language (rules/sources.toml, as `source-<id>`).
        for l in Lang::ALL {
            assert!(
                !i18n::source_title(s, l).is_empty(),
                "{}: no title in {l:?}",
                s.id
            );
        }
        // A page in each language at most once; a source without one is
        // named where it would be linked, in each language.
        let mut written = Vec::new();
        for p in s.pages {
            assert!(p.url.starts_with("https://"), "{}: {}", s.id, p.url);
            assert!(
                !written.contains(&p.written),
                "{}: two pages in {:?}",
                s.id,
                p.written
            );
            written.push(p.written);
        }
        if s.pages.is_empty() {
            for l in Lang::ALL {
                let (url, words) = i18n::source_link(s, l);
                assert_eq!(url, "", "{} {l:?}", s.id);
                assert!(
                    words.ends_with(&i18n::source_title(s, l)),
                    "{} {l:?}: {words}",
                    s.id
                );
            }
        }
    }
    let ids: std::collections::HashSet<_> = SOURCES.iter().map(|s| s.id).collect();
    assert_eq!(ids.len(), SOURCES.len(), "duplicate source ids");
    assert!(known(PROGRAMME.resident_majority.source));
    assert!(known(PROGRAMME.recognition.source) && known(PROGRAMME.past_practice_source));
    for a in PROGRAMME.recognition.cash_awards {
        assert!(known(a.source) && a.partner.0 > 0);
    }
    let rm = &PROGRAMME.resident_majority;
    assert!(rm.mainland_more_than < 100 && rm.hk_business_at_least <= 100);
}

/// Award periods, like phases, are ordered and do not overlap; an
/// open-ended period can only be the last.
#[test]
fn cash_award_periods_do_not_overlap() {
    assert_eq!(overlapping_awards(PROGRAMME.recognition.cash_awards), None);
    // The check itself can fail: two periods sharing 2015 are refused.
    let a = &PROGRAMME.recognition.cash_awards[0];
    let overlapping = [
        CashAward {
            from_year: 2015,
            to_year: None,
            reported_to_year: None,
            excellent_partner: a.excellent_partner,
            partner: a.partner,
            one_off: None,
            source: a.source,
        },
        CashAward {
            from_year: 2015,
            to_year: Some(2015),
            reported_to_year: None,
            excellent_partner: a.excellent_partner,
            partner: a.partner,
            one_off: None,
            source: a.source,
        },
    ];
    assert!(overlapping_awards(&overlapping).is_some());
}

fn overlapping_awards(awards: &[CashAward]) -> Option<String> {
    for a in awards {
        if a.to_year.is_some_and(|t| t < a.from_year) {
            return Some(format!("{}: ends before it starts", a.from_year));
        }
        if a.to_year.is_some() && a.reported_to_year.is_some() {
            return Some(format!(
                "{}: a closed period has no assumed years",
                a.from_year
            ));
        }
    }
    for w in awards.windows(2) {
        if w[0].last_year() >= w[1].from_year {
            return Some(format!(
                "the period from {} overlaps the one from {}",
                w[0].from_year, w[1].from_year
            ));
        }
    }
    None
}

/// Every listed source backs at least one figure, condition or note, and
/// none is a bare home page where rules.md gives the exact address.
#[test]
fn every_source_is_used() {
    let mut used: Vec<&Source> = vec![
        PROGRAMME.resident_majority.source,
        PROGRAMME.recognition.source,
        PROGRAMME.recognition.export_credit_discount_source,
        PROGRAMME.past_practice_source,
    ];
    for a in PROGRAMME.recognition.cash_awards {
        used.push(a.source);
    }
    for rs in PROGRAMME.rule_sets {
        used.extend([rs.dates_source, rs.area.source, rs.applicant_test_source]);
        used.extend(rs.priority_sectors.as_ref().map(|p| p.source));
        used.extend(rs.second_assessment.as_ref().map(|s| s.source));
        used.extend(rs.technology_promotion);
        for e in rs.streams {
            used.push(match &e.offer {
                Offer::Offered(t) => t.source,
                Offer::NotListed { source } => source,
            });
        }
    }
    used.push(cp_estimator::rules::Info::Guide.source());
    for s in SOURCES {
        assert!(
            used.iter().any(|u| std::ptr::eq(*u, *s)),
            "{} is listed but backs nothing: use it or remove it",
            s.id
        );
    }
    // A site's home page is never a source: a source has the address of
    // the page that says it, or none (the SCMP article of 2009 has none on
    // record: rules.md, section 3).
    for s in SOURCES {
        for p in s.pages {
            let path = p
                .url
                .trim_start_matches("https://")
                .split_once('/')
                .map_or("", |x| x.1);
            assert!(
                !path.is_empty() && !path.contains("index."),
                "{}: {} is a home page",
                s.id,
                p.url
            );
        }
    }
    let scmp = cp_estimator::rules::data::source("scmp-2009").unwrap();
    assert!(
        scmp.pages.is_empty(),
        "no address of the article is on record"
    );
    // The 2025-2027 figures cite the Chinese SME Link page (the English
    // one still shows 2020-2025).
    let p2025 = PROGRAMME
        .rule_sets
        .iter()
        .find(|r| r.id == "2025-2027")
        .unwrap();
    for (_, t) in p2025.offered() {
        let url = t.source.cited().unwrap().url;
        assert!(url.contains("/zh/"), "{url}");
    }
}

/// A source's link opens the page in the reader's language where the rules
/// give one (GovHK's `/tc/` and `/sc/`), and says the page's language
/// where it is another.
#[test]
fn a_source_links_the_readers_language_where_the_rules_give_it() {
    use cp_estimator::rules::data::source;
    let (govhk, smelink, intro) = (
        source("govhk-cppp").unwrap(),
        source("smelink-cppp").unwrap(),
        source("cleanerproduction-recognition").unwrap(),
    );
    let (smelink_url, intro_url) = (smelink.cited().unwrap().url, intro.cited().unwrap().url);
    for (s, l, url, words) in [
        (
            govhk,
            Lang::En,
            "https://www.gov.hk/en/residents/environment/support/cppp.htm",
            "source",
        ),
        (
            govhk,
            Lang::ZhHant,
            "https://www.gov.hk/tc/residents/environment/support/cppp.htm",
            "資料來源",
        ),
        (
            govhk,
            Lang::ZhHans,
            "https://www.gov.hk/sc/residents/environment/support/cppp.htm",
            "资料来源",
        ),
        (smelink, Lang::ZhHant, smelink_url, "資料來源（英文網頁）"),
        (smelink, Lang::ZhHans, smelink_url, "资料来源（英文网页）"),
        (smelink, Lang::En, smelink_url, "source"),
        (intro, Lang::En, intro_url, "source (in Chinese)"),
        (intro, Lang::ZhHant, intro_url, "資料來源（簡體中文網頁）"),
        (intro, Lang::ZhHans, intro_url, "资料来源"),
    ] {
        assert_eq!(
            i18n::source_link(s, l),
            (url, words.to_string()),
            "{} {l:?}",
            s.id
        );
    }
    assert_eq!(
        i18n::source_title(govhk, Lang::ZhHant),
        "香港政府一站通：清潔生產伙伴計劃（2019年12月最後審閱）"
    );
    // Named, not linked, in the reader's language.
    let scmp = source("scmp-2009").unwrap();
    assert_eq!(
        i18n::source_link(scmp, Lang::ZhHant),
        (
            "",
            "資料來源：《南華早報》，2009年：首期計劃不獲批准的申請".to_string()
        )
    );
}

/// The rule files name streams, regions, sectors, origins and categories
/// as the contract does: the build-time reader's lists are the engine's.
#[test]
fn the_rule_files_use_the_engines_names() {
    use cp_estimator::rules::{Region, Sector, Stream, TechnologyOrigin};
    use cp_rule_files::vocab;
    assert_eq!(vocab::STREAMS, Stream::NAMES);
    let without = |names: &[&'static str], rest: &str| -> Vec<&'static str> {
        names.iter().copied().filter(|n| *n != rest).collect()
    };
    assert_eq!(vocab::REGIONS, without(Region::NAMES, "elsewhere"));
    assert_eq!(vocab::SECTORS, without(Sector::NAMES, "other"));
    assert_eq!(vocab::ORIGINS, TechnologyOrigin::NAMES);
    let categories: Vec<&str> = PROGRAMME
        .recognition
        .categories
        .iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(vocab::CATEGORIES, categories);
    assert_eq!(
        vocab::LANGS,
        Lang::ALL.iter().map(|l| l.tag()).collect::<Vec<_>>()
    );
}

/// What the engine holds is what the files say: the window of the
/// assumed-dates notice (rules.md §9) and each phase's dates, read again.
#[test]
fn the_engine_holds_what_the_files_say() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let rules = cp_rule_files::load(&dir, "rules").expect("the rule files are read");
    assert_eq!(
        PROGRAMME.assumed_dates_window_days,
        rules.programme.assumed_dates_window_days
    );
    assert_eq!(PROGRAMME.rule_sets.len(), rules.phases.len());
    for (rs, p) in PROGRAMME.rule_sets.iter().zip(&rules.phases) {
        assert_eq!(rs.id, p.id);
        assert_eq!(rs.from.to_string(), p.from.to_string());
        assert_eq!(rs.to.to_string(), p.to.to_string());
        assert_eq!(
            (rs.from_assumed, rs.to_assumed),
            (p.from_assumption.is_some(), p.to_assumption.is_some())
        );
    }
    assert_eq!(SOURCES.len(), rules.sources.len());
}

/// No product file holds an amount of the programme: every ceiling and
/// cash award of the rule files, written as code or text writes it
/// (`28000`, `28_000`, `28,000`), is absent from the widget's, the
/// engine's, the texts', the shells' and cpfund's sources (their test
/// modules aside) and from the catalogues.
#[test]
fn no_programme_figure_in_the_code() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let rules = cp_rule_files::load(&root.join("rules"), "rules").unwrap();
    let mut amounts: Vec<u64> = Vec::new();
    for p in &rules.phases {
        for e in &p.streams {
            if let Some(t) = &e.terms {
                if let cp_rule_files::Ceiling::Published { amount, .. } = t.ceiling {
                    amounts.push(amount);
                }
                amounts.extend(t.higher_ceiling.as_ref().map(|h| h.1));
            }
        }
    }
    for a in &rules.recognition.cash_awards {
        amounts.extend([a.excellent_partner, a.partner]);
    }
    amounts.sort_unstable();
    amounts.dedup();
    assert!(amounts.len() >= 8, "{amounts:?}");
    let forms = |n: u64| {
        let plain = n.to_string();
        let grouped = |sep: char| {
            let mut out = String::new();
            for (i, c) in plain.chars().enumerate() {
                if i > 0 && (plain.len() - i).is_multiple_of(3) {
                    out.push(sep);
                }
                out.push(c);
            }
            out
        };
        [plain.clone(), grouped('_'), grouped(',')]
    };
    let mut files = Vec::new();
    let mut stack = vec![root.join("src"), root.join("crates"), root.join("assets")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = e.path();
            let name = path.to_string_lossy().to_string();
            if path.is_dir() {
                if !name.ends_with("/tests") && !name.ends_with("/target") {
                    stack.push(path);
                }
            } else if (name.ends_with(".rs") && !name.ends_with("_tests.rs"))
                || name.ends_with(".ftl")
                || name.ends_with(".js")
            {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 50, "{}", files.len());
    let mut found = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let product = text.split("#[cfg(test)]").next().unwrap_or("");
        for &n in &amounts {
            for form in forms(n) {
                let hit = product.match_indices(&form).any(|(i, _)| {
                    let before = product[..i].chars().next_back();
                    let after = product[i + form.len()..].chars().next();
                    !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == ',')
                        && !after.is_some_and(|c| c.is_ascii_digit() || c == '_' || c == ',')
                });
                if hit {
                    found.push(format!("{}: {form}", f.display()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "programme figures outside rules/: {found:#?}"
    );
}

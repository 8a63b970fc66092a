//! Each mistake the rule files refuse, planted in a copy of the real files,
//! with the exact message an officer reads: the file, the line, what is
//! wrong and how to fix it. And the real files, read as they are.

use cp_rule_files::{load, Problem};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

fn rules_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../rules")
}

/// A fresh copy of the real rule files.
fn copy() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "cp-rule-files-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("phases")).unwrap();
    for name in ["sources.toml", "programme.toml", "recognition.toml"] {
        std::fs::copy(rules_dir().join(name), dir.join(name)).unwrap();
    }
    for e in std::fs::read_dir(rules_dir().join("phases")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), dir.join("phases").join(e.file_name())).unwrap();
    }
    dir
}

/// Replaces `from` (which must be there, once) by `to` in `file`; returns
/// the line the replacement starts on.
fn edit(dir: &Path, file: &str, from: &str, to: &str) -> usize {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.matches(from).count(), 1, "{from:?} once in {file}");
    let at = text.find(from).unwrap();
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    text[..at].matches('\n').count() + 1
}

/// The line of the first `needle` in `file` of `dir`.
fn line_of(dir: &Path, file: &str, needle: &str) -> usize {
    let text = std::fs::read_to_string(dir.join(file)).unwrap();
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} in {file}"));
    text[..at].matches('\n').count() + 1
}

/// The messages, as printed.
fn refusals(dir: &Path) -> Vec<String> {
    let out = match load(dir, "rules") {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(Problem::to_string).collect(),
    };
    let _ = std::fs::remove_dir_all(dir);
    out
}

const LAST: &str = "phases/2025-2027.toml";

#[test]
fn the_real_files_are_read_as_they_are() {
    let rules = load(&rules_dir(), "rules").unwrap_or_else(|p| {
        panic!(
            "{}",
            p.iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    assert!(rules.phases.len() >= 5);
    assert!(rules.phases.windows(2).all(|w| w[0].to < w[1].from));
    // A source named, not linked: no address of the article is on record.
    let scmp = rules.sources.iter().find(|s| s.id == "scmp-2009").unwrap();
    assert!(scmp.pages.is_empty());
    assert_eq!(rules.programme.assumed_dates_window_days, 31);
}

#[test]
fn an_unknown_key_at_any_depth_is_refused_with_the_nearest_key() {
    let dir = copy();
    let line = edit(&dir, LAST, "ceiling = 650000", "ceilling = 650000");
    assert_eq!(
        refusals(&dir),
        [format!(
            "rules/{LAST}:{line}: unknown key \"ceilling\" (did you mean \"ceiling\"?)"
        )]
    );
    // In an inline table, two levels down.
    let dir = copy();
    let line = edit(&dir, LAST, "{ origins = [", "{ origin = [");
    assert_eq!(
        refusals(&dir),
        [format!(
            "rules/{LAST}:{line}: unknown key \"origin\" (did you mean \"origins\"?)"
        )]
    );
    // At the top, and one nothing is near.
    let dir = copy();
    let line = edit(
        &dir,
        LAST,
        "sources_as_of = ",
        "colour = \"red\"\nsources_as_of = ",
    );
    assert_eq!(
        refusals(&dir),
        [format!(
            "rules/{LAST}:{line}: unknown key \"colour\" (the keys here are: id, sources_as_of, dates, funding, area, applicant_test, priority_sectors, second_assessment, streams, technology_promotion)"
        )]
    );
    // In the sources' file, in a record's title.
    let dir = copy();
    let line = edit(
        &dir,
        "sources.toml",
        "title.zh-Hans = \"《南华早报》",
        "title.zh-Hans = \"x\"\ntitle.zh-CN = \"《南华早报》",
    );
    assert_eq!(
        refusals(&dir),
        [format!("rules/sources.toml:{}: unknown language \"zh-CN\" for the title (one of: en, zh-Hant, zh-Hans)", line + 1)]
    );
}

#[test]
fn a_missing_or_unknown_source_is_refused() {
    let dir = copy();
    edit(
        &dir,
        LAST,
        "ceiling = 750000 }\nsource = \"smelink-cppp-zh\"\n",
        "ceiling = 750000 }\n",
    );
    let line = line_of(&dir, LAST, "[[streams]]");
    assert_eq!(
        refusals(&dir),
        [format!(
            "rules/{LAST}:{line}: missing key \"source\": every figure names its source, an id from sources.toml"
        )]
    );
    let dir = copy();
    let line = edit(
        &dir,
        LAST,
        "[funding]\nhkd_millions = 100\nsource = \"smelink-cppp-zh\"",
        "[funding]\nhkd_millions = 100\nsource = \"smelink-cpp-zh\"",
    ) + 2;
    assert_eq!(
        refusals(&dir),
        [format!(
            "rules/{LAST}:{line}: unknown source \"smelink-cpp-zh\" (did you mean \"smelink-cppp-zh\"?): a source is an id from sources.toml; add the source there first"
        )]
    );
}

#[test]
fn a_phase_that_overlaps_the_one_before_or_is_out_of_order_is_refused() {
    let dir = copy();
    let line = edit(&dir, LAST, "from = 2025-04-01", "from = 2025-03-31");
    assert_eq!(
        refusals(&dir),
        [format!(
            "rules/{LAST}:{line}: overlaps the phase before: this phase starts on 2025-03-31, but 2020-2025 takes applications to 2025-03-31; start it after 2025-03-31"
        )]
    );
    // A new phase's file whose dates are years before the last one's.
    let dir = copy();
    let text = std::fs::read_to_string(dir.join(LAST))
        .unwrap()
        .replace("id = \"2025-2027\"", "id = \"2027-2029\"")
        .replace("from = 2025-04-01", "from = 2010-04-01")
        .replace("to = 2027-03-31", "to = 2011-03-31");
    std::fs::write(dir.join("phases/2027-2029.toml"), &text).unwrap();
    let line = line_of(&dir, "phases/2027-2029.toml", "from = 2010");
    assert_eq!(
        refusals(&dir),
        [format!(
            "rules/phases/2027-2029.toml:{line}: out of date order: this phase starts on 2010-04-01, before 2025-2027 (from 2025-04-01); the files are read in the order of their names, so a phase's id starts with its first year"
        )]
    );
    // A phase that ends before it starts.
    let dir = copy();
    let line = edit(&dir, LAST, "to = 2027-03-31", "to = 2025-03-31");
    assert_eq!(
        refusals(&dir),
        [format!(
            "rules/{LAST}:{line}: the phase ends (2025-03-31) before it starts (2025-04-01)"
        )]
    );
}

#[test]
fn a_rate_outside_0_to_100_or_a_ceiling_of_zero_or_less_is_refused() {
    for (from, to, message) in [
        (
            "rate = 50\nceiling = 650000",
            "rate = 0\nceiling = 650000",
            "a rate is a percentage above 0 and at most 100; found 0",
        ),
        (
            "rate = 50\nceiling = 650000",
            "rate = 101\nceiling = 650000",
            "a rate is a percentage above 0 and at most 100; found 101",
        ),
        (
            "rate = 50\nceiling = 650000",
            "rate = 50.5\nceiling = 650000",
            "a rate is a whole percentage; found 50.5",
        ),
        (
            "rate = 50\nceiling = 650000",
            "rate = \"50%\"\nceiling = 650000",
            "a rate is a percentage (50) or \"not_published\"; found \"50%\"",
        ),
    ] {
        let dir = copy();
        let line = edit(&dir, LAST, from, to);
        assert_eq!(
            refusals(&dir),
            [format!("rules/{LAST}:{line}: {message}")],
            "{to}"
        );
    }
    for (to, message) in [
        ("ceiling = 0\n", "a ceiling must be more than zero; found 0"),
        ("ceiling = -330000\n", "a ceiling must be more than zero; found -330000"),
        ("ceiling = \"none\"\n", "a ceiling is an amount in whole HK$ (250000), \"not_published\" or \"none_stated\"; found \"none\""),
    ] {
        let dir = copy();
        let line = edit(&dir, "phases/2015-2020.toml", "ceiling = 330000\n", to);
        assert_eq!(refusals(&dir), [format!("rules/phases/2015-2020.toml:{line}: {message}")], "{to}");
    }
}

#[test]
fn an_unknown_stream_region_sector_or_origin_is_refused() {
    for (from, to, message) in [
        (
            "stream = \"new_technology_demonstration\"",
            "stream = \"new_technology_demo\"",
            "unknown stream \"new_technology_demo\" (did you mean \"new_technology_demonstration\"?)",
        ),
        (
            "regions = [\"prd\", \"guangdong_other\", \"hong_kong\"]",
            "regions = [\"prd\", \"guangdong\", \"hong_kong\"]",
            "unknown region \"guangdong\" (did you mean \"guangdong_other\"?)",
        ),
        (
            "regions = [\"prd\", \"guangdong_other\", \"hong_kong\"]",
            "regions = [\"prd\", \"guangdong_other\", \"hong_kong\", \"elsewhere\"]",
            "region \"elsewhere\" is never in a phase's area: the programme covers Guangdong and Hong Kong only",
        ),
        (
            "\"paper_products\", \"printing_publishing\"",
            "\"paper_product\", \"printing_publishing\"",
            "unknown sector \"paper_product\" (did you mean \"paper_products\"?)",
        ),
        (
            "origins = [\"hong_kong\", \"guangdong_hong_kong\"]",
            "origins = [\"hongkong\", \"guangdong_hong_kong\"]",
            "unknown origin \"hongkong\" (did you mean \"hong_kong\"?)",
        ),
    ] {
        let dir = copy();
        let line = edit(&dir, LAST, from, to);
        assert_eq!(refusals(&dir), [format!("rules/{LAST}:{line}: {message}")], "{to}");
    }
}

#[test]
fn a_stream_listed_twice_in_one_phase_is_refused() {
    let dir = copy();
    let first = line_of(&dir, LAST, "[[streams]]\nstream = \"verification\"");
    edit(
        &dir,
        LAST,
        "stream = \"organisation_support\"",
        "stream = \"verification\"",
    );
    let text = std::fs::read_to_string(dir.join(LAST)).unwrap();
    let second = text
        .match_indices("stream = \"verification\"")
        .nth(1)
        .unwrap()
        .0;
    let line = text[..second].matches('\n').count() + 1;
    assert_eq!(
        refusals(&dir),
        [format!(
            "rules/{LAST}:{line}: stream \"verification\" is listed twice in this phase (first at line {first}): one [[streams]] table a stream"
        )]
    );
}

#[test]
fn a_source_that_nothing_cites_is_refused() {
    let dir = copy();
    let path = dir.join("sources.toml");
    let mut text = std::fs::read_to_string(&path).unwrap();
    text += "\n[[source]]\nid = \"left-behind\"\nread = 2026-12-07\ntitle.en = \"A\"\ntitle.zh-Hant = \"B\"\ntitle.zh-Hans = \"C\"\nurl.en = \"https://www.example.org/page.html\"\n";
    std::fs::write(&path, text).unwrap();
    let line = line_of(&dir, "sources.toml", "id = \"left-behind\"") - 1;
    assert_eq!(
        refusals(&dir),
        [format!(
            "rules/sources.toml:{line}: source \"left-behind\" is cited by nothing: cite it beside the figure it backs, or remove it"
        )]
    );
}

#[test]
fn a_file_whose_name_differs_from_its_id_is_refused() {
    let dir = copy();
    let line = edit(&dir, LAST, "id = \"2025-2027\"", "id = \"2025-2028\"");
    assert_eq!(
        refusals(&dir),
        [format!(
            "rules/{LAST}:{line}: the id \"2025-2028\" differs from the file's name: a phase's file is named by its id (rename the file to 2025-2028.toml, or set id = \"2025-2027\")"
        )]
    );
}

#[test]
fn a_home_page_is_never_a_source_and_an_assumption_gives_its_reason() {
    let dir = copy();
    let line = edit(
        &dir,
        "sources.toml",
        "url.en = \"https://www.cleanerproduction.hk/en_resources7.asp\"\n\n[[source]]\nid = \"smelink-cppp\"",
        "url.en = \"https://www.cleanerproduction.hk/en_index.asp\"\n\n[[source]]\nid = \"smelink-cppp\"",
    );
    assert_eq!(
        refusals(&dir),
        [format!(
            "rules/sources.toml:{line}: https://www.cleanerproduction.hk/en_index.asp is a site's home page, which is never a source: give the page that says it, or no address at all (the source is then named, not linked)"
        )]
    );
    let dir = copy();
    let line = edit(
        &dir,
        LAST,
        "from_assumption = \"The sources say",
        "from_assumption = \"\"\nx = \"The sources say",
    );
    // A key the file does not know is said before anything else of it.
    assert_eq!(
        refusals(&dir),
        [format!("rules/{LAST}:{}: unknown key \"x\" (the keys here are: from, from_assumption, to, to_assumption, source)", line + 1)]
    );
    let dir = copy();
    let line = edit(&dir, LAST, "from_assumption = \"The sources say \\\"2025-2027\\\" only: the day after the 2020-2025 phase's last day (rules.md, section 1).\"", "from_assumption = \"assumed\"");
    assert_eq!(
        refusals(&dir),
        [format!(
            "rules/{LAST}:{line}: an assumption needs its reason: a short sentence an officer can check against shared/domain/rules.md"
        )]
    );
}

#[test]
fn a_listed_stream_states_its_terms_and_an_unlisted_one_has_none() {
    let dir = copy();
    let line = edit(
        &dir,
        LAST,
        "stream = \"verification\"\nlisted = false\n",
        "stream = \"verification\"\nlisted = false\nrate = 50\n",
    ) + 2;
    assert_eq!(
        refusals(&dir),
        [format!(
            "rules/{LAST}:{line}: a stream with listed = false has no terms: remove \"rate\", or remove listed = false"
        )]
    );
    let dir = copy();
    edit(
        &dir,
        "phases/2015-2020.toml",
        "who = \"associations\"\nrate = \"not_published\"\n",
        "who = \"associations\"\n",
    );
    let line = line_of(
        &dir,
        "phases/2015-2020.toml",
        "[[streams]]\nstream = \"organisation_support\"",
    );
    assert_eq!(
        refusals(&dir),
        [format!(
            "rules/phases/2015-2020.toml:{line}: missing key \"rate\": a listed stream states it (or set listed = false)"
        )]
    );
}

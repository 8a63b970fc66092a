//! The rules pages a programme officer reviews (`docs/rules.<lang>.md`) are
//! what the rule data generates: a figure changed in the data without
//! `make rules-docs` fails here, so the change is reviewed as a readable
//! diff of those pages.
#![cfg(not(target_arch = "wasm32"))]

use cp_estimator::i18n::rules_page::markdown;
use cp_estimator::i18n::Lang;
use cp_estimator::rules::data::{PROGRAMME, SOURCES};
use std::path::PathBuf;

fn committed(l: Lang) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("docs/rules.{}.md", l.tag()));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; run `make rules-docs`", path.display()))
}

#[test]
fn committed_rules_pages_are_what_the_data_generates() {
    for l in Lang::ALL {
        let want = markdown(l);
        let have = committed(l);
        if have != want {
            let line = have
                .lines()
                .zip(want.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(have.lines().count().min(want.lines().count()));
            panic!(
                "docs/rules.{}.md differs from the rule data from line {}:\n  committed: {:?}\n  generated: {:?}\nRun `make rules-docs` and review the diff.",
                l.tag(),
                line + 1,
                have.lines().nth(line),
                want.lines().nth(line)
            );
        }
    }
}

/// Every phase, every figure's source, human labels (never enum names).
#[test]
fn the_pages_show_every_phase_and_source_in_words() {
    for l in Lang::ALL {
        let page = markdown(l);
        for rs in PROGRAMME.rule_sets {
            assert!(page.contains(rs.id), "{l:?}: {}", rs.id);
        }
        for s in SOURCES {
            for p in s.pages {
                assert!(page.contains(p.url), "{l:?}: {}", p.url);
            }
        }
        for machine in [
            "hong_kong",
            "guangdong_hong_kong",
            "not_published",
            "none_stated",
            "factories_and_workshops",
            "pearl_river_delta",
            "onsite_assessment",
            "Ceiling::",
            "Some(",
        ] {
            assert!(!page.contains(machine), "{l:?}: an enum name {machine}");
        }
    }
    let en = markdown(Lang::En);
    assert!(
        en.contains("HK$750,000") && en.contains("RMB80,000"),
        "{en}"
    );
    assert!(
        en.contains("1 April 2025 (assumption)"),
        "assumed dates marked"
    );
}

/// Each phase after the first says what changed from the one before, in
/// each language, computed from the data: the dates always, and here the
/// 2020-2025 on-site assessment's ceiling, before → after, with both
/// sources, and the streams added and no longer listed.
#[test]
fn each_phase_says_what_changed_from_the_one_before() {
    use cp_estimator::i18n::changes_title;
    for l in Lang::ALL {
        let page = markdown(l);
        for w in PROGRAMME.rule_sets.windows(2) {
            let heading = format!("### {}", changes_title(w[0].id, l));
            assert_eq!(page.matches(&heading).count(), 1, "{l:?}: {heading}");
            // After the phase's own section, before the next phase's.
            let at = page.find(&heading).unwrap();
            let own = page
                .find(&format!(
                    "## {}\n",
                    cp_estimator::i18n::phase_name(w[1].id, l)
                ))
                .unwrap();
            assert!(own < at, "{l:?}: {heading} under its phase");
        }
        // The first phase has none.
        let first = PROGRAMME.rule_sets[0].id;
        let before_first = page
            .find(&format!(
                "## {}\n",
                cp_estimator::i18n::phase_name(PROGRAMME.rule_sets[1].id, l)
            ))
            .unwrap();
        assert!(!page[..before_first].contains("\n### "), "{l:?}: {first}");
    }
    let en = markdown(Lang::En);
    let table = &en[en
        .find("### What changed from the 2015-2020 phase")
        .unwrap()..];
    let table = &table[..table.find("\n\n## ").unwrap()];
    let row = table
        .lines()
        .find(|r| r.starts_with("| On-site improvement assessment: Ceiling |"))
        .unwrap_or_else(|| panic!("{table}"));
    assert!(
        row.contains("| HK$28,000 a project | HK$45,000 a project |")
            && row.contains("(https://www.gov.hk/en/residents/environment/support/cppp.htm) → [")
            && row.contains("smelink.gov.hk/en/"),
        "{row}"
    );
    assert!(
        table.contains("| Demonstration project: no longer listed |"),
        "{table}"
    );
    assert!(
        table.contains("| Demonstration project (i): wider adoption: new stream |"),
        "{table}"
    );
    assert!(table.contains("| Applications | 15 June 2015 to 31 March 2020 | 1 April 2020 (assumption) to 31 March 2025 |"), "{table}");
    // What did not change is not listed: the on-site assessment's rate.
    assert!(
        !table.contains("On-site improvement assessment: Rate"),
        "{table}"
    );
    let hant = markdown(Lang::ZhHant);
    assert!(
        hant.contains("| 實地評估：上限 | 每個項目港幣28,000元 | 每個項目港幣45,000元 |"),
        "{hant}"
    );
    let hans = markdown(Lang::ZhHans);
    assert!(hans.contains("| 实地评估：上限 | 每个项目港币28,000元 | 每个项目港币45,000元 |"));
}

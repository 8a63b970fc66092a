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

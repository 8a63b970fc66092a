//! Every published acceptance case (`../shared/acceptance/cases.json`),
//! through the library. `crates/cli/tests/cli.rs` runs them through `cpfund check`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use cp_estimator::i18n::Lang;
use cp_estimator::rules::Context;
use cp_shells::json::check_value;

#[test]
fn every_acceptance_case_through_the_library() {
    let cases = common::acceptance_cases();
    let mut failures = Vec::new();
    for c in &cases {
        let name = c["name"].as_str().unwrap_or("?");
        for lang in Lang::ALL {
            let (result, _) = check_value(&c["case"], &Context::default(), lang);
            failures.extend(common::differences(name, &c["expect"], &result));
        }
    }
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
    eprintln!("{} acceptance cases checked in 3 languages", cases.len());
}

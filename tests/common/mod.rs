//! Shared test helpers: where the acceptance cases live and how an expected
//! answer is compared with a result.
#![allow(dead_code)]

use serde_json::Value;
use std::path::PathBuf;

/// `../shared` beside the project's root (or `$CP_SHARED_DIR`).
pub fn shared_dir() -> PathBuf {
    match std::env::var_os("CP_SHARED_DIR") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"),
    }
}

/// The published acceptance cases, read at test time.
pub fn acceptance_cases() -> Vec<Value> {
    let path = shared_dir().join("acceptance/cases.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e} (set CP_SHARED_DIR)", path.display()));
    let v: Value = serde_json::from_str(&text).expect("cases.json is JSON");
    let cases = v.as_array().expect("cases.json is an array").clone();
    assert!(!cases.is_empty(), "cases.json has no cases");
    cases
}

/// Compares a result (or error object) with an acceptance `expect`; returns
/// every difference, so one run shows them all.
pub fn differences(name: &str, expect: &Value, result: &Value) -> Vec<String> {
    let mut out = Vec::new();
    // A key this comparison does not know would pass unchecked: refuse it.
    const KNOWN: [&str; 7] = [
        "verdict",
        "sponsorship",
        "applicant_pays",
        "ceiling_applied",
        "rule_set",
        "provisional",
        "error",
    ];
    if let Some(keys) = expect.as_object() {
        for k in keys.keys().filter(|k| !KNOWN.contains(&k.as_str())) {
            out.push(format!(
                "{name}: expect key \"{k}\" is not checked by the test suite (tests/common/mod.rs)"
            ));
        }
    }
    let is_error = result.get("error").is_some();
    if expect.get("error").and_then(Value::as_bool) == Some(true) {
        if !is_error {
            out.push(format!("{name}: expected an input error, got {result}"));
        } else {
            let e = &result["error"];
            for k in ["code", "field", "message"] {
                if !e.get(k).is_some_and(Value::is_string) {
                    out.push(format!("{name}: error object lacks {k}: {e}"));
                }
            }
        }
        return out;
    }
    if is_error {
        out.push(format!("{name}: unexpected input error {result}"));
        return out;
    }
    for key in [
        "verdict",
        "sponsorship",
        "applicant_pays",
        "ceiling_applied",
    ] {
        if let Some(want) = expect.get(key) {
            let got = &result["project"][key];
            if got != want {
                out.push(format!("{name}: project.{key} = {got}, expected {want}"));
            }
        }
    }
    // Absent or false counts as false (shared/acceptance/README.md).
    let want = expect.get("provisional").and_then(Value::as_bool) == Some(true);
    // A result without a rule set (no_rule_set) is not provisional.
    let got = &result["rule_set"]["provisional"];
    let matches = got.as_bool() == Some(want) || (result["rule_set"].is_null() && !want);
    if !matches {
        out.push(format!(
            "{name}: rule_set.provisional = {got}, expected {want}"
        ));
    }
    if let Some(want) = expect.get("rule_set") {
        let got = &result["rule_set"]["id"];
        if got != want {
            out.push(format!("{name}: rule_set.id = {got}, expected {want}"));
        }
    }
    out
}

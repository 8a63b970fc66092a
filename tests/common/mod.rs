//! Shared test helpers: where the acceptance cases live and how an expected
//! answer is compared with a result.
#![allow(dead_code)]

use serde_json::Value;
use std::path::PathBuf;

/// The project's root: the workspace's folder, whichever of its packages
/// runs the test (the widget's tests, or `crates/cli`'s, which share this).
pub fn project_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest
        .ancestors()
        .find(|d| d.join("Cargo.lock").exists())
        .unwrap_or(&manifest)
        .to_path_buf()
}

/// `../shared` beside the project's root (or `$CP_SHARED_DIR`).
pub fn shared_dir() -> PathBuf {
    match std::env::var_os("CP_SHARED_DIR") {
        Some(d) => PathBuf::from(d),
        None => project_root().join("../shared"),
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

/// The project's own cases (`tests/cases/*.json`, in the acceptance format
/// plus `error_code` and `error_field`), each with its file's name: what the
/// library, `cpfund` and the widget's component tests all run.
pub fn project_cases() -> Vec<(String, Value)> {
    let dir = project_root().join("tests/cases");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let v: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: not JSON: {e}", f.display()));
        let stem = f.file_stem().unwrap().to_string_lossy().into_owned();
        for c in v.as_array().expect("a list of cases") {
            out.push((format!("{stem}/{}", c["name"].as_str().unwrap()), c.clone()));
        }
    }
    assert!(out.len() >= 80, "only {} project cases", out.len());
    out
}

/// Compares a result (or error object) with an acceptance `expect`; returns
/// every difference, so one run shows them all.
pub fn differences(name: &str, expect: &Value, result: &Value) -> Vec<String> {
    let mut out = Vec::new();
    // A key this comparison does not know would pass unchecked: refuse it.
    const KNOWN: [&str; 13] = [
        "missing",
        "reasons_met",
        "reasons_absent",
        "assumed",
        "verdict",
        "sponsorship",
        "applicant_pays",
        "ceiling_applied",
        "rule_set",
        "provisional",
        "error",
        "error_code",
        "error_field",
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
            // The project's own cases also name the error.
            for (key, k) in [("error_code", "code"), ("error_field", "field")] {
                if let Some(want) = expect.get(key) {
                    if &e[k] != want {
                        out.push(format!("{name}: error.{k} = {}, expected {want}", e[k]));
                    }
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
    // The project's own cases: the missing fields in order; reason codes
    // listed as met, never listed, or listed as an assumption.
    if let Some(want) = expect.get("missing") {
        let got = &result["project"]["missing"];
        if got != want {
            out.push(format!("{name}: project.missing = {got}, expected {want}"));
        }
    }
    let reasons = result["project"]["reasons"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let codes = |key: &str| -> Vec<String> {
        expect[key]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|c| c.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    let with_code = |code: &String| -> Vec<&Value> {
        reasons
            .iter()
            .filter(|r| r["code"] == code.as_str())
            .collect()
    };
    for code in codes("reasons_met") {
        if !with_code(&code).iter().any(|r| r["met"] == true) {
            out.push(format!("{name}: no reason {code} met"));
        }
    }
    for code in codes("reasons_absent") {
        if !with_code(&code).is_empty() {
            out.push(format!("{name}: reason {code} listed, expected none"));
        }
    }
    for code in codes("assumed") {
        if !with_code(&code).iter().any(|r| r["assumption"] == true) {
            out.push(format!("{name}: no reason {code} marked as an assumption"));
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

/// Rendered HTML with its entities read back, so a test can look for the
/// text a person reads.
pub fn html_text(s: &str) -> String {
    s.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

/// The last known phase, found in the rule data: no test assumes which
/// phase is last (a new phase's file must not break them).
pub fn last_phase() -> &'static cp_engine::rules::RuleSet {
    cp_engine::rules::PROGRAMME
        .last()
        .expect("the rule data has a phase")
}

/// The day `days` after the last known phase's last day, `YYYY-MM-DD`.
pub fn after_last(days: i64) -> String {
    let to = last_phase().to;
    cp_engine::date::Date::from_unix_days(to.unix_days() + days).to_string()
}

/// A phase, found in the rule data, with a stream whose ceiling follows the
/// technology's origin: where the origin is asked (no test names which).
pub fn origin_ceiling_phase() -> (&'static cp_engine::rules::RuleSet, cp_engine::rules::Stream) {
    cp_engine::rules::PROGRAMME
        .rule_sets
        .iter()
        .find_map(|rs| {
            rs.offered()
                .find(|(_, t)| t.origin_ceiling.is_some())
                .map(|(s, _)| (rs, s))
        })
        .expect("a phase whose ceiling follows the technology's origin")
}

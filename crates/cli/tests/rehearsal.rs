//! The rehearsal of a new phase, as a new maintainer makes it (issue 31):
//! copy the last phase's file to the next id, change its id, its two dates
//! and a ceiling, and build. `cpfund` built over that copy of the rule
//! files answers from the new phase on a date in it (not provisionally),
//! provisionally under it after its end, and its rules pages and JSON list
//! the new phase and what changed. A bad edit stops the build with the
//! file and the line.
//!
//! It builds `cpfund` a second time (its own target folder, the copy named
//! by `CP_RULES_DIR`), so it is ignored by a plain `cargo test`; `make
//! test-native` runs it.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

/// `cargo` building (or running) `cpfund` over the rule files in `rules`.
fn cargo(rules: &Path, args: &[&str]) -> Output {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(root())
        .args([
            "run", "--locked", "--quiet", "-p", "cpfund", "--bin", "cpfund", "--",
        ])
        .args(args)
        .env("CP_RULES_DIR", rules)
        .env("CARGO_TARGET_DIR", root().join("target/rehearsal"))
        .env("CPFUND_TODAY", "2026-12-07")
        .output()
        .expect("cargo runs")
}

fn json(rules: &Path, args: &[&str], stdin: &str) -> Value {
    let mut child = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(root())
        .args([
            "run", "--locked", "--quiet", "-p", "cpfund", "--bin", "cpfund", "--",
        ])
        .args(args)
        .env("CP_RULES_DIR", rules)
        .env("CARGO_TARGET_DIR", root().join("target/rehearsal"))
        .env("CPFUND_TODAY", "2026-12-07")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.code() == Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
#[ignore = "builds cpfund again over a copy of the rule files: make test-native runs it"]
fn a_new_phase_is_one_file() {
    let dir = root().join("target/rehearsal-rules");
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&root().join("rules"), &dir);
    // The last phase, found in the files (no phase is named here).
    let rules = cp_rule_files::load(&dir, "rules").expect("the rule files are read");
    let last = rules.phases.last().unwrap().clone();
    let from = last.to;
    let (new_from, new_to) = (
        format!("{:04}-04-01", from.year),
        format!("{:04}-03-31", from.year + 2),
    );
    assert_eq!(
        from.to_string(),
        format!("{:04}-03-31", from.year),
        "a phase ends on 31 March"
    );
    let id = format!("{}-{}", from.year, from.year + 2);
    // A stream of the last phase with a published rate and ceiling, for a factory.
    let (stream, rate, ceiling) = last
        .streams
        .iter()
        .find_map(|e| {
            let t = e.terms.as_ref()?;
            match (&t.ceiling, t.rate, t.who.as_str()) {
                (
                    cp_rule_files::Ceiling::Published { amount, .. },
                    Some(rate),
                    "factories" | "factories_and_workshops",
                ) => Some((e.stream.clone(), rate, *amount)),
                _ => None,
            }
        })
        .expect("the last phase funds factories at a published ceiling");
    let raised = ceiling + 50_000;
    // The maintainer's edit: copy, then the id, the two dates and a ceiling.
    let text = std::fs::read_to_string(dir.join(format!("phases/{}.toml", last.id))).unwrap();
    let text = text
        .replacen(
            &format!("id = \"{}\"", last.id),
            &format!("id = \"{id}\""),
            1,
        )
        .replacen(
            &format!("from = {}", last.from),
            &format!("from = {new_from}"),
            1,
        )
        .replacen(&format!("to = {}", last.to), &format!("to = {new_to}"), 1)
        .replacen(
            &format!("ceiling = {ceiling}\n"),
            &format!("ceiling = {raised}\n"),
            1,
        );
    assert!(
        text.contains(&format!("ceiling = {raised}\n")) && text.contains(&format!("id = \"{id}\""))
    );
    std::fs::write(dir.join(format!("phases/{id}.toml")), &text).unwrap();

    // On a date inside the new phase: its terms, not provisional, the new ceiling.
    let case = |date: &str| {
        let origin = if stream == "new_technology_demonstration" {
            r#","technology_origin":"other""#
        } else {
            ""
        };
        format!(
            r#"{{"date":"{date}","applicant":{{"kind":"hk_business","br_registered":true,"route":"hk_factory","factory_region":"hong_kong","sector":"textiles"}},"project":{{"stream":"{stream}","cost":"{}"{origin}}}}}"#,
            raised * 400 / u64::from(rate)
        )
    };
    let inside = json(
        &dir,
        &["check", "--json"],
        &case(&format!("{:04}-06-01", from.year)),
    );
    assert_eq!(inside["rule_set"]["id"], json!(id), "{inside}");
    assert_eq!(inside["rule_set"]["provisional"], json!(false));
    assert_eq!(
        inside["project"]["sponsorship"],
        json!(format!("{raised}.00")),
        "{inside}"
    );
    assert_eq!(inside["project"]["ceiling_applied"], json!(true));
    // After its end: provisional under it.
    let after = json(
        &dir,
        &["check", "--json"],
        &case(&format!("{:04}-06-01", from.year + 2)),
    );
    assert_eq!(after["rule_set"]["id"], json!(id));
    assert_eq!(after["rule_set"]["provisional"], json!(true));
    // The old last phase is firm on its last day, as before.
    let old = json(&dir, &["check", "--json"], &case(&last.to.to_string()));
    assert_eq!(old["rule_set"]["id"], json!(last.id));
    assert_eq!(old["rule_set"]["provisional"], json!(false));

    // The rules pages: the new phase, and what changed, in each language.
    let all = json(&dir, &["rules", "--format", "json"], "");
    let new = all["rule_sets"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(new["id"], json!(id));
    let changes = new["changes"].as_array().unwrap();
    assert_eq!(changes[0]["what"], json!("dates"));
    let changed: Vec<(&str, &str)> = changes
        .iter()
        .map(|c| {
            (
                c["what"].as_str().unwrap(),
                c["stream"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert!(
        changed.contains(&("ceiling", stream.as_str())),
        "{changed:?}"
    );
    assert_eq!(
        changed.len(),
        2,
        "only the dates and the ceiling changed: {changed:?}"
    );
    for lang in ["en", "zh-Hant", "zh-Hans"] {
        let out = cargo(&dir, &["rules", "--format", "markdown", "--lang", lang]);
        let page = String::from_utf8(out.stdout).unwrap();
        assert!(page.contains(&id), "{lang}");
        let heading = match lang {
            "en" => format!("### What changed from the {} phase", last.id),
            "zh-Hant" => format!("### 與{}期計劃相比的改變", last.id),
            _ => format!("### 与{}期计划相比的变化", last.id),
        };
        assert!(page.contains(&heading), "{lang}: {heading}");
    }

    // A bad edit in the new file stops the build at its line.
    let bad = text.replacen(
        &format!("ceiling = {raised}\n"),
        &format!("ceilling = {raised}\n"),
        1,
    );
    std::fs::write(dir.join(format!("phases/{id}.toml")), &bad).unwrap();
    let line = bad[..bad.find("ceilling").unwrap()].matches('\n').count() + 1;
    let out = cargo(&dir, &["rules"]);
    assert_ne!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let shown = dir.display();
    assert!(
        stderr.contains(&format!(
            "{shown}/phases/{id}.toml:{line}: unknown key \"ceilling\" (did you mean \"ceiling\"?)"
        )),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

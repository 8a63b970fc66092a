//! The layers of ARCHITECTURE.md, held by a test until the crates are split
//! (issue 11): arrows point down only. `date` and `money` at the bottom, the
//! rules engine above them, the texts (`i18n`) above the engine, the shells
//! (summary, rules page, JSON, CSV, widget, site, `cpfund`) on top. A module
//! that names a layer above it, or the outside world (browser, serde, files,
//! the clock), fails here with the file and line.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

/// What a layer's files may not name: modules above it, and crates or std
/// paths that reach outside (the engine does no I/O).
const OUTSIDE: &[&str] = &[
    "yew",
    "web_sys",
    "wasm_bindgen",
    "js_sys",
    "gloo",
    "serde",
    "serde_json",
    "csv",
    "clap",
    "tokio",
    "std::fs",
    "std::io",
    "std::env",
    "std::time",
    "std::process",
];

const SHELLS: &[&str] = &[
    "crate::summary",
    "crate::rules_page",
    "crate::json",
    "crate::batch",
    "crate::widget",
    "crate::site",
    "crate::embed",
];

struct Layer {
    name: &'static str,
    files: &'static [&'static str],
    /// Modules of this crate above the layer.
    above: &'static [&'static str],
    /// Whether the outside world is off limits.
    pure: bool,
}

fn layers() -> Vec<Layer> {
    vec![
        Layer {
            name: "date and money (bottom)",
            files: &["src/date.rs", "src/money.rs"],
            above: &["crate::rules", "crate::i18n"],
            pure: true,
        },
        Layer {
            name: "the rules engine",
            files: &["src/rules"],
            above: &["crate::i18n"],
            pure: true,
        },
        Layer {
            name: "the texts",
            files: &["src/i18n"],
            above: &[],
            pure: true,
        },
    ]
}

/// Every use of a forbidden path in `code` (comments ignored): (line, path).
fn violations(code: &str, above: &[&str], pure: bool) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in code.lines().enumerate() {
        let line = line.split("//").next().unwrap_or("");
        let forbidden = above
            .iter()
            .chain(SHELLS)
            .copied()
            .chain(OUTSIDE.iter().copied().filter(|_| pure));
        for path in forbidden {
            let hit = line.match_indices(path).any(|(i, _)| {
                let before = line[..i].chars().next_back();
                let after = line[i + path.len()..].chars().next();
                !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                    && matches!(
                        after,
                        Some(':') | Some(';') | Some(' ') | Some(',') | Some('}') | None
                    )
            });
            if hit {
                out.push((n + 1, path.to_string()));
            }
        }
    }
    out
}

fn rust_files(root: &Path, at: &str) -> Vec<PathBuf> {
    let p = root.join(at);
    if p.is_file() {
        return vec![p];
    }
    let mut out = Vec::new();
    for e in std::fs::read_dir(&p).unwrap() {
        let path = e.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(
                root,
                path.strip_prefix(root).unwrap().to_str().unwrap(),
            ));
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
    out
}

#[test]
fn no_module_names_a_layer_above_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for layer in layers() {
        for at in layer.files {
            for file in rust_files(root, at) {
                // The catalogue compiler runs in build.rs, not in the crate.
                if file.ends_with("i18n/compile.rs") {
                    continue;
                }
                let code = std::fs::read_to_string(&file).unwrap();
                for (line, path) in violations(&code, layer.above, layer.pure) {
                    found.push(format!(
                        "{}:{line}: {} names {path}",
                        file.strip_prefix(root).unwrap().display(),
                        layer.name
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "upward imports:\n{}", found.join("\n"));
}

#[test]
fn the_check_finds_a_planted_upward_import() {
    let planted = "use super::case::*;\nuse crate::i18n::Lang; // the engine naming the texts\nfn f() { crate::summary::text(); }\nuse std::fs::read;\n";
    let v = violations(planted, &["crate::i18n"], true);
    assert_eq!(
        v,
        [
            (2, "crate::i18n".to_string()),
            (3, "crate::summary".to_string()),
            (4, "std::fs".to_string())
        ]
    );
    // Names that merely start alike are not imports of the layer.
    assert!(violations(
        "use crate::i18nx::y;\nlet serde_like = 1;",
        &["crate::i18n"],
        true
    )
    .is_empty());
}

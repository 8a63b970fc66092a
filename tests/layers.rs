//! The layers of ARCHITECTURE.md: arrows point down only. The engine
//! (`crates/engine`: date, money, rules) depends on no crate at all, the
//! texts (`crates/texts`) on the engine alone, the JSON and CSV shells
//! (`crates/shells`) and the widget (the root package) on both, and
//! `cpfund` (`crates/cli`) on all of them, so Cargo refuses an upward
//! import: the engine cannot name the texts because it does not depend on
//! them. This test holds the manifests to that, and keeps the outside world
//! (browser, serde, files, the clock) out of the engine's and the texts'
//! code.
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

/// The shells: the widget (the root package), the JSON and CSV shells and
/// `cpfund`.
const SHELLS: &[&str] = &[
    "cp_estimator",
    "cp_shells",
    "cpfund",
    "crate::widget",
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
            files: &["crates/engine/src/date.rs", "crates/engine/src/money"],
            above: &["crate::rules"],
            pure: true,
        },
        Layer {
            name: "the rules engine",
            files: &["crates/engine/src"],
            above: &["cp_texts"],
            pure: true,
        },
        Layer {
            name: "the texts",
            files: &["crates/texts/src"],
            above: &["cp_estimator"],
            pure: true,
        },
        Layer {
            name: "the JSON and CSV shells",
            files: &["crates/shells/src"],
            above: &[],
            pure: false,
        },
    ]
}

/// The `[dependencies]` a manifest names (package names).
fn dependencies(manifest: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut inside = false;
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            inside = line == "[dependencies]";
            continue;
        }
        if inside && !line.is_empty() && !line.starts_with('#') {
            out.push(line.split(['=', '.']).next().unwrap().trim().to_string());
        }
    }
    out
}

#[test]
fn each_crate_depends_only_on_the_layers_below() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |p: &str| std::fs::read_to_string(root.join(p)).unwrap();
    assert_eq!(
        dependencies(&read("crates/engine/Cargo.toml")),
        ["rust_decimal"],
        "the engine depends on rust_decimal alone"
    );
    assert_eq!(
        dependencies(&read("crates/texts/Cargo.toml")),
        ["cp-engine"],
        "the texts depend on the engine alone"
    );
    let shells = dependencies(&read("crates/shells/Cargo.toml"));
    assert!(
        shells
            .iter()
            .all(|d| !["cp-estimator", "cpfund"].contains(&d.as_str())),
        "the JSON and CSV shells stand on the engine and the texts, not on the widget: {shells:?}"
    );
    let widget = dependencies(&read("Cargo.toml"));
    for shell in ["cp-shells", "cpfund", "serde_json", "serde", "csv", "clap"] {
        assert!(
            !widget.iter().any(|d| d == shell),
            "the widget names no shell's crate ({shell}): {widget:?}"
        );
    }
    // The check reads what it should.
    assert_eq!(
        dependencies("[package]\nname = \"x\"\n[dependencies]\ncp-engine = { path = \"..\" }\nserde.workspace = true\n[dev-dependencies]\nproptest = \"1\"\n"),
        ["cp-engine", "serde"]
    );
}

/// Every use of a forbidden path in `code` (comments ignored): (line, path).
fn violations(code: &str, above: &[&str], pure: bool) -> Vec<(usize, String)> {
    let forbidden: Vec<&str> = above
        .iter()
        .chain(SHELLS)
        .copied()
        .chain(OUTSIDE.iter().copied().filter(|_| pure))
        .collect();
    mentions(code, &forbidden)
}

/// `line` with the text of its string literals blanked out ("…" stays as
/// `""`), so a command named in a message is not an import.
fn without_strings(line: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    let mut escaped = false;
    for c in line.chars() {
        if inside {
            match (escaped, c) {
                (false, '\\') => escaped = true,
                (false, '"') => {
                    inside = false;
                    out.push(c);
                }
                _ => escaped = false,
            }
        } else {
            inside = c == '"';
            out.push(c);
        }
    }
    out
}

/// Every use of one of `paths` in `code` (comments and string literals
/// ignored): (line, path).
fn mentions(code: &str, paths: &[&str]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in code.lines().enumerate() {
        let line = without_strings(line);
        let line = line.split("//").next().unwrap_or("");
        for &path in paths {
            let hit = line.match_indices(path).any(|(i, _)| {
                let before = line[..i].chars().next_back();
                let after = line[i + path.len()..].chars().next();
                !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                    && matches!(after, Some(':' | ';' | ' ' | ',' | '}' | '.' | ')') | None)
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
                if file.ends_with("texts/src/compile.rs") {
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

/// What the view may not name: the programme's data and its shapes. It
/// draws what the state, the engine's result and the texts give it
/// (ARCHITECTURE.md: "a view that decides nothing").
const RULE_DATA: &[&str] = &["PROGRAMME", "SOURCES", "rules::data", "rules::model"];

#[test]
fn the_view_names_no_rule_data() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for file in rust_files(root, "src/widget/view") {
        let code = std::fs::read_to_string(&file).unwrap();
        for (line, path) in mentions(&code, RULE_DATA) {
            found.push(format!(
                "{}:{line}: {path}",
                file.strip_prefix(root).unwrap().display()
            ));
        }
    }
    assert!(
        found.is_empty(),
        "the view names the rule data:\n{}",
        found.join("\n")
    );
    // The check can fail.
    assert_eq!(
        mentions(
            "let c = &PROGRAMME.contacts;\nuse crate::rules::data::SOURCES;",
            RULE_DATA
        ),
        [
            (1, "PROGRAMME".to_string()),
            (2, "SOURCES".to_string()),
            (2, "rules::data".to_string())
        ]
    );
}

#[test]
fn the_check_finds_a_planted_upward_import() {
    let planted = "use crate::rules::case::*;\nuse cp_texts::Lang; // the engine naming the texts\nfn f() { cp_estimator::summary::text(); }\nuse std::fs::read;\n";
    let v = violations(planted, &["cp_texts"], true);
    assert_eq!(
        v,
        [
            (2, "cp_texts".to_string()),
            (3, "cp_estimator".to_string()),
            (4, "std::fs".to_string())
        ]
    );
    // Names that merely start alike are not imports of the layer, nor is a
    // command named in a text; code after a string still is.
    assert!(violations(
        "use cp_textsx::y;\nlet serde_like = 1;\nlet s = \"run `cpfund rules`, \\\"cp_texts::x\\\"\";",
        &["cp_texts"],
        true
    )
    .is_empty());
    assert_eq!(
        violations("let s = \"a\"; cpfund::site::page();", &[], false),
        [(1, "cpfund".to_string())]
    );
}

/// No file of the product's source is over 600 lines (tests aside: files
/// named `*_tests.rs`), so each has one job a reader can hold.
#[test]
fn no_source_file_is_over_600_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut roots = vec!["src".to_string()];
    for e in std::fs::read_dir(root.join("crates")).unwrap() {
        let src = e.unwrap().path().join("src");
        if src.is_dir() {
            roots.push(src.strip_prefix(root).unwrap().display().to_string());
        }
    }
    let mut long = Vec::new();
    for at in &roots {
        for file in rust_files(root, at) {
            if file.to_string_lossy().ends_with("_tests.rs") {
                continue;
            }
            let lines = std::fs::read_to_string(&file).unwrap().lines().count();
            if lines > 600 {
                long.push(format!(
                    "{}: {lines} lines",
                    file.strip_prefix(root).unwrap().display()
                ));
            }
        }
    }
    assert!(roots.len() >= 4, "src and the crates: {roots:?}");
    assert!(
        long.is_empty(),
        "files over 600 lines:\n{}",
        long.join("\n")
    );
}

/// The modules of `src/widget/` that each one names (`super::x`).
fn widget_imports(root: &Path) -> Vec<(String, Vec<String>)> {
    let dir = root.join("src/widget");
    let mut out = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let path = e.unwrap().path();
        let Some(name) = path.file_stem().and_then(|n| n.to_str()) else {
            continue;
        };
        if path.extension().is_none_or(|x| x != "rs") || name == "mod" || name.ends_with("_tests") {
            continue;
        }
        let code = std::fs::read_to_string(&path).unwrap();
        out.push((name.to_string(), module_names(&code)));
    }
    out
}

/// `super::x` names in code (comments and test modules aside).
fn module_names(code: &str) -> Vec<String> {
    let code = code.split("#[cfg(test)]").next().unwrap_or(code);
    let mut names = Vec::new();
    for line in code.lines() {
        let line = line.split("//").next().unwrap_or("");
        for (i, _) in line.match_indices("super::") {
            let rest = &line[i + "super::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty()
                && name.chars().all(|c| c.is_lowercase() || c == '_')
                && !names.contains(&name)
            {
                names.push(name);
            }
        }
    }
    names
}

/// A loop among modules, if there is one: the path that closes it.
fn a_loop(graph: &[(String, Vec<String>)]) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        graph: &[(String, Vec<String>)],
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == n) {
            let mut l = path[i..].to_vec();
            l.push(n.to_string());
            return Some(l);
        }
        path.push(n.to_string());
        for (_, to) in graph.iter().filter(|(m, _)| m == n) {
            for t in to {
                if let Some(l) = visit(t, graph, path) {
                    return Some(l);
                }
            }
        }
        path.pop();
        None
    }
    graph
        .iter()
        .find_map(|(m, _)| visit(m, graph, &mut Vec::new()))
}

/// No modules of the widget import each other in a loop (fields ⇄ share ⇄
/// state was one, through `Form`): the field table at the bottom, then the
/// share link, then the state, then the view.
#[test]
fn the_widget_modules_import_no_loop() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let graph = widget_imports(root);
    assert!(graph.len() >= 4, "{graph:?}");
    assert_eq!(a_loop(&graph), None, "{graph:?}");
    // The check can fail: the old loop, planted.
    let planted = vec![
        (
            "fields".to_string(),
            module_names("use super::state::Form;"),
        ),
        (
            "share".to_string(),
            vec!["fields".to_string(), "state".to_string()],
        ),
        (
            "state".to_string(),
            vec!["fields".to_string(), "share".to_string()],
        ),
    ];
    assert!(a_loop(&planted).is_some());
}

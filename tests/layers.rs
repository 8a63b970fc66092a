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
                    && matches!(
                        after,
                        Some(':' | ';' | ' ' | ',' | '}' | '.' | ')' | '>' | '<' | '(' | '{' | ']')
                            | None
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

/// The names `rules` re-exports from the data and its model (`mod.rs`'s
/// `pub use data::…` and `pub use model::{…}`): what a glob import (`use
/// crate::rules::*`) brings in without naming `data` or `model`. The view
/// may name none of them but `Source` (a reason's source, which it links).
fn rule_data_names(mod_rs: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in mod_rs.lines() {
        for module in ["data", "model"] {
            if let Some(rest) = line.trim().strip_prefix(&format!("pub use {module}::")) {
                let rest = rest
                    .trim_end_matches(';')
                    .trim_matches(|c| c == '{' || c == '}');
                out.extend(
                    rest.split(',')
                        .map(|n| n.trim().to_string())
                        .filter(|n| !n.is_empty() && n != "Source"),
                );
            }
        }
    }
    out
}

#[test]
fn the_view_names_no_rule_data() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mod_rs = std::fs::read_to_string(root.join("crates/engine/src/rules/mod.rs")).unwrap();
    let through_glob = rule_data_names(&mod_rs);
    assert!(
        through_glob.iter().any(|n| n == "RuleSet")
            && through_glob.iter().any(|n| n == "PROGRAMME"),
        "{through_glob:?}"
    );
    let names: Vec<&str> = RULE_DATA
        .iter()
        .copied()
        .chain(through_glob.iter().map(String::as_str))
        .collect();
    let mut found = Vec::new();
    for file in rust_files(root, "src/widget/view") {
        let code = std::fs::read_to_string(&file).unwrap();
        for (line, path) in mentions(&code, &names) {
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
    // Through a glob: the form's old second copy of what a phase offers.
    let planted =
        "use crate::rules::*;\nfn options(q: &Question, rs: Option<&'static RuleSet>, l: Lang) {}";
    assert_eq!(mentions(planted, &names), [(2, "RuleSet".to_string())]);
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

/// The widget's modules, lowest first: each may import only those before
/// it. The field table at the bottom, then the share link, the state, what
/// a render shows, the view's parts and the view, and the pre-render.
const WIDGET_ORDER: &[&str] = &[
    "fields",
    "share",
    "state",
    "screen",
    "view/link",
    "view/chart",
    "view/streams",
    "view/actions",
    "view/form",
    "view/answer",
    "view",
    "prerender",
];

/// The rules engine's modules (`crates/engine/src/rules/`), lowest first:
/// the case's vocabulary and the sets of its fields, the shape of the rule
/// data and the data (generated from `rules/*.toml`), what changed between
/// phases, the result, reading a case, the conditions, the evaluation, the
/// questions it implies, the invariants checked over results, and
/// `mod.rs`, which re-exports them.
const ENGINE_ORDER: &[&str] = &[
    "case",
    "fields",
    "model",
    "data",
    "changes",
    "result",
    "input",
    "conditions",
    "engine",
    "questions",
    "invariants",
    "mod",
];

/// The rules modules a file of the engine's rules imports (`super::x`,
/// `crate::rules::x`).
fn rules_deps(code: &str) -> Vec<String> {
    let mut deps = widget_deps(code, false, &[]);
    let code = product_code(code);
    for (i, _) in code.match_indices("crate::rules::") {
        let name: String = code[i + "crate::rules::".len()..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() && !deps.contains(&name) {
            deps.push(name);
        }
    }
    deps
}

/// The texts' modules (`crates/texts/src/texts/`), lowest first: names
/// and amounts, then the sentences built on them, then the verdicts (which
/// quote a reason), then `mod.rs` (the checks over all of them).
const TEXTS_ORDER: &[&str] = &[
    "labels",
    "errors",
    "interface",
    "notices",
    "rules_words",
    "reasons",
    "verdicts",
    "mod",
];

/// Code without its test module and comments.
fn product_code(code: &str) -> String {
    let code = code.split("#[cfg(test)]").next().unwrap_or(code);
    code.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The widget modules a file of the widget imports (`super::x`,
/// `super::super::x`, `crate::widget::x`), named as in [`WIDGET_ORDER`].
/// `in_view` is for the files of `view/` other than its `mod.rs`: their
/// `super::` is the view (a sibling file, or `view` itself).
fn widget_deps(code: &str, in_view: bool, siblings: &[String]) -> Vec<String> {
    let code = product_code(code);
    let word = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut deps: Vec<String> = Vec::new();
    let mut add = |d: String| {
        if !deps.contains(&d) {
            deps.push(d);
        }
    };
    for (i, _) in code.match_indices("super::") {
        if code[..i].ends_with("super::") {
            continue; // part of a chain, read from its start
        }
        let mut rest = &code[i..];
        let mut ups = 0;
        while let Some(r) = rest.strip_prefix("super::") {
            ups += 1;
            rest = r;
        }
        let name = word(rest);
        if name.is_empty() || !name.chars().all(|c| c.is_lowercase() || c == '_') {
            // `super::*` or a type of the module above: that module.
            if in_view && ups == 1 {
                add("view".to_string());
            }
            continue;
        }
        match (in_view, ups) {
            (true, 1) if siblings.contains(&name) => add(format!("view/{name}")),
            (true, 1) => add("view".to_string()),
            _ => add(name),
        }
    }
    for (i, _) in code.match_indices("crate::widget::") {
        add(word(&code[i + "crate::widget::".len()..]));
    }
    deps
}

/// The widget's module graph, named as in [`WIDGET_ORDER`].
fn widget_graph(root: &Path) -> Vec<(String, Vec<String>)> {
    let stems = |dir: &Path| -> Vec<(String, PathBuf)> {
        let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "rs"))
            .map(|p| (p.file_stem().unwrap().to_str().unwrap().to_string(), p))
            .filter(|(n, _)| !n.ends_with("_tests"))
            .collect();
        out.sort();
        out
    };
    let widget = root.join("src/widget");
    let view = stems(&widget.join("view"));
    let siblings: Vec<String> = view.iter().map(|(n, _)| n.clone()).collect();
    let mut graph = Vec::new();
    for (name, path) in stems(&widget) {
        if name != "mod" {
            let code = std::fs::read_to_string(&path).unwrap();
            graph.push((name, widget_deps(&code, false, &siblings)));
        }
    }
    for (name, path) in &view {
        let code = std::fs::read_to_string(path).unwrap();
        let (module, in_view) = match name.as_str() {
            "mod" => ("view".to_string(), false),
            n => (format!("view/{n}"), true),
        };
        graph.push((module, widget_deps(&code, in_view, &siblings)));
    }
    graph
}

/// The texts' module graph: a module depends on another when it calls one
/// of the other's `pub fn`s (they share one namespace, `use super::*`).
fn texts_graph(files: &[(String, String)]) -> Vec<(String, Vec<String>)> {
    let defs: Vec<Vec<String>> = files
        .iter()
        .map(|(_, code)| {
            let code = product_code(code);
            code.match_indices("pub fn ")
                .map(|(i, _)| {
                    code[i + 7..]
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect()
                })
                .collect()
        })
        .collect();
    let calls = |code: &str, f: &str| -> bool {
        code.match_indices(&format!("{f}(")).any(|(i, _)| {
            !code[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.' || c == ':')
                && !code[..i].ends_with("fn ")
        })
    };
    files
        .iter()
        .enumerate()
        .map(|(i, (name, code))| {
            let code = product_code(code);
            let deps = files
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i && defs[j].iter().any(|f| calls(&code, f)))
                .map(|(_, (n, _))| n.clone())
                .collect();
            (name.clone(), deps)
        })
        .collect()
}

/// Imports that point up (or at a module the order does not place).
fn upward(order: &[&str], graph: &[(String, Vec<String>)]) -> Vec<String> {
    let at = |m: &str| order.iter().position(|o| *o == m);
    let mut out = Vec::new();
    for (m, deps) in graph {
        let Some(im) = at(m) else {
            out.push(format!("{m} is not placed in the order"));
            continue;
        };
        for d in deps.iter().filter(|d| *d != m) {
            match at(d) {
                Some(id) if id < im => {}
                Some(_) => out.push(format!("{m} imports {d}, above it")),
                None => out.push(format!("{m} imports {d}, not placed in the order")),
            }
        }
    }
    out
}

/// Within the widget, the engine's rules and the texts, no module imports one above it
/// (so none import each other in a loop), and the check can fail.
#[test]
fn no_module_imports_one_above_it_in_the_widget_or_the_texts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let widget = widget_graph(root);
    assert!(widget.len() >= 10, "{widget:?}");
    assert_eq!(
        upward(WIDGET_ORDER, &widget),
        Vec::<String>::new(),
        "{widget:?}"
    );
    // Every module placed is one that exists.
    for m in WIDGET_ORDER {
        assert!(widget.iter().any(|(n, _)| n == m), "{m}");
    }

    // The engine's rules folder reads from the ground up: no circle.
    let rules_dir = root.join("crates/engine/src/rules");
    let mut engine: Vec<(String, Vec<String>)> = std::fs::read_dir(&rules_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .map(|p| {
            let name = p.file_stem().unwrap().to_str().unwrap().to_string();
            let deps = rules_deps(&std::fs::read_to_string(&p).unwrap());
            (name, deps)
        })
        .collect();
    engine.sort();
    assert_eq!(engine.len(), ENGINE_ORDER.len(), "{engine:?}");
    let from_mod: Vec<(String, Vec<String>)> =
        engine.iter().filter(|(n, _)| n != "mod").cloned().collect();
    assert_eq!(
        upward(ENGINE_ORDER, &from_mod),
        Vec::<String>::new(),
        "{engine:?}"
    );
    let questions = &engine.iter().find(|(n, _)| n == "questions").unwrap().1;
    assert!(questions.contains(&"engine".to_string()), "{engine:?}");
    // Planted: the fields' set naming the questions (the old circle).
    let planted = vec![(
        "fields".to_string(),
        rules_deps(
            "use super::case::Field;
use crate::rules::questions::ORDER;",
        ),
    )];
    assert_eq!(
        upward(ENGINE_ORDER, &planted),
        ["fields imports questions, above it"]
    );

    let dir = root.join("crates/texts/src/texts");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            let name = p.file_stem().unwrap().to_str().unwrap().to_string();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    files.sort();
    let texts = texts_graph(&files);
    assert_eq!(texts.len(), TEXTS_ORDER.len(), "{texts:?}");
    assert_eq!(
        upward(TEXTS_ORDER, &texts),
        Vec::<String>::new(),
        "{texts:?}"
    );
    let verdicts = &texts.iter().find(|(n, _)| n == "verdicts").unwrap().1;
    assert!(verdicts.contains(&"reasons".to_string()), "{texts:?}");

    // Planted: a view part that reads the view's own module, the field
    // table naming the state, a texts name calling a headline.
    let siblings = vec!["form".to_string(), "chart".to_string()];
    let deps = widget_deps(
        "use super::super::state::Action;\nuse super::chart::chart;\nfn f() { super::text_input(); }\n// super::screen\n",
        true,
        &siblings,
    );
    assert_eq!(deps, ["state", "view/chart", "view"]);
    let planted = vec![("view/chart".to_string(), deps)];
    assert_eq!(
        upward(WIDGET_ORDER, &planted),
        ["view/chart imports view, above it"]
    );
    let planted = vec![(
        "fields".to_string(),
        widget_deps("use crate::widget::state::Form;", false, &siblings),
    )];
    assert_eq!(
        upward(WIDGET_ORDER, &planted),
        ["fields imports state, above it"]
    );
    let planted = texts_graph(&[
        ("labels".into(), "pub fn a() { headline(x); }".into()),
        (
            "verdicts".into(),
            "pub fn headline() { a(); x.b(); }".into(),
        ),
        ("x".into(), "pub fn b() {}".into()),
    ]);
    assert_eq!(
        planted,
        [
            ("labels".to_string(), vec!["verdicts".to_string()]),
            ("verdicts".to_string(), vec!["labels".to_string()]),
            ("x".to_string(), vec![]),
        ]
    );
    assert_eq!(
        upward(TEXTS_ORDER, &planted),
        [
            "labels imports verdicts, above it",
            "x is not placed in the order"
        ]
    );
}

//! Turns the programme's rule files (`rules/` at the repository's root, or
//! the folder `CP_RULES_DIR` names) into the engine's static tables:
//! `OUT_DIR/rules_data.rs`, which `src/rules/data.rs` includes. A mistake
//! in a file stops the build with the file, the line and the way to fix it.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=CP_RULES_DIR");
    let (dir, shown) = match std::env::var("CP_RULES_DIR") {
        Ok(d) if !d.is_empty() => (PathBuf::from(&d), d),
        _ => (
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../rules"),
            "rules".to_string(),
        ),
    };
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed={}", dir.join("phases").display());
    for entry in ["sources.toml", "programme.toml", "recognition.toml"] {
        println!("cargo:rerun-if-changed={}", dir.join(entry).display());
    }
    if let Ok(phases) = std::fs::read_dir(dir.join("phases")) {
        for e in phases.flatten() {
            println!("cargo:rerun-if-changed={}", e.path().display());
        }
    }
    match cp_rule_files::load(&dir, &shown) {
        Ok(rules) => {
            let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
            std::fs::write(out.join("rules_data.rs"), cp_rule_files::rust(&rules))
                .expect("OUT_DIR is writable");
        }
        Err(problems) => {
            eprintln!("error: the rule files have {} problem(s):", problems.len());
            for p in &problems {
                eprintln!("  {p}");
            }
            std::process::exit(1);
        }
    }
}

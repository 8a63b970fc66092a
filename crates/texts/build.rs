//! Compiles the translation catalogues (`ftl/*.ftl`) into Rust at
//! build time, after checking them (src/compile.rs): a message missing
//! in a language, or with other placeholders than in English, stops the
//! build with the file, line and what to do.

#[path = "src/compile.rs"]
mod compile;

use std::path::PathBuf;

/// The catalogues, English (the reference) first, with their `Lang` variant.
const CATALOGUES: [(&str, &str); 3] = [
    ("En", "ftl/en.ftl"),
    ("ZhHant", "ftl/zh-Hant.ftl"),
    ("ZhHans", "ftl/zh-Hans.ftl"),
];

fn main() {
    println!("cargo:rerun-if-changed=src/compile.rs");
    let texts: Vec<String> = CATALOGUES
        .iter()
        .map(|(_, file)| {
            println!("cargo:rerun-if-changed={file}");
            std::fs::read_to_string(file).unwrap_or_else(|e| {
                eprintln!("error: cannot read the catalogue {file}: {e}");
                std::process::exit(1)
            })
        })
        .collect();
    let cats: Vec<compile::Catalogue<'_>> = CATALOGUES
        .iter()
        .zip(&texts)
        .map(|((lang, file), text)| compile::Catalogue { lang, file, text })
        .collect();
    match compile::check(&cats) {
        Ok(checked) => {
            let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
                .join("messages.rs");
            std::fs::write(&out, compile::generate(&checked)).expect("OUT_DIR is writable");
        }
        Err(errors) => {
            eprintln!(
                "error: the translation catalogues have {} problem(s):",
                errors.len()
            );
            for e in &errors {
                eprintln!("  {e}");
            }
            std::process::exit(1);
        }
    }
}

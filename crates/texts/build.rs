//! Compiles the translation catalogues (`ftl/*.ftl`) at build time, after
//! checking them (src/compile.rs): a message missing in a language, or with
//! other placeholders than in English, stops the build with the file, line
//! and what to do. Writes one function per message (`messages.rs`) and each
//! language's run-time data (`<tag>.txt`, built in natively, and
//! `<tag>.widget.txt`, which `cpfund site` writes for the widget to load).

#[path = "src/compile.rs"]
mod compile;

use std::path::PathBuf;

/// The catalogues, English (the reference) first, with their `Lang` variant
/// and language tag, in `Lang::ALL`'s order.
const CATALOGUES: [(&str, &str, &str); 3] = [
    ("En", "en", "ftl/en.ftl"),
    ("ZhHant", "zh-Hant", "ftl/zh-Hant.ftl"),
    ("ZhHans", "zh-Hans", "ftl/zh-Hans.ftl"),
];

/// The sources' titles, from the rule files (`rules/sources.toml`, or the
/// folder `CP_RULES_DIR` names), as catalogue messages for `lang`:
/// `source-<id>` for each source, and `named-source-<id>` for one without
/// an address, which the widget names where it would link.
fn source_titles(lang: &str) -> String {
    println!("cargo:rerun-if-env-changed=CP_RULES_DIR");
    let (dir, shown) = match std::env::var("CP_RULES_DIR") {
        Ok(d) if !d.is_empty() => (PathBuf::from(&d), d),
        _ => (PathBuf::from("../../rules"), "rules".to_string()),
    };
    println!(
        "cargo:rerun-if-changed={}",
        dir.join("sources.toml").display()
    );
    let rules = cp_rule_files::load(&dir, &shown).unwrap_or_else(|problems| {
        eprintln!("error: the rule files have {} problem(s):", problems.len());
        for p in &problems {
            eprintln!("  {p}");
        }
        std::process::exit(1)
    });
    let mut out = String::from("\n");
    for s in &rules.sources {
        let title = s.title(lang);
        let id = &s.id;
        let comment = if lang == "en" {
            format!("# The title of the source `{id}`, from rules/sources.toml (edit it there). No placeholders.\n")
        } else {
            String::new()
        };
        out += &format!("{comment}source-{id} = {title}\n");
        if s.pages.is_empty() {
            out += &comment.replace("# The title", "# Named where a link would be: the title");
            out += &format!("named-source-{id} = {title}\n");
        }
    }
    out
}

fn main() {
    println!("cargo:rerun-if-changed=src/compile.rs");
    let texts: Vec<String> = CATALOGUES
        .iter()
        .map(|(_, tag, file)| {
            println!("cargo:rerun-if-changed={file}");
            std::fs::read_to_string(file).unwrap_or_else(|e| {
                eprintln!("error: cannot read the catalogue {file}: {e}");
                std::process::exit(1)
            }) + &source_titles(tag)
        })
        .collect();
    let cats: Vec<compile::Catalogue<'_>> = CATALOGUES
        .iter()
        .zip(&texts)
        .map(|((lang, _, file), text)| compile::Catalogue { lang, file, text })
        .collect();
    let checked = compile::check(&cats).and_then(|checked| {
        let data = CATALOGUES
            .iter()
            .enumerate()
            .map(|(i, (_, tag, _))| {
                let full = compile::data(&checked, i, tag, false)?;
                let widget = compile::data(&checked, i, tag, true)?;
                Ok::<_, Vec<String>>((*tag, full, widget))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok((checked, data))
    });
    match checked {
        Ok((checked, data)) => {
            let dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
            std::fs::write(dir.join("messages.rs"), compile::generate(&checked))
                .expect("OUT_DIR is writable");
            for (tag, full, widget) in data {
                std::fs::write(dir.join(format!("{tag}.txt")), full).expect("OUT_DIR is writable");
                std::fs::write(dir.join(format!("{tag}.widget.txt")), widget)
                    .expect("OUT_DIR is writable");
            }
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

//! Replays the committed fuzz corpora (`fuzz/corpus/<target>/`) through the
//! same checks as the fuzz targets, so every input the fuzzer ever kept, and
//! every regression saved there, is re-checked by plain `cargo test`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::Path;

fn replay(target: &str, check: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        let outcome = std::panic::catch_unwind(|| check(&data));
        assert!(outcome.is_ok(), "{} fails its check", path.display());
        n += 1;
    }
    assert!(n >= 4, "{target}: only {n} inputs in {}", dir.display());
}

#[test]
fn money_corpus() {
    replay("money", checks::money);
}

#[test]
fn case_json_corpus() {
    replay("case_json", checks::case_json);
}

#[test]
fn share_link_corpus() {
    replay("share_link", checks::share_link);
}

#[test]
fn csv_row_corpus() {
    replay("csv_row", checks::csv_row);
}

#[test]
fn csv_decode_corpus() {
    replay("csv_decode", checks::csv_decode);
}

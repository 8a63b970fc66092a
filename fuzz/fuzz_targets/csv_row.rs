//! `cpfund batch` on a header and fuzzed rows: never panics, never stops
//! early; one output row for every input record; the same bytes every time.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::csv_row(data));

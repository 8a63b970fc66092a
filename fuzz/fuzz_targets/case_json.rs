//! A case in JSON through the whole engine: never panics; every evaluation
//! keeps the engine's invariants; the JSON answer is the same every time.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::case_json(data));

//! The money parser: never panics; a cost it accepts, formatted in any
//! language, parses back to the same cost.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::money(data));

//! `cpfund batch`'s decoding of a CSV file's bytes in UTF-8, Big5 or
//! GB18030 (named, marked or guessed): never panics; streamed, the same as
//! decoded whole.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::csv_decode(data));

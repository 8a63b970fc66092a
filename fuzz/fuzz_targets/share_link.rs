//! The share-link decoder: never panics; what it reads encodes into a link
//! that decodes to exactly the same answers, with no problem reported; and
//! the form it gives evaluates within the engine's invariants.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::share_link(data));

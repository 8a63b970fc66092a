//! A text means the same in every build: the same table runs natively
//! (`cargo test`) and in the wasm widget build (`wasm-pack test …
//! --features web`, where no JSON shell is linked). The engine has no
//! cargo features: what is built never changes what an input means.

use cp_estimator::rules::{CaseBuilder, Field};

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

/// (field, text as typed, the error code or `None` when it is read).
const TABLE: &[(Field, &str, Option<&str>)] = &[
    (Field::ResidentShareMainland, "50.01", None),
    (Field::ResidentShareMainland, "50.01%", None),
    (Field::ResidentShareMainland, " 30 ", None),
    // An exponent is JSON's way to write a number, not a person's: as text
    // it is refused everywhere (a JSON number 5e1 is read, in the JSON reader).
    (
        Field::ResidentShareMainland,
        "5e1",
        Some("percent_out_of_range"),
    ),
    (
        Field::ResidentShareMainland,
        "1E+1",
        Some("percent_out_of_range"),
    ),
    (
        Field::ResidentShareMainland,
        "101",
        Some("percent_out_of_range"),
    ),
    (Field::Cost, "33萬", None),
    (Field::Cost, "1.2m", None),
    (Field::Cost, "1e5", Some("cost_not_a_number")),
    (Field::BrRegistered, "yes", None),
    (Field::BrRegistered, "maybe", Some("unknown_value")),
    (Field::Date, "2018-05-01", None),
    (Field::Date, "2018-02-30", Some("date_no_such_day")),
];

fn check_table() {
    for &(field, text, want) in TABLE {
        let got = CaseBuilder::new().set(field, text).err().map(|e| e.code());
        assert_eq!(got, want, "{field:?} {text:?}");
    }
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn a_text_means_the_same_natively() {
    check_table();
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen_test::wasm_bindgen_test]
fn a_text_means_the_same_in_the_wasm_build() {
    check_table();
}

//! The checks behind each fuzz target, shared with `tests/fuzz_corpus.rs`,
//! which replays the committed corpora through them on every `cargo test`.
#![allow(dead_code)]

use cp_estimator::date::Date;
use cp_estimator::i18n::format_hkd;
use cp_estimator::i18n::Lang;
use cp_estimator::money::{parse_amount, to_contract_string, Cost};
use cp_estimator::rules::{estimate, evaluate, evaluate_project, invariants, Context};
use cp_estimator::widget::share::{decode, encode, Decoded, MAX_LEN};
use cp_estimator::widget::state::{Form, Mode, Options, State};
use cp_shells::batch::run;
use cp_shells::json::{case_from_str, error_json, evaluation_json};

/// The money parser: never panics; a cost it accepts, formatted in any
/// language, parses back to the same cost.
pub fn money(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = parse_amount(text);
    if let Ok(cost) = Cost::parse(text) {
        for l in Lang::ALL {
            let shown = format_hkd(cost.amount(), l);
            assert_eq!(Cost::parse(&shown), Ok(cost), "{text:?} shown as {shown:?}");
        }
        let contract = to_contract_string(cost.amount());
        assert_eq!(Cost::parse(&contract), Ok(cost), "{text:?} as {contract:?}");
    }
}

/// A case in JSON through the whole engine: never panics; every evaluation
/// keeps the engine's invariants; the batch's short path gives the same
/// project; the JSON answer is the same every time.
pub fn case_json(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let case = match case_from_str(text) {
        Ok(c) => c,
        Err(e) => {
            for l in Lang::ALL {
                let v = error_json(&e, l);
                assert!(
                    v["error"]["message"]
                        .as_str()
                        .is_some_and(|m| !m.is_empty()),
                    "{v}"
                );
            }
            return;
        }
    };
    for today in [None, Date::parse("2026-11-28").ok()] {
        let ctx = Context { today };
        let quick = match (case.project.stream, case.project.cost) {
            (Some(stream), Some(cost)) => Some(estimate(
                case.date,
                stream,
                cost,
                case.project.technology_origin,
                &ctx,
            )),
            _ => None,
        };
        let full = evaluate(&case, &ctx);
        // What `cpfund batch` prints is the full answer's project.
        let alone = evaluate_project(&case, &ctx);
        assert_eq!(
            full.as_ref()
                .map(|e| (e.rule_set.map(|r| (r.id, e.provisional)), &e.project)),
            alone
                .as_ref()
                .map(|(rs, p)| (rs.map(|a| (a.rule_set.id, a.provisional)), p)),
            "{text}"
        );
        for e in full.ok().into_iter().chain(quick) {
            let mut broken = invariants::violations(&e);
            broken.extend(cp_estimator::i18n::text_violations(&e));
            assert!(broken.is_empty(), "{text}: {broken:?}");
            for l in Lang::ALL {
                let once = evaluation_json(&e, l).to_string();
                assert_eq!(once, evaluation_json(&e, l).to_string());
            }
        }
    }
}

/// The share-link decoder: never panics; what it reads encodes into a link
/// that decodes to exactly the same answers, with no problem reported; and
/// the form it gives evaluates within the engine's invariants.
pub fn share_link(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for fragment in [text.to_string(), format!("#cpfe1&{text}")] {
        let Some(d) = decode(&fragment, &Form::default()) else {
            continue;
        };
        let link = encode(&d.form, Lang::ZhHant);
        let again = decode(&link, &Form::default());
        if link.len() <= MAX_LEN {
            assert_eq!(
                again,
                Some(Decoded {
                    form: d.form.clone(),
                    problem: false
                }),
                "{fragment:?} -> {link:?}"
            );
        } else {
            // Too long to read back: the link says so rather than lose answers silently.
            assert!(again.is_some_and(|a| a.problem), "{fragment:?} -> {link:?}");
        }
        let mut state = State::new(Options {
            lang: Lang::En,
            mode: Mode::Public,
            date: None,
            today: Date::parse("2026-11-28").unwrap(),
        });
        state.form = d.form;
        if let (Some(e), _) = state.evaluation() {
            let mut broken = invariants::violations(&e);
            broken.extend(cp_estimator::i18n::text_violations(&e));
            assert!(broken.is_empty(), "{fragment:?}: {broken:?}");
        }
    }
}

/// The batch header: `id` and every field of the engine's field table by
/// its short name (so a new question is fuzzed as a column too).
fn header() -> String {
    let mut h = String::from("id");
    for f in cp_estimator::rules::Field::ALL {
        h.push(',');
        h.push_str(f.name());
    }
    h + "\n"
}

fn records(input: &[u8]) -> usize {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(input);
    let mut rec = csv::ByteRecord::new();
    let mut n = 0;
    loop {
        match r.read_byte_record(&mut rec) {
            Ok(true) => n += 1,
            Ok(false) => break,
            Err(_) => n += 1,
        }
    }
    n
}

/// `cpfund batch` on a header and fuzzed rows: never panics, never stops
/// early; one output row for every input record; the same bytes every time.
pub fn csv_row(data: &[u8]) {
    let mut input = header().into_bytes();
    input.extend_from_slice(data);
    let ctx = Context {
        today: Date::parse("2026-11-28").ok(),
    };
    let mut out = Vec::new();
    let totals = run(&input[..], &mut out, &ctx, Lang::En).expect("only I/O can stop a batch");
    let rows = records(&input) - 1;
    assert_eq!(totals.rows as usize, rows, "rows counted");
    assert_eq!(records(&out) - 1, rows, "one output row per input row");
    let mut again = Vec::new();
    run(&input[..], &mut again, &ctx, Lang::En).unwrap();
    assert_eq!(out, again, "same bytes every time");
}

/// A CSV file's bytes in any encoding `cpfund batch` reads (the first byte
/// names one, or none): never panics; a Big5 or GB18030 file decoded as it
/// streams is exactly Firefox's decoder's whole-file answer (the same text,
/// or refused where that refuses); UTF-8 passes through unchanged but for
/// its byte order mark.
pub fn csv_decode(data: &[u8]) {
    use cp_shells::encoding::{encoding_rs, utf8_reader, How, Named};
    use std::io::Read;
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let named = [
        None,
        Some(Named::Utf8),
        Some(Named::Big5),
        Some(Named::Gb18030),
    ][usize::from(pick % 4)];
    let input: Box<dyn std::io::BufRead> = Box::new(std::io::Cursor::new(bytes.to_vec()));
    let (mut reader, enc, how) = utf8_reader(input, named).expect("reading memory cannot fail");
    let mut out = Vec::new();
    let read = reader.read_to_end(&mut out);
    if enc == encoding_rs::UTF_8 {
        let bom = usize::from(bytes.starts_with(b"\xEF\xBB\xBF")) * 3;
        assert!(read.is_ok());
        assert_eq!(
            out,
            bytes[bom..],
            "UTF-8 untouched but for its mark ({how:?})"
        );
        return;
    }
    let skip = match how {
        How::Mark | How::Named => encoding_rs::Encoding::for_bom(bytes)
            .filter(|(e, _)| *e == enc)
            .map_or(0, |(_, n)| n),
        _ => 0,
    };
    let whole = enc.decode_without_bom_handling_and_without_replacement(&bytes[skip..]);
    match (read, whole) {
        (Ok(_), Some(text)) => assert_eq!(
            out,
            text.as_bytes(),
            "{}: streamed as decoded whole",
            enc.name()
        ),
        (Err(e), None) => assert!(
            e.get_ref().is_some(),
            "{}: refused with its line",
            enc.name()
        ),
        (r, w) => panic!(
            "{}: streamed {:?}, whole {:?}",
            enc.name(),
            r.is_ok(),
            w.is_some()
        ),
    }
}

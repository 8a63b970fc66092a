//! The share link: the form's answers in the URL fragment, exactly as typed.
//! Nothing is sent anywhere; the fragment never leaves the browser.
//!
//! Format: `#cpfe1&d=2018-05-01&k=hk_business&c=HK%241%2C000%2C000...&l=en`,
//! keys from the field table (`super::fields`), values percent-encoded
//! UTF-8, and last the language the link opens in (`l`, a tag as the `lang`
//! attribute takes it: the loader reads it, and it wins over `lang`).

use super::fields::{Form, FormField, FORM_FIELDS, MAX_TEXT};
use crate::i18n::Lang;

/// The fragment's marker and version.
pub const PREFIX: &str = "cpfe1";

/// Fragments longer than this are not read at all (a link the widget makes
/// is longer only when an answer is thousands of characters long; the widget
/// then says the link cannot be read back).
pub const MAX_LEN: usize = 64 * 1024;

/// The key of the language the link opens in (no field's key).
pub const LANG_KEY: &str = "l";

/// The fragment (without `#`) for a form: each answered question of the
/// field table as `key=value`, in the table's order, then the language.
pub fn encode(f: &Form, l: Lang) -> String {
    let mut out = String::from(PREFIX);
    for row in &FORM_FIELDS {
        if let Some(v) = row.get(f) {
            out.push('&');
            out.push_str(row.key);
            out.push('=');
            percent_encode(&v, &mut out);
        }
    }
    // `&`, LANG_KEY, `=` written as one literal: three pushes measured
    // 134 B more in the download (round_trip holds the two together).
    out.push_str("&l=");
    out.push_str(l.tag());
    out
}

/// The address of the public page in language `l`, for a summary's link:
/// `pages`, the loader's `publicPages` option, holds the three languages'
/// addresses in `Lang::ALL`'s order (en, zh-Hant, zh-Hans: the loader's
/// `pages` writes them so), resolved and separated by spaces (the loader reads the
/// `public-page` attribute; the staff view defaults to the demo's pages);
/// without it, the widget's own page (`base`).
pub fn public_page<'a>(pages: Option<&'a str>, base: &'a str, l: Lang) -> &'a str {
    let nth = || {
        let mut rest = pages?;
        for _ in 0..l as usize {
            rest = &rest[rest.find(' ')? + 1..];
        }
        Some(rest.find(' ').map_or(rest, |end| &rest[..end]))
    };
    nth().unwrap_or(base)
}

/// What a fragment gave: the answers it could read, and whether anything
/// in it could not be read (then the widget says the link was not understood).
#[derive(Debug, PartialEq, Eq)]
pub struct Decoded {
    pub form: Form,
    pub problem: bool,
}

/// Reads a fragment (with or without `#`). `None`: not a share link at all.
pub fn decode(fragment: &str, base: &Form) -> Option<Decoded> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if !fragment.starts_with(PREFIX) {
        return None;
    }
    let mut form = base.clone();
    if fragment.len() > MAX_LEN {
        return Some(Decoded {
            form,
            problem: true,
        });
    }
    let mut problem = false;
    let mut seen: Vec<&str> = Vec::new();
    for pair in fragment[PREFIX.len()..]
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let Some((key, raw)) = pair.split_once('=') else {
            problem = true;
            continue;
        };
        if seen.contains(&key) {
            problem = true;
            continue;
        }
        seen.push(key);
        if key == LANG_KEY {
            // The loader has read it; only one of the three tags is right.
            problem |= !Lang::ALL.iter().any(|x| x.tag() == raw);
            continue;
        }
        let Some(value) = percent_decode(raw) else {
            problem = true;
            continue;
        };
        let value: String = value
            .chars()
            .filter(|c| !c.is_control())
            .take(MAX_TEXT)
            .collect();
        let ok = FormField::by_key(key).is_some_and(|row| row.set(&mut form, &value));
        problem |= !ok;
    }
    Some(Decoded { form, problem })
}

fn percent_encode(s: &str, out: &mut String) {
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(
                char::from_digit(u32::from(b >> 4), 16)
                    .unwrap_or('0')
                    .to_ascii_uppercase(),
            );
            out.push(
                char::from_digit(u32::from(b & 15), 16)
                    .unwrap_or('0')
                    .to_ascii_uppercase(),
            );
        }
    }
}

fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let hex = s.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::*;

    fn full() -> Form {
        let mut f = Form::default();
        for (field, value) in [
            (Field::Date, "2018-05-01"),
            (Field::Kind, "hk_business"),
            (Field::FactoryRegion, "prd"),
            (Field::Route, "gd_resident_majority"),
            (Field::BrRegistered, "1"),
            (Field::ResidentShareMainland, "50.01"),
            (Field::ResidentShareHkBusiness, "30"),
            (Field::Sector, "textiles"),
            (Field::Stream, "onsite_assessment"),
            (Field::Cost, "港幣28,000元 & 50% <script>"),
            (Field::TechnologyOrigin, "guangdong_hong_kong"),
            (Field::PreviousAssessment, "1"),
            (Field::PreviousAssessmentCompleted, "2012-02-29"),
            (Field::RecommendedMeasureImplemented, "0"),
            (Field::ProcessOrMaterialChanged, "1"),
        ] {
            assert!(FormField::of(field).set(&mut f, value), "{value}");
        }
        f
    }

    #[test]
    fn round_trip() {
        let f = full();
        let link = encode(&f, Lang::ZhHans);
        assert!(!link.contains('<') && !link.contains(' '));
        assert!(link.ends_with(&format!("&{LANG_KEY}=zh-Hans")), "{link}");
        let d = decode(&format!("#{link}"), &Form::default()).unwrap();
        assert_eq!(
            d,
            Decoded {
                form: f,
                problem: false
            }
        );
    }

    #[test]
    fn hostile_links() {
        let base = Form::default();
        assert_eq!(decode("#section-2", &base), None);
        for (frag, problem) in [
            ("cpfe1&k=hk_business", false),
            ("cpfe1&k=root", true),
            ("cpfe1&zz=1", true),
            ("cpfe1&k=hk_business&k=other", true),
            ("cpfe1&c=%ZZ", true),
            ("cpfe1&c=%E2%82", true),
            ("cpfe1&c", true),
            ("cpfe1&c=%", true),
            ("cpfe1&k=hk_business&l=zh-Hant", false),
            ("cpfe1&l=en&k=hk_business", false),
            ("cpfe1&l=fr", true),
            ("cpfe1&l=zh-hant", true),
            ("cpfe1&l=en&l=en", true),
        ] {
            assert_eq!(decode(frag, &base).unwrap().problem, problem, "{frag}");
        }
        let long = format!("cpfe1&c={}", "9".repeat(100_000));
        let d = decode(&long, &base).unwrap();
        assert!(d.problem && d.form == base);
        let d = decode("cpfe1&k=hk_business&k=other", &base).unwrap();
        assert_eq!(d.form.get(Field::Kind), ApplicantKind::HkBusiness.as_str());
        let d = decode("cpfe1&c=%3Cimg%20onerror%3Dx%3E%01", &base).unwrap();
        assert_eq!(
            d.form.get(Field::Cost),
            "<img onerror=x>",
            "kept as text, control characters dropped"
        );
    }

    #[test]
    fn the_public_page_in_each_language() {
        let pages = "https://x.hk/en https://x.hk/zh-hant https://x.hk/zh-hans";
        let base = "https://x.hk/staff.html";
        for (l, page) in [
            (Lang::En, "https://x.hk/en"),
            (Lang::ZhHant, "https://x.hk/zh-hant"),
            (Lang::ZhHans, "https://x.hk/zh-hans"),
        ] {
            assert_eq!(public_page(Some(pages), base, l), page);
            assert_eq!(public_page(None, base, l), base);
        }
        assert_eq!(
            public_page(Some("https://x.hk/en"), base, Lang::ZhHans),
            base,
            "too few: the page itself"
        );
    }

    #[test]
    fn a_ten_thousand_character_paste_round_trips() {
        let mut f = full();
        let paste = "一２3 <b>&#x1F600;\u{202E}".repeat(580);
        assert!(FormField::of(Field::Cost).set(&mut f, &paste));
        assert!(f.get(Field::Cost).chars().count() > 9_800);
        let link = encode(&f, Lang::En);
        assert!(link.len() <= MAX_LEN, "{} bytes", link.len());
        let d = decode(&link, &Form::default()).unwrap();
        assert_eq!(
            d,
            Decoded {
                form: f,
                problem: false
            }
        );
    }
}

//! Amounts as people type them (`250,000`, `HK$1.2m`, `33萬`, full-width
//! digits): the lenient front end, producing an exact `Decimal`.

use super::*;

/// Reads an amount of Hong Kong dollars as people type it:
/// `250000`, `250,000`, `HK$250,000.50`, `$ 1,200,000`, `HKD 5,000`,
/// full-width digits `２５００００`, `1.2m`, `300k`, `33萬` / `33万`
/// (×10,000), `1.5億` / `1.5亿` (×100,000,000), `港幣12,345元`.
///
/// Returns the amount as typed, which may be zero or negative (use
/// [`Cost::parse`] for a cost). Never panics.
pub fn parse_amount(text: &str) -> Result<Decimal, MoneyError> {
    // Full-width forms to ASCII; the Unicode minus to '-'; any white space
    // inside (a tab pasted from a spreadsheet, a no-break, thin, narrow
    // no-break or ideographic space) to a space, so it is read as one
    // between groups of three digits. (Around the number, `trim` removes
    // any Unicode white space.)
    let s: String = text
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{2212}' | '\u{2013}' | '\u{FE63}' => '-',
            '\u{FF64}' | '\u{3001}' => ',',
            c if c.is_whitespace() => ' ',
            _ => c,
        })
        .collect();
    let mut s = s.trim();
    if s.is_empty() {
        return Err(MoneyError::Empty);
    }

    let mut negative = false;
    let take_sign = |s: &mut &str, negative: &mut bool| {
        if let Some(rest) = s.strip_prefix('-') {
            *negative = !*negative;
            *s = rest.trim_start();
        } else if let Some(rest) = s.strip_prefix('+') {
            *s = rest.trim_start();
        }
    };
    take_sign(&mut s, &mut negative);

    // Currency before the number.
    const PREFIXES: [&str; 8] = ["hk$", "hkd", "hk", "$", "港幣", "港币", "港元", "港"];
    for p in PREFIXES {
        if let Some(rest) = strip_prefix_ci(s, p) {
            s = rest.trim_start();
            break;
        }
    }
    take_sign(&mut s, &mut negative);

    // Currency after the number.
    const SUFFIXES: [&str; 6] = ["港元", "港幣", "港币", "元", "hkd", "dollars"];
    for p in SUFFIXES {
        if let Some(rest) = strip_suffix_ci(s, p) {
            s = rest.trim_end();
            break;
        }
    }

    // A multiplier word: a power of ten.
    let mut places = 0;
    const MULTIPLIERS: [(&str, i32); 14] = [
        ("百萬", 6),
        ("百万", 6),
        ("萬", 4),
        ("万", 4),
        ("億", 8),
        ("亿", 8),
        ("千", 3),
        ("million", 6),
        ("thousand", 3),
        ("mn", 6),
        ("bn", 9),
        ("m", 6),
        ("k", 3),
        ("b", 9),
    ];
    for (word, p) in MULTIPLIERS {
        if let Some(rest) = strip_suffix_ci(s, word) {
            s = rest.trim_end();
            places = p;
            break;
        }
    }
    if s.is_empty() {
        return Err(MoneyError::NotANumber);
    }

    let value = times_ten_to(parse_plain_number(s)?, places).map_err(|_| MoneyError::TooLarge)?;
    if value.abs() >= Decimal::from(10u64.pow(COST_LIMIT_DIGITS as u32)) {
        return Err(MoneyError::TooLarge);
    }
    Ok(positive_zero(if negative { -value } else { value }))
}

/// `1234`, `1,234`, `1 234`, `1,234.5`, `.5`: digits with optional groups
/// of three separated by commas or by spaces (not both in a number; every
/// space [`parse_amount`] accepts between groups is a space by now) and an
/// optional decimal part.
fn parse_plain_number(s: &str) -> Result<Decimal, MoneyError> {
    let spaced = s.contains(' ');
    if spaced && s.contains(',') {
        return Err(MoneyError::MisplacedSpace);
    }
    let (sep, misplaced) = if spaced {
        (' ', MoneyError::MisplacedSpace)
    } else {
        (',', MoneyError::MisplacedSeparator)
    };
    let (int_part, frac_part) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    if let Some(f) = frac_part {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            if f.contains(sep) && f.chars().all(|c| c.is_ascii_digit() || c == sep) {
                return Err(misplaced);
            }
            return Err(MoneyError::NotANumber);
        }
    }
    if int_part.is_empty() && frac_part.is_none() {
        return Err(MoneyError::NotANumber);
    }
    if !int_part.chars().all(|c| c.is_ascii_digit() || c == sep) {
        return Err(MoneyError::NotANumber);
    }
    if int_part.contains(sep) {
        let mut groups = int_part.split(sep);
        let first = groups.next().unwrap_or("");
        if first.is_empty() || first.len() > 3 || groups.any(|g| g.len() != 3) {
            return Err(misplaced);
        }
    }
    let digits: String = int_part.chars().filter(|c| *c != sep).collect();
    let int = digits.trim_start_matches('0');
    let frac = frac_part.unwrap_or("").trim_end_matches('0');
    // Anything with more than 13 integer digits is at least 10^13, too
    // large even before a multiplier; more than 12 decimals is "too many
    // decimals" whatever the multiplier (the largest is 10^9).
    if int.len() > 13 {
        return Err(MoneyError::TooLarge);
    }
    if frac.len() > 12 {
        return Err(MoneyError::TooManyDecimals);
    }
    let int = if int.is_empty() { "0" } else { int };
    read_decimal(&format!("{int}.{frac}")).map_err(|_| MoneyError::NotANumber)
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

fn strip_suffix_ci<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = s.len().checked_sub(suffix.len())?;
    let tail = s.get(cut..)?;
    tail.eq_ignore_ascii_case(suffix).then(|| &s[..cut])
}

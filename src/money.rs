//! Hong Kong dollar amounts: read what people type, validate a cost, format
//! per language, round. Exact decimals throughout; no floating point.

use crate::i18n::Lang;
use rust_decimal::prelude::*;

/// Why a typed amount was refused. Each has a message in every language
/// ([`MoneyError::message`]) that says what is wrong and how to fix it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyError {
    /// Nothing was typed.
    Empty,
    /// The text is not an amount.
    NotANumber,
    /// Zero or a negative amount.
    NotPositive,
    /// More than two decimal places (HK$ has cents, no smaller unit).
    TooManyDecimals,
    /// HK$1,000,000,000,000 or more.
    TooLarge,
    /// Thousands separators in the wrong place, e.g. `1,00,000`.
    MisplacedSeparator,
}

impl MoneyError {
    /// A stable code for the error, used in JSON and CSV output.
    pub fn code(self) -> &'static str {
        match self {
            MoneyError::Empty => "cost_missing",
            MoneyError::NotANumber => "cost_not_a_number",
            MoneyError::NotPositive => "cost_not_positive",
            MoneyError::TooManyDecimals => "cost_too_many_decimals",
            MoneyError::TooLarge => "cost_too_large",
            MoneyError::MisplacedSeparator => "cost_misplaced_separator",
        }
    }

    pub fn message(self, lang: Lang) -> String {
        crate::i18n::money_error(self, lang)
    }
}

/// The largest cost the product accepts is just below this (rules.md §8).
pub fn cost_limit() -> Decimal {
    Decimal::from(1_000_000_000_000u64)
}

/// A validated eligible project cost: greater than zero, at most two decimal
/// places, below HK$1,000,000,000,000.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cost(Decimal);

impl Cost {
    pub fn new(amount: Decimal) -> Result<Cost, MoneyError> {
        if amount <= Decimal::ZERO {
            return Err(MoneyError::NotPositive);
        }
        if amount >= cost_limit() {
            return Err(MoneyError::TooLarge);
        }
        let n = amount.normalize();
        if n.scale() > 2 {
            return Err(MoneyError::TooManyDecimals);
        }
        Ok(Cost(cents(n)))
    }

    /// Parses what a person types (see [`parse_amount`]) and validates it.
    pub fn parse(text: &str) -> Result<Cost, MoneyError> {
        Cost::new(parse_amount(text)?)
    }

    /// The amount, with exactly two decimal places.
    pub fn amount(self) -> Decimal {
        self.0
    }
}

/// `d` with exactly two decimal places (pads; never rounds a value that has
/// more, callers floor first).
pub fn cents(d: Decimal) -> Decimal {
    let mut d = d;
    if d.scale() < 2 {
        d.rescale(2);
    }
    d
}

/// Rounds down to the cent (rules.md §8: a sponsorship is rounded down).
pub fn floor_cents(d: Decimal) -> Decimal {
    cents(d.round_dp_with_strategy(2, RoundingStrategy::ToNegativeInfinity))
}

/// Rounds up to the cent (the smallest cost at which a ceiling binds).
pub fn ceil_cents(d: Decimal) -> Decimal {
    cents(d.round_dp_with_strategy(2, RoundingStrategy::ToPositiveInfinity))
}

/// `d` as `"1234.50"`: the contract's money string.
pub fn to_contract_string(d: Decimal) -> String {
    format!("{:.2}", d)
}

/// Reads an amount of Hong Kong dollars as people type it:
/// `250000`, `250,000`, `HK$250,000.50`, `$ 1,200,000`, `HKD 5,000`,
/// full-width digits `２５００００`, `1.2m`, `300k`, `33萬` / `33万`
/// (×10,000), `1.5億` / `1.5亿` (×100,000,000), `港幣28,000元`.
///
/// Returns the amount as typed, which may be zero or negative (use
/// [`Cost::parse`] for a cost). Never panics.
pub fn parse_amount(text: &str) -> Result<Decimal, MoneyError> {
    // Full-width forms to ASCII; the Unicode minus to '-'.
    let s: String = text
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' | '\u{00A0}' | '\u{202F}' => ' ',
            '\u{2212}' | '\u{2013}' | '\u{FE63}' => '-',
            '\u{FF64}' | '\u{3001}' => ',',
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

    // A multiplier word.
    let mut multiplier = Decimal::ONE;
    const MULTIPLIERS: [(&str, u64); 14] = [
        ("百萬", 1_000_000),
        ("百万", 1_000_000),
        ("萬", 10_000),
        ("万", 10_000),
        ("億", 100_000_000),
        ("亿", 100_000_000),
        ("千", 1_000),
        ("million", 1_000_000),
        ("thousand", 1_000),
        ("mn", 1_000_000),
        ("bn", 1_000_000_000),
        ("m", 1_000_000),
        ("k", 1_000),
        ("b", 1_000_000_000),
    ];
    for (word, factor) in MULTIPLIERS {
        if let Some(rest) = strip_suffix_ci(s, word) {
            s = rest.trim_end();
            multiplier = Decimal::from(factor);
            break;
        }
    }
    if s.is_empty() {
        return Err(MoneyError::NotANumber);
    }

    let value = parse_plain_number(s)?;
    let value = value.checked_mul(multiplier).ok_or(MoneyError::TooLarge)?;
    if value >= cost_limit() {
        return Err(MoneyError::TooLarge);
    }
    Ok(if negative { -value } else { value })
}

/// `1234`, `1,234`, `1,234.5`, `.5`: digits with optional groups of three
/// separated by commas and an optional decimal part.
fn parse_plain_number(s: &str) -> Result<Decimal, MoneyError> {
    let (int_part, frac_part) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    if let Some(f) = frac_part {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            if f.contains(',') && f.bytes().all(|b| b.is_ascii_digit() || b == b',') {
                return Err(MoneyError::MisplacedSeparator);
            }
            return Err(MoneyError::NotANumber);
        }
    }
    if int_part.is_empty() && frac_part.is_none() {
        return Err(MoneyError::NotANumber);
    }
    if !int_part.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return Err(MoneyError::NotANumber);
    }
    if int_part.contains(',') {
        let mut groups = int_part.split(',');
        let first = groups.next().unwrap_or("");
        if first.is_empty() || first.len() > 3 || groups.any(|g| g.len() != 3) {
            return Err(MoneyError::MisplacedSeparator);
        }
    }
    let digits: String = int_part.chars().filter(|c| *c != ',').collect();
    let significant = digits.trim_start_matches('0');
    // Anything with more than 13 integer digits is at least 10^13; stop
    // before Decimal's own limit so a long string is "too large", not junk.
    if significant.len() > 13 {
        return Err(MoneyError::TooLarge);
    }
    let frac = frac_part.unwrap_or("");
    // Decimal holds 28 digits; extra fractional digits only matter as
    // "too many decimals", so keep the significant prefix and remember.
    let frac_trimmed = frac.trim_end_matches('0');
    if frac_trimmed.len() > 12 {
        return Err(MoneyError::TooManyDecimals);
    }
    let text = format!(
        "{}.{}",
        if significant.is_empty() {
            "0"
        } else {
            significant
        },
        if frac_trimmed.is_empty() {
            "0"
        } else {
            frac_trimmed
        }
    );
    Decimal::from_str_exact(&text).map_err(|_| MoneyError::NotANumber)
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

/// `1234567.5` → `1,234,567.50`; cents shown only when not zero.
pub fn group_thousands(amount: Decimal) -> String {
    let a = cents(
        amount
            .abs()
            .round_dp_with_strategy(2, RoundingStrategy::ToNegativeInfinity),
    );
    let s = to_contract_string(a);
    let (int_part, frac) = s.split_once('.').unwrap_or((&s, "00"));
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if frac != "00" {
        out.push('.');
        out.push_str(frac);
    }
    if amount < Decimal::ZERO {
        out.insert(0, '-');
    }
    out
}

/// `HK$250,000` / `港幣250,000元` / `港币250,000元`.
pub fn format_hkd(amount: Decimal, lang: Lang) -> String {
    let n = group_thousands(amount);
    lang.pick(
        format!("HK${n}"),
        format!("港幣{n}元"),
        format!("港币{n}元"),
    )
}

/// `RMB50,000` / `人民幣50,000元` / `人民币50,000元`.
pub fn format_rmb(amount: Decimal, lang: Lang) -> String {
    let n = group_thousands(amount);
    lang.pick(
        format!("RMB{n}"),
        format!("人民幣{n}元"),
        format!("人民币{n}元"),
    )
}

/// A rate such as 0.5 as `50%` (up to two decimals of a percent).
pub fn format_percent(rate: Decimal) -> String {
    let p = (rate * Decimal::ONE_HUNDRED).normalize();
    format!("{p}%")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    #[test]
    fn accepted_forms() {
        for (input, want) in [
            ("250000", "250000"),
            ("250,000", "250000"),
            ("HK$250,000.50", "250000.50"),
            ("hk$250,000.50", "250000.50"),
            ("$ 1,200,000", "1200000"),
            ("HKD 5,000", "5000"),
            ("5000 HKD", "5000"),
            ("２５００００", "250000"),
            ("２５０，０００．５", "250000.5"),
            ("＄２５００００", "250000"),
            ("1.2m", "1200000"),
            ("1.2M", "1200000"),
            ("1.2 million", "1200000"),
            ("300k", "300000"),
            ("300K", "300000"),
            ("HK$300k", "300000"),
            ("32萬", "320000"),
            ("32万", "320000"),
            ("32萬元", "320000"),
            ("港幣32萬元", "320000"),
            ("1.5億", "150000000"),
            ("1.5亿", "150000000"),
            ("港幣26,000元", "26000"),
            ("港币26,000元", "26000"),
            ("26000元", "26000"),
            ("  40000  ", "40000"),
            (".5", "0.5"),
            ("0.50", "0.5"),
            ("007", "7"),
            ("100.100", "100.1"),
            ("-1000", "-1000"),
            ("−1000", "-1000"),
            ("HK$-1000", "-1000"),
        ] {
            assert_eq!(parse_amount(input), Ok(d(want)), "{input:?}");
        }
    }

    #[test]
    fn refused_forms() {
        use MoneyError::*;
        for (input, want) in [
            ("", Empty),
            ("   ", Empty),
            ("abc", NotANumber),
            ("HK$", NotANumber),
            ("12a", NotANumber),
            ("1.2.3", NotANumber),
            ("1e6", NotANumber),
            ("1.", NotANumber),
            ("萬", NotANumber),
            ("1 000", NotANumber),
            ("1,00,000", MisplacedSeparator),
            ("1,0000", MisplacedSeparator),
            (",100", MisplacedSeparator),
            ("1000,", MisplacedSeparator),
            ("1.000,50", MisplacedSeparator),
            ("99999999999999", TooLarge),
            ("1".repeat(400).as_str(), TooLarge),
            ("100000億", TooLarge),
        ] {
            assert_eq!(parse_amount(input), Err(want), "{input:?}");
        }
    }

    #[test]
    fn cost_rules() {
        use MoneyError::*;
        assert_eq!(Cost::parse("0"), Err(NotPositive));
        assert_eq!(Cost::parse("0.00"), Err(NotPositive));
        assert_eq!(Cost::parse("-1000"), Err(NotPositive));
        assert_eq!(Cost::parse("100.001"), Err(TooManyDecimals));
        assert_eq!(Cost::parse("1.234567891m"), Err(TooManyDecimals));
        assert_eq!(
            Cost::parse("1.23456789m").map(Cost::amount),
            Ok(d("1234567.89"))
        );
        assert_eq!(Cost::parse("1,000,000,000,000"), Err(TooLarge));
        assert_eq!(
            Cost::parse("999,999,999,999.99").map(Cost::amount),
            Ok(d("999999999999.99"))
        );
        assert_eq!(Cost::parse("0.01").map(Cost::amount), Ok(d("0.01")));
        assert_eq!(
            Cost::parse("1.2345m").map(Cost::amount),
            Ok(d("1234500.00"))
        );
        assert_eq!(
            to_contract_string(Cost::parse("40000").unwrap().amount()),
            "40000.00"
        );
    }

    #[test]
    fn every_error_has_a_message_in_every_language() {
        use MoneyError::*;
        for e in [
            Empty,
            NotANumber,
            NotPositive,
            TooManyDecimals,
            TooLarge,
            MisplacedSeparator,
        ] {
            for lang in Lang::ALL {
                assert!(!e.message(lang).is_empty());
            }
            assert_ne!(e.message(Lang::En), e.message(Lang::ZhHant));
        }
    }

    #[test]
    fn rounding() {
        assert_eq!(floor_cents(d("6172.835")), d("6172.83"));
        assert_eq!(ceil_cents(d("6172.831")), d("6172.84"));
        assert_eq!(to_contract_string(floor_cents(d("20000"))), "20000.00");
    }

    #[test]
    fn formatting() {
        assert_eq!(format_hkd(d("250000"), Lang::En), "HK$250,000");
        assert_eq!(format_hkd(d("250000"), Lang::ZhHant), "港幣250,000元");
        assert_eq!(format_hkd(d("250000"), Lang::ZhHans), "港币250,000元");
        assert_eq!(format_hkd(d("6172.83"), Lang::En), "HK$6,172.83");
        assert_eq!(format_hkd(d("6172.80"), Lang::En), "HK$6,172.80");
        assert_eq!(format_hkd(d("999"), Lang::En), "HK$999");
        assert_eq!(format_hkd(d("1000"), Lang::En), "HK$1,000");
        assert_eq!(format_hkd(d("0.5"), Lang::En), "HK$0.50");
        assert_eq!(format_rmb(d("50000"), Lang::En), "RMB50,000");
        assert_eq!(format_rmb(d("50000"), Lang::ZhHant), "人民幣50,000元");
        assert_eq!(format_rmb(d("50000"), Lang::ZhHans), "人民币50,000元");
        assert_eq!(format_percent(d("0.5")), "50%");
        assert_eq!(format_percent(d("0.9")), "90%");
    }
}

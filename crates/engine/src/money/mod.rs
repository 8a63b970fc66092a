//! Hong Kong dollar amounts: read what people type, validate a cost, format
//! per language, round. Exact decimals throughout (`rust_decimal`); no
//! floating point.

pub use rust_decimal::Decimal;
use rust_decimal::RoundingStrategy;

mod decimal;
mod typed;
use decimal::{positive_zero, times_ten_to};
pub use decimal::{read_decimal, read_scientific, DecimalError};
pub use typed::parse_amount;

/// Why a typed amount was refused. The texts (`i18n::input_error_text`) say
/// what is wrong and how to fix it, in every language.
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
    /// Spaces inside the number other than one between groups of three
    /// digits, e.g. `12 00` or `1 2000`.
    MisplacedSpace,
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
            MoneyError::MisplacedSpace => "cost_misplaced_space",
        }
    }
}

/// A share of cost, in whole percent (50 = 50%).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rate(pub u32);

impl Rate {
    /// As the contract writes it, a fraction with two decimals: 50 → `0.50`.
    pub fn fraction(self) -> String {
        Decimal::new(self.0.into(), 2).to_string()
    }

    fn decimal(self) -> Decimal {
        Decimal::from(self.0)
    }
}

/// An exact amount of money, to the cent: a `rust_decimal::Decimal` held at
/// two decimal places. Every amount the product computes, reads or prints
/// is one of these; `Display` writes the contract's money string,
/// `"1234.50"`.
///
/// Amounts stay far inside `Decimal`'s range (a cost is below HK$10^12, a
/// rate at most 100%), so no operation here can overflow.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(Decimal);

impl Money {
    pub const ZERO: Money = Money(Decimal::from_parts(0, 0, 0, false, 2));

    /// Held at exactly two decimals, and never a negative zero.
    fn new(d: Decimal) -> Money {
        let mut d = d.round_dp_with_strategy(2, RoundingStrategy::ToNegativeInfinity);
        d.rescale(2);
        if d.is_zero() {
            d.set_sign_positive(true);
        }
        Money(d)
    }

    pub fn from_cents(cents: i64) -> Money {
        Money::new(Decimal::new(cents, 2))
    }

    /// A whole number of dollars (or yuan).
    pub fn whole(units: u64) -> Money {
        Money::new(Decimal::from(units))
    }

    /// The amount in cents, for drawing (the chart's proportions).
    pub fn cents(self) -> i64 {
        i64::try_from(self.0.mantissa()).unwrap_or(i64::MAX)
    }

    /// The exact value.
    pub fn decimal(self) -> Decimal {
        self.0
    }

    /// `percent`% of the amount, rounded down to the cent (rules.md §8: a
    /// sponsorship is rounded down).
    pub fn percent_floor(self, percent: u32) -> Money {
        // Dividing by 100 only moves the point (to at most 4 places: the
        // amount has 2, the rate none), so `set_scale` cannot fail.
        let mut d = self.0 * Rate(percent).decimal();
        let _ = d.set_scale(d.scale() + 2);
        Money::new(d)
    }

    /// Whether `percent`% of the amount is more than `limit`, exactly.
    pub fn percent_exceeds(self, percent: u32, limit: Money) -> bool {
        self.0 * Rate(percent).decimal() > limit.0 * Decimal::ONE_HUNDRED
    }

    /// The smallest amount whose `percent`% is at least this one: the cost
    /// at which a ceiling binds, rounded up to the cent. `None` for 0%.
    pub fn at_percent_ceil(self, percent: u32) -> Option<Money> {
        let q = self.0 * Decimal::ONE_HUNDRED;
        let q = q.checked_div(Rate(percent).decimal())?;
        Some(Money::new(q.round_dp_with_strategy(
            2,
            RoundingStrategy::ToPositiveInfinity,
        )))
    }
}

impl std::ops::Add for Money {
    type Output = Money;
    fn add(self, other: Money) -> Money {
        Money::new(self.0 + other.0)
    }
}

impl std::ops::Sub for Money {
    type Output = Money;
    fn sub(self, other: Money) -> Money {
        Money::new(self.0 - other.0)
    }
}

/// The contract's money string: `1234.50`, `-0.01`.
impl std::fmt::Display for Money {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.0, f)
    }
}

/// Reads the contract's money string (`1234.50`, `-0.5`, `7`): at most two
/// decimals, at most 15 integer digits, no grouping, no currency.
impl std::str::FromStr for Money {
    type Err = MoneyError;
    fn from_str(text: &str) -> Result<Money, MoneyError> {
        let d = read_decimal(text).map_err(|e| match e {
            DecimalError::NotANumber => MoneyError::NotANumber,
            DecimalError::TooPrecise => MoneyError::TooManyDecimals,
            DecimalError::TooLarge => MoneyError::TooLarge,
        })?;
        if d.scale() > 2 {
            return Err(MoneyError::TooManyDecimals);
        }
        if d.abs() >= Decimal::from(MONEY_STRING_LIMIT) {
            return Err(MoneyError::TooLarge);
        }
        Ok(Money::new(d))
    }
}

/// The contract's money strings are below 10^15.
const MONEY_STRING_LIMIT: u64 = 1_000_000_000_000_000;

/// The largest cost the product accepts is just below 10^this dollars
/// (rules.md §8: HK$1,000,000,000,000).
pub(super) const COST_LIMIT_DIGITS: usize = 12;

/// A validated eligible project cost: greater than zero, at most two decimal
/// places, below HK$1,000,000,000,000.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cost(Money);

impl Cost {
    pub fn new(amount: Decimal) -> Result<Cost, MoneyError> {
        if amount <= Decimal::ZERO {
            return Err(MoneyError::NotPositive);
        }
        if amount >= Decimal::from(10u64.pow(COST_LIMIT_DIGITS as u32)) {
            return Err(MoneyError::TooLarge);
        }
        if amount.normalize().scale() > 2 {
            return Err(MoneyError::TooManyDecimals);
        }
        Ok(Cost(Money::new(amount)))
    }

    /// Parses what a person types (see [`parse_amount`]) and validates it.
    pub fn parse(text: &str) -> Result<Cost, MoneyError> {
        Cost::new(parse_amount(text)?)
    }

    pub fn amount(self) -> Money {
        self.0
    }
}

/// `d` as `"1234.50"`: the contract's money string.
pub fn to_contract_string(d: Money) -> String {
    d.to_string()
}
/// `1234567.5` → `1,234,567.50`; cents shown only when not zero.
pub fn group_thousands(amount: Money) -> String {
    let c = amount.cents().unsigned_abs();
    let int_part = (c / 100).to_string();
    let mut out = String::with_capacity(int_part.len() * 4 / 3 + 4);
    if amount.0.is_sign_negative() {
        out.push('-');
    }
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    if !c.is_multiple_of(100) {
        out.push_str(&format!(".{:02}", c % 100));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        read_decimal(s).unwrap()
    }

    fn m(s: &str) -> Money {
        s.parse().unwrap()
    }

    /// Where a ceiling binds, rounded up to the cent, also when the rate
    /// does not divide it; no binding point at 0% (found by cargo-mutants).
    /// Forms cargo-mutants showed untested: the ideographic comma as a
    /// thousands separator, leading zeros, zero grouped.
    #[test]
    fn more_written_forms() {
        let c = |t: &str| Cost::parse(t).map(|c| c.amount().to_string());
        assert_eq!(c("250\u{3001}000"), Ok("250000.00".into()));
        assert_eq!(c("250\u{FF64}000"), Ok("250000.00".into()));
        assert_eq!(c("00000000000001"), Ok("1.00".into()), "leading zeros");
        assert_eq!(group_thousands(Money::ZERO), "0");
        assert_eq!(group_thousands(Money::from_cents(-123_456)), "-1,234.56");
    }

    #[test]
    fn binding_point_rounds_up() {
        let c = |s: &str| s.parse::<Money>().unwrap();
        assert_eq!(c("100.00").at_percent_ceil(30), Some(c("333.34")));
        assert_eq!(c("100.00").at_percent_ceil(50), Some(c("200.00")));
        assert_eq!(c("0.01").at_percent_ceil(3), Some(c("0.34")));
        assert_eq!(c("100.00").at_percent_ceil(0), None);
        assert_eq!(c("100.00").at_percent_ceil(1), Some(c("10000.00")));
    }

    /// Zero and negative amounts in the contract's form (no "-0.00").
    #[test]
    fn contract_strings_of_zero_and_below() {
        assert_eq!(Money::ZERO.to_string(), "0.00");
        assert_eq!(Money::from_cents(-1).to_string(), "-0.01");
        assert_eq!(Money::from_cents(5).to_string(), "0.05");
    }

    #[test]
    fn accepted_forms() {
        for (input, want) in [
            ("250000", "250000"),
            ("250,000", "250000"),
            ("1 200 000", "1200000"),
            ("HK$ 1 200 000.50", "1200000.50"),
            ("1\u{A0}200\u{2009}000", "1200000"),
            ("12\u{202F}345 萬", "123450000"),
            ("999 999", "999999"),
            ("1\u{3000}000", "1000"),
            // Any white space inside is a space: a tab (pasted from a
            // spreadsheet), an em space.
            ("1\t000", "1000"),
            ("1\u{2003}200\u{2003}000", "1200000"),
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
            ("\u{3000}HK$\u{00A0}40,000\u{202F}", "40000"),
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
            ("1 0000", MisplacedSpace),
            ("12 00", MisplacedSpace),
            ("1  000", MisplacedSpace),
            ("1,000 000", MisplacedSpace),
            ("1 000,000", MisplacedSpace),
            ("1\t\t000", MisplacedSpace),
            ("1 000.5 0", MisplacedSpace),
            ("1 0a0", NotANumber),
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
            Ok(m("1234567.89"))
        );
        assert_eq!(Cost::parse("1,000,000,000,000"), Err(TooLarge));
        assert_eq!(
            Cost::parse("999,999,999,999.99").map(Cost::amount),
            Ok(m("999999999999.99"))
        );
        assert_eq!(Cost::parse("0.01").map(Cost::amount), Ok(m("0.01")));
        assert_eq!(
            Cost::parse("1.2345m").map(Cost::amount),
            Ok(m("1234500.00"))
        );
        assert_eq!(
            to_contract_string(Cost::parse("40000").unwrap().amount()),
            "40000.00"
        );
    }

    #[test]
    fn rounding() {
        // 50% of 12,345.67 is 6,172.835: rounded down.
        assert_eq!(m("12345.67").percent_floor(50), m("6172.83"));
        assert_eq!(m("12345.66").percent_floor(50), m("6172.83"));
        assert_eq!(m("0.01").percent_floor(90), Money::ZERO);
        assert_eq!(
            to_contract_string(m("20000").percent_floor(100)),
            "20000.00"
        );
        // 100,000 / 90% is 111,111.111…: rounded up; exact quotients stay.
        assert_eq!(m("100000").at_percent_ceil(90), Some(m("111111.12")));
        assert_eq!(m("100000").at_percent_ceil(50), Some(m("200000")));
        assert_eq!(m("100000").at_percent_ceil(0), None);
        // Exactly at the ceiling is not above it.
        assert!(!m("200000").percent_exceeds(50, m("100000")));
        assert!(m("200000.01").percent_exceeds(50, m("100000")));
    }

    #[test]
    fn contract_strings() {
        for (cents, text) in [
            (0, "0.00"),
            (1, "0.01"),
            (-1, "-0.01"),
            (123_450, "1234.50"),
            (-25_000_000, "-250000.00"),
        ] {
            assert_eq!(Money::from_cents(cents).to_string(), text);
        }
        assert_eq!(Money::whole(40_000), m("40000"));
        assert_eq!(group_thousands(m("-1234567.5")), "-1,234,567.50");
        assert_eq!("12.345".parse::<Money>(), Err(MoneyError::TooManyDecimals));
        assert_eq!("1,000".parse::<Money>(), Err(MoneyError::NotANumber));
        assert_eq!("1".repeat(16).parse::<Money>(), Err(MoneyError::TooLarge));
    }

    #[test]
    fn written_numbers() {
        let r = |t: &str| read_decimal(t).map(|d| d.to_string());
        assert_eq!(r("007.500"), Ok("7.5".into()));
        assert_eq!(r("-0.0"), Ok("0".into()), "no negative zero");
        assert_eq!(r("+.5"), Ok("0.5".into()));
        assert_eq!(r("5."), Ok("5".into()));
        for bad in [
            "", ".", "-", "1.2.3", "1,000", "1e5", " 1", "١", "1_000", "+-1",
        ] {
            assert_eq!(r(bad), Err(DecimalError::NotANumber), "{bad:?}");
        }
        // Exactly as many digits as Decimal holds, and one more.
        let nines = "9".repeat(28);
        assert_eq!(r(&nines), Ok(nines.clone()));
        assert_eq!(r(&format!("{nines}9")), Err(DecimalError::TooLarge));
        assert_eq!(r(&format!("9.{nines}")), Err(DecimalError::TooPrecise));
        assert_eq!(r(&format!("0.{nines}")), Ok(format!("0.{nines}")));
        assert_eq!(r(&format!("000{nines}.000")), Ok(nines.clone()));
        let s = |t: &str| read_scientific(t).map(|d| d.to_string());
        assert_eq!(s("2.5e5"), Ok("250000".into()));
        assert_eq!(s("1E+2"), Ok("100".into()));
        assert_eq!(s("-125e-4"), Ok("-0.0125".into()));
        assert_eq!(s("1e-28"), Ok(format!("0.{}1", "0".repeat(27))));
        assert_eq!(s("1e-29"), Err(DecimalError::TooPrecise));
        // Found by the property test: a whole number's zeros count.
        assert_eq!(s("10.e-29"), Ok(format!("0.{}1", "0".repeat(27))));
        assert_eq!(s("1000e-31"), Ok(format!("0.{}1", "0".repeat(27))));
        assert_eq!(s("1001e-31"), Err(DecimalError::TooPrecise));
        assert_eq!(s("1e28"), Ok(format!("1{}", "0".repeat(28))));
        assert_eq!(s("1e29"), Err(DecimalError::TooLarge));
        assert_eq!(s("0e64"), Ok("0".into()));
        assert_eq!(s("1e65"), Err(DecimalError::TooLarge));
        assert_eq!(s("1e-65"), Err(DecimalError::TooPrecise));
        // The bound is on the exponent as written, zero or not.
        assert_eq!(s("0e65"), Err(DecimalError::TooLarge));
        assert_eq!(s("0e-65"), Err(DecimalError::TooPrecise));
        assert_eq!(s("12.5"), Ok("12.5".into()), "no exponent");
        for bad in ["1e", "e5", "1e+-2", "1e5.0", "1ee5"] {
            assert_eq!(s(bad), Err(DecimalError::NotANumber), "{bad:?}");
        }
    }
}

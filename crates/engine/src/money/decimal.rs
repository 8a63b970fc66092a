//! A written number to an exact `Decimal`, or refused: never rounded
//! (the contract's numbers, JSON's exponents, the typed amount's digits).

use rust_decimal::Decimal;

/// Why a written number could not be read as an exact decimal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecimalError {
    /// Not a plain decimal (a sign, digits, at most one point).
    NotANumber,
    /// More integer digits than `Decimal` holds.
    TooLarge,
    /// More digits in all than `Decimal` holds: it would have to round.
    TooPrecise,
}

/// The significant digits a `Decimal` always holds exactly.
pub(super) const DECIMAL_DIGITS: usize = 28;

/// `12`, `-0.5`, `+.5`, `5.`: a sign, digits and at most one point, with at
/// least one digit; no grouping, no exponent. Exact, or refused: a number
/// with more digits than `Decimal` holds is never rounded. The value is
/// normalised (`050.500` → `50.5`).
pub fn read_decimal(text: &str) -> Result<Decimal, DecimalError> {
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (int.is_empty() && frac.is_empty()) || !digits(int) || !digits(frac) {
        return Err(DecimalError::NotANumber);
    }
    let int = int.trim_start_matches('0');
    let frac = frac.trim_end_matches('0');
    if int.len() > DECIMAL_DIGITS {
        return Err(DecimalError::TooLarge);
    }
    if int.len() + frac.len() > DECIMAL_DIGITS {
        return Err(DecimalError::TooPrecise);
    }
    // At most 28 digits: the integer they make fits in an i128, and the
    // Decimal holds it exactly.
    let mantissa = int
        .bytes()
        .chain(frac.bytes())
        .fold(0i128, |m, b| m * 10 + i128::from(b - b'0'));
    let d = Decimal::try_from_i128_with_scale(mantissa, frac.len() as u32)
        .map_err(|_| DecimalError::TooPrecise)?;
    Ok(positive_zero(if negative { -d } else { d }))
}

/// A plain decimal with an optional exponent (`2.5e5`, `1E-2`), as a JSON
/// number may be written. Exact, or refused; exponents beyond ±64 are
/// refused (no amount or percentage needs them).
pub fn read_scientific(text: &str) -> Result<Decimal, DecimalError> {
    let Some((m, e)) = text.split_once(['e', 'E']) else {
        return read_decimal(text);
    };
    // `i32`'s parser takes an optional sign, as JSON's exponent has.
    let exp: i32 = e.parse().map_err(|_| DecimalError::NotANumber)?;
    match exp {
        65.. => Err(DecimalError::TooLarge),
        ..=-65 => Err(DecimalError::TooPrecise),
        _ => {
            let (m, exp) = whole_zeros(m, exp);
            times_ten_to(read_decimal(m)?, exp)
        }
    }
}

/// `1200e-30` is `12e-28`: the zeros that end a whole number move into the
/// exponent, so the `Decimal` holds no digit the value does not need (found
/// by the property test: `10e-29` was refused though `1e-28` is held).
fn whole_zeros(m: &str, exp: i32) -> (&str, i32) {
    let (whole, frac) = m.split_once('.').unwrap_or((m, ""));
    let trimmed = whole.trim_end_matches('0');
    if !frac.bytes().all(|b| b == b'0') || !trimmed.ends_with(|c: char| c.is_ascii_digit()) {
        return (m, exp);
    }
    (trimmed, exp + (whole.len() - trimmed.len()) as i32)
}

/// `d` × 10^`exp`, exactly: only the decimal point moves.
pub(super) fn times_ten_to(d: Decimal, exp: i32) -> Result<Decimal, DecimalError> {
    if d.is_zero() {
        return Ok(Decimal::ZERO);
    }
    let scale = i64::from(d.scale()) - i64::from(exp);
    let out = if scale >= 0 {
        let mut d = d;
        u32::try_from(scale)
            .ok()
            .and_then(|s| d.set_scale(s).ok())
            .ok_or(DecimalError::TooPrecise)?;
        d
    } else {
        let shift = u32::try_from(-scale).map_err(|_| DecimalError::TooLarge)?;
        10i128
            .checked_pow(shift)
            .and_then(|f| d.mantissa().checked_mul(f))
            .and_then(|m| Decimal::try_from_i128_with_scale(m, 0).ok())
            .ok_or(DecimalError::TooLarge)?
    };
    Ok(out.normalize())
}

pub(super) fn positive_zero(mut d: Decimal) -> Decimal {
    if d.is_zero() {
        d.set_sign_positive(true);
    }
    d
}

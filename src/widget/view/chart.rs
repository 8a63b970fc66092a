//! The split bar and the ceiling chart, drawn in integers (no floats).

use crate::i18n::{self, format_hkd, Lang};
use crate::money::Money;
use crate::rules::Amounts;
use yew::prelude::*;

/// Per-mille of `part` in `whole`, rounded half to even, for drawing
/// (integers, no floats).
pub(super) fn per_mille(part: u64, whole: u64) -> i64 {
    if whole == 0 {
        return 0;
    }
    // At most 1.25e19 (a cost below 10^14 cents, times 125, times 1000):
    // within u64; saturating all the same.
    let n = part.saturating_mul(1000);
    let (q, r) = (n / whole, n % whole);
    let q = if r > whole - r || (r == whole - r && q % 2 == 1) {
        q + 1
    } else {
        q
    };
    q.min(1000) as i64
}

/// Cents as an unsigned count for drawing (amounts here are never negative).
fn cents(m: Money) -> u64 {
    m.cents().max(0) as u64
}

/// The bar of who pays what. Its legend is the figures above it: each
/// figure's label carries its colour's key (`answer.rs`), and a screen
/// reader reads the figures, not the drawing.
pub(super) fn split_bar(a: &Amounts, s: Money) -> Html {
    let gov = per_mille(cents(s), cents(a.cost)) * 300 / 1000;
    html! {
        <svg class="cpfe-bar" viewBox="0 0 300 24" aria-hidden="true">
            <rect class="cpfe-bar-gov" x="0" y="0" width={gov.to_string()} height="24" />
            <rect class="cpfe-bar-you" x={gov.to_string()} y="0" width={(300 - gov).to_string()} height="24" />
        </svg>
    }
}

pub(super) fn chart(a: &Amounts, l: Lang) -> Html {
    let (Some(ceiling), Some(at), Some(s)) = (a.ceiling, a.ceiling_reached_at, a.sponsorship)
    else {
        return html! {};
    };
    // The x axis runs to 125% of the larger of the cost and the point
    // where the ceiling binds: in hundredths of a cent, exactly.
    let xmax = cents(a.cost.max(at)) * 125;
    let x = |v: u64| 10 + per_mille(v, xmax) * 280 / 1000;
    let y = |v: Money| 110 - per_mille(cents(v), cents(ceiling)) * 90 / 1000;
    let hundredths = |v: Money| cents(v) * 100;
    // The curve: from nothing, up to the ceiling where it binds, then flat.
    let mut points = String::new();
    for (px, py) in [
        (x(0), y(Money::ZERO)),
        (x(hundredths(at)), y(ceiling)),
        (x(xmax), y(ceiling)),
    ] {
        points += &format!("{px},{py} ");
    }
    let title = i18n::messages::widget_chart_title(l);
    let label = title.clone() + ". " + &i18n::ceiling_sentence(a, l).unwrap_or_default();
    let caption =
        title + " — " + &i18n::messages::ui_ceiling(l) + l.colon() + &format_hkd(ceiling, l);
    html! {
        <figure class="cpfe-chart">
            <svg viewBox="0 0 300 132" role="img" aria-label={label}>
                // Both axes in one line.
                <polyline class="cpfe-axis" points="10,10 10,110 295,110" />
                // The axes' names, on the drawing (hidden from screen
                // readers, which read the label above).
                <text x="295" y="128" text-anchor="end" aria-hidden="true">{ i18n::messages::ui_cost(l) }</text>
                <text x="16" y="14" aria-hidden="true">{ i18n::messages::ui_sponsorship(l) }</text>
                <polyline class="cpfe-curve" points={points} />
                <circle class="cpfe-you" cx={x(hundredths(a.cost)).to_string()} cy={y(s).to_string()} r="5" />
            </svg>
            <figcaption>{ caption }</figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::per_mille;

    /// Drawing proportions: rounded half to even, at most 1000, exact for
    /// the largest cost the product takes (10^14 cents, times 125 on the
    /// chart's axis), never a panic.
    #[test]
    fn per_mille_rounds_half_to_even_and_never_overflows() {
        assert_eq!(per_mille(1, 3), 333);
        assert_eq!(per_mille(2, 3), 667);
        assert_eq!(per_mille(1, 2), 500);
        assert_eq!(per_mille(1, 2000), 0, "0.5 rounds to even 0");
        assert_eq!(per_mille(3, 2000), 2, "1.5 rounds to even 2");
        assert_eq!(per_mille(5, 0), 0);
        assert_eq!(per_mille(7, 5), 1000, "capped");
        let axis = 100_000_000_000_000u64 * 125;
        assert_eq!(per_mille(axis, axis), 1000);
        assert_eq!(per_mille(axis / 2, axis), 500);
        // Far beyond any amount the product takes: no panic (saturating).
        let _ = per_mille(u64::MAX, u64::MAX);
    }
}

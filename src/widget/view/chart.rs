//! The split bar, drawn in integers (no floats), and said in words.

use crate::i18n::{self, Lang};
use crate::money::Money;
use crate::rules::Amounts;
use yew::prelude::*;

/// The bar of who pays what, and the same in words under it (a screen
/// reader reads the words, a paragraph; the drawing is hidden from it, so
/// there is no unnamed figure). The bar's
/// share is the words' (`i18n::share_percent`), so they never disagree.
/// Its key is the figures above it: each figure's label carries its
/// colour (`answer.rs`). The ceiling has its sentence beside the figures.
pub(super) fn split_bar(a: &Amounts, s: Money, l: Lang) -> Html {
    let gov = i18n::share_percent(s, a.cost) * 3;
    html! {
        <div class="cpfe-split">
            <svg class="cpfe-bar" viewBox="0 0 300 24" aria-hidden="true">
                <rect class="cpfe-bar-gov" x="0" y="0" width={gov.to_string()} height="24" />
                <rect class="cpfe-bar-you" x={gov.to_string()} y="0" width={(300 - gov).to_string()} height="24" />
            </svg>
            <p>{ i18n::bar_words(a, l) }</p>
        </div>
    }
}

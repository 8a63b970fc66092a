//! The table of every stream for the same applicant and cost (first in the
//! staff view, with rates and ceilings), with technology promotion as a row
//! of its own.

use crate::i18n::{self, format_hkd, Lang};
use crate::rules::*;
use crate::summary;
use yew::prelude::*;

/// The table, or nothing when the phase has no streams to show.
pub(super) fn table(e: &Evaluation, l: Lang, staff: bool) -> Html {
    let p = &e.project;
    if e.streams.is_empty() {
        return html! {};
    }
    // Each cell carries its column's heading: on a narrow screen the rows
    // become cards (the stylesheet's container query) whose cells show
    // it. The explicit roles keep the table a table to screen readers
    // when the stylesheet changes its display (WebKit drops it otherwise).
    let mut heads = vec![
        i18n::messages::ui_stream(l),
        i18n::messages::ui_verdict(l),
        i18n::messages::ui_sponsorship(l),
        i18n::messages::ui_applicant_pays(l),
    ];
    if staff {
        heads.push(i18n::messages::ui_rate(l));
        heads.push(i18n::messages::ui_ceiling(l));
    }
    // The colon after the heading is the stylesheet's, in the language's form.
    let cell = |i: usize, text: String| html! { <td role="cell" data-label={heads[i].clone()}>{ text }</td> };
    html! {
        <table class="cpfe-streams" role="table">
            <caption>{ streams_caption(e, l) }</caption>
            <thead><tr role="row">
                { for heads.iter().map(|h| html! { <th scope="col" role="columnheader">{ h.clone() }</th> }) }
            </tr></thead>
            <tbody>
            { for e.streams.iter().map(|s| {
                let current = s.stream.is_some() && s.stream == p.stream;
                let (rate, ceiling) = match s.terms {
                    Some(t) => (i18n::rate_text(t, l), i18n::ceiling_for_case(t, s.amounts.filter(|_| s.verdict.has_amount()).and_then(|a| a.ceiling), l)),
                    None => ("—".into(), "—".into()),
                };
                html! {
                    <tr role="row" aria-current={current.then_some("true")}>
                        <th scope="row" role="rowheader">{ summary::stream_name(s, l) }</th>
                        { cell(1, i18n::stream_answer_short(s, l)) }
                        { cell(2, summary::amount_cell(s, l)) }
                        { cell(3, s.applicant_pays().filter(|_| s.verdict.has_amount()).map_or("—".to_string(), |x| format_hkd(x, l))) }
                        if staff { { cell(4, rate) }{ cell(5, ceiling) } }
                    </tr>
                }
            }) }
            // Technology promotion: an answer of its own, for every
            // applicant: who may take part, free, how to register.
            if let Some(t) = e.technology_promotion {
                <tr role="row">
                    <th scope="row" role="rowheader">{ i18n::technology_promotion_label(l) }</th>
                    { cell(1, i18n::technology_promotion_short(l)) }
                    <td role="cell" colspan={if staff { "4" } else { "2" }}>{ i18n::technology_promotion_text(l) }{ " " }
                        { super::link::link(t.events_url, i18n::events_link(l)) }{ " " }
                        { super::link::source(t.source, l) }</td>
                </tr>
            }
            </tbody>
        </table>
    }
}

/// "Every stream …", marked provisional after the last known phase.
fn streams_caption(e: &Evaluation, l: Lang) -> String {
    let title = i18n::messages::ui_other_streams(l);
    match e.rule_set {
        Some(rs) if e.provisional => title + &i18n::provisional_suffix(rs.to, l),
        _ => title,
    }
}

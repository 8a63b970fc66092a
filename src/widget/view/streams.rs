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
        html! {}
    } else {
        html! {
            <table class="cpfe-streams">
                <caption>{ streams_caption(e, l) }</caption>
                <thead><tr>
                    <th scope="col">{ i18n::messages::ui_stream(l) }</th>
                    <th scope="col">{ i18n::messages::ui_verdict(l) }</th>
                    <th scope="col">{ i18n::messages::ui_sponsorship(l) }</th>
                    <th scope="col">{ i18n::messages::ui_applicant_pays(l) }</th>
                    if staff { <th scope="col">{ i18n::messages::ui_rate(l) }</th><th scope="col">{ i18n::messages::ui_ceiling(l) }</th> }
                </tr></thead>
                <tbody>
                { for e.streams.iter().map(|s| {
                    let current = s.stream.is_some() && s.stream == p.stream;
                    let (rate, ceiling) = match s.terms {
                        Some(t) => (i18n::rate_text(t, l), i18n::ceiling_text(t, l)),
                        None => ("—".into(), "—".into()),
                    };
                    html! {
                        <tr aria-current={current.then_some("true")}>
                            <th scope="row">{ summary::stream_name(s, l) }</th>
                            <td>{ i18n::stream_answer_short(s, l) }</td>
                            <td>{ summary::amount_cell(s, l) }</td>
                            <td>{ s.applicant_pays().filter(|_| s.verdict.has_amount()).map_or("—".to_string(), |x| format_hkd(x, l)) }</td>
                            if staff { <td>{ rate }</td><td>{ ceiling }</td> }
                        </tr>
                    }
                }) }
                // Technology promotion: an answer of its own, for every
                // applicant: who may take part, free, how to register.
                if let Some(t) = e.technology_promotion {
                    <tr>
                        <th scope="row">{ i18n::technology_promotion_label(l) }</th>
                        <td>{ i18n::technology_promotion_short(l) }</td>
                        <td colspan={if staff { "4" } else { "2" }}>{ i18n::technology_promotion_text(l) }{ " " }
                            <a href={t.events_url} target="_blank" rel="noopener noreferrer">{ i18n::messages::widget_events_page(l) }</a>{ " " }
                            <a href={t.source.url} target="_blank" rel="noopener noreferrer">{ i18n::messages::ui_source(l) }</a></td>
                    </tr>
                }
                </tbody>
            </table>
        }
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

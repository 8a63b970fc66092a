//! The answer: headline, notices, figures, chart, conditions, the streams
//! table, next steps and "also worth knowing".

use super::super::screen::Screen;
use crate::i18n::{self, format_hkd};
use crate::rules::*;
use crate::summary;
use yew::prelude::*;

pub(super) fn answer_view(
    e: &Evaluation,
    screen: &Screen,
    result_ref: &NodeRef,
    heading_id: &str,
) -> Html {
    let (l, staff) = (screen.lang, screen.staff);
    let p = &e.project;
    // While a typed answer cannot be read, the headline points to it, not
    // to a missing answer.
    let headline = match screen.typing {
        Some((f, shown)) => {
            let q = i18n::field_question(f, l);
            match shown {
                true => i18n::messages::widget_headline_check(l, &q),
                false => i18n::messages::widget_headline_entering(l, &q),
            }
        }
        None => i18n::headline(p, l),
    };
    let streams_table = super::streams::table(e, l, staff);
    let money = p.amounts.filter(|_| p.verdict.has_amount());
    let figures = match money.and_then(|a| Some((a, a.sponsorship?, a.applicant_pays?))) {
        Some((a, s, pays)) => html! {
            <>
                <dl class="cpfe-figures">
                    <div><dt>{ i18n::messages::ui_sponsorship(l) }</dt><dd class="cpfe-amount">{ format_hkd(s, l) }</dd></div>
                    <div><dt>{ i18n::messages::ui_applicant_pays(l) }</dt><dd class="cpfe-amount">{ format_hkd(pays, l) }</dd></div>
                </dl>
                if let Some(sentence) = i18n::ceiling_sentence(&a, l) { <p class="cpfe-explain">{ sentence }</p> }
                { super::chart::split_bar(&a, s, pays, l) }
                { super::chart::chart(&a, l) }
            </>
        },
        None => match money {
            Some(_) => {
                html! { <p class="cpfe-explain">{ format!("{}{}{}", i18n::messages::ui_sponsorship(l), l.colon(), i18n::messages::ui_not_published(l)) }</p> }
            }
            None => html! {},
        },
    };
    let reasons = html! {
        <details class="cpfe-reasons" open={!staff}>
            <summary>{ i18n::messages::ui_conditions(l) }</summary>
            <ul>
            { for p.reasons.iter().map(|r| {
                let m = summary::Mark::of(r);
                let (sym, word, class) = (m.symbol(), m.word(l), m.name());
                html! {
                    <li data-mark={class}>
                        <span class="cpfe-mark" aria-hidden="true">{ sym }</span>
                        if !word.is_empty() { <span class="cpfe-state">{ format!("{word}{}", l.colon()) }</span> }
                        { i18n::reason(r, l) }
                        if r.assumption { <span class="cpfe-assumption">{ format!(" ({})", i18n::messages::ui_assumption(l)) }</span> }
                        if let Some(src) = r.source { { " " }<a href={src.url} target="_blank" rel="noopener noreferrer">{ i18n::messages::ui_source(l) }</a> }
                    </li>
                }
            }) }
            </ul>
        </details>
    };
    let n = summary::next_steps(l);
    html! {
        <div class="cpfe-result">
            <h3 class="cpfe-result-title" id={heading_id.to_string()}>{ i18n::messages::widget_your_estimate(l) }</h3>
            <p class="cpfe-headline" data-verdict={verdict_class(p.verdict)} tabindex="-1" ref={result_ref.clone()} aria-live="polite" aria-atomic="true">
                { format!("{}{}{}", summary::stream_name(p, l), l.colon(), headline) }
            </p>
            { for e.notices.iter().map(|n| html! { <p class="cpfe-notice" data-provisional={n.is_provisional().then_some("")} role="note">{ i18n::notice_text(n, l) }</p> }) }
            if staff { { streams_table.clone() } }
            { figures }
            { reasons }
            if !staff { { streams_table } }
            <div class="cpfe-next">
                <h4>{ i18n::messages::ui_next_steps(l) }</h4>
                <ul>
                    <li><a href={n.guide_url} target="_blank" rel="noopener noreferrer">{ n.guide }</a></li>
                    <li>{ n.call }<a href={format!("tel:{}", n.hotline_tel)}>{ n.hotline }</a></li>
                    <li>{ n.write }<a href={format!("mailto:{}", n.email)}>{ n.email }</a></li>
                </ul>
                if summary::has_estimate(e) { <p class="cpfe-disclaimer">{ i18n::estimate_disclaimer(l) }</p> }
            </div>
            <details class="cpfe-more">
                <summary>{ i18n::messages::ui_information(l) }</summary>
                { for e.information.iter().map(|i| html! {
                    <p>{ i18n::info_text(*i, l) }{ " " }<a href={i.url()} target="_blank" rel="noopener noreferrer">{ i18n::messages::ui_source(l) }</a></p>
                }) }
            </details>
        </div>
    }
}

pub(super) fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => "yes",
        Verdict::CaseByCase | Verdict::NeedsInformation => "maybe",
        _ => "no",
    }
}

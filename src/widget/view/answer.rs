//! The answer: headline, notices, figures, the split bar, conditions, the streams
//! table, next steps and "also worth knowing".

use super::super::screen::Screen;
use super::link::link;
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
        None => i18n::answer_headline(e, l),
    };
    // Links are numbered for paper in the order they show (link.rs): the
    // staff see every stream first; the public after the conditions.
    super::link::begin();
    let table = || super::streams::table(e, l, staff);
    let table_first = if staff { table() } else { Html::default() };
    let money = p.amounts.filter(|_| p.verdict.has_amount());
    let split = money.and_then(|a| Some((a, a.sponsorship?, a.applicant_pays?)));
    // "This is an estimate; the committee decides": with the figures it
    // qualifies where there are figures, else in the next steps.
    let disclaimer = summary::has_estimate(e)
        .then(|| html! { <p class="cpfe-disclaimer">{ i18n::estimate_disclaimer(l) }</p> });
    let (with_figures, in_next) = match split {
        Some(_) => (disclaimer, None),
        None => (None, disclaimer),
    };
    let figures = match split {
        Some((a, s, pays)) => html! {
            <>
                <dl class="cpfe-figures">
                    // Each label with its colour in the bar below: the bar's legend.
                    <div><dt><span class="cpfe-key-gov"></span>{ i18n::messages::ui_sponsorship(l) }</dt><dd class="cpfe-amount">{ format_hkd(s, l) }</dd></div>
                    <div><dt><span class="cpfe-key-you"></span>{ i18n::messages::ui_applicant_pays(l) }</dt><dd class="cpfe-amount">{ format_hkd(pays, l) }</dd></div>
                </dl>
                if let Some(sentence) = i18n::ceiling_sentence(&a, l) { <p class="cpfe-explain">{ sentence }</p> }
                { for with_figures }
                { super::chart::split_bar(&a, s, l) }
            </>
        },
        None => match money {
            Some(_) => {
                html! { <p class="cpfe-explain">{ format!("{}{}{}", i18n::messages::ui_sponsorship(l), l.colon(), i18n::messages::ui_not_published(l)) }</p> }
            }
            None => html! {},
        },
    };
    // An assumption the answer does not turn on (the phase's exact dates,
    // for a date well inside it) stands among the conditions, marked as
    // an assumption; the notices that qualify the figures stand above them.
    let aside = |n: &&Notice| !n.is_decisive();
    let items = p
        .reasons
        .iter()
        .map(|r| {
            (
                summary::Mark::of(r),
                i18n::reason(r, l),
                r.assumption,
                r.source,
            )
        })
        .chain(
            e.notices
                .iter()
                .filter(aside)
                .map(|n| (summary::Mark::Note, i18n::notice_text(n, l), true, None)),
        );
    let reasons = html! {
        <details class="cpfe-reasons" open={!staff}>
            <summary>{ i18n::messages::ui_conditions(l) }</summary>
            <ul>
            { for items.map(|(m, text, assumption, source)| {
                let (sym, word, class) = (m.symbol(), m.word(l), m.name());
                html! {
                    <li data-mark={class}>
                        <span class="cpfe-mark" aria-hidden="true">{ sym }</span>
                        if !word.is_empty() { <span class="cpfe-state">{ format!("{word}{}", l.colon()) }</span> }
                        { text }
                        if assumption { <span class="cpfe-assumption">{ l.parens(&i18n::messages::ui_assumption(l)) }</span> }
                        if let Some(s) = source { { " " }{ super::link::source(s, l) } }
                    </li>
                }
            }) }
            </ul>
        </details>
    };
    let table_last = if staff { Html::default() } else { table() };
    let n = summary::next_steps(l);
    let next = html! {
        <div class="cpfe-next">
            <h4>{ i18n::messages::ui_next_steps(l) }</h4>
            <ul>
                if let Some(c) = i18n::closing_text(e, l) { <li>{ c }</li> }
                <li>{ link(n.guide_url, n.guide) }</li>
                <li>{ n.call }<a href={format!("tel:{}", n.hotline_tel)}>{ n.hotline }</a></li>
                <li>{ n.write }<a href={format!("mailto:{}", n.email)}>{ n.email }</a></li>
            </ul>
            { for in_next }
        </div>
    };
    // Paper: the addresses of what it shows ("also worth knowing" is not printed).
    let printed = super::link::take();
    html! {
        <div class="cpfe-result">
            <h3 class="cpfe-result-title" id={heading_id.to_string()}>{ i18n::messages::widget_your_estimate(l) }</h3>
            <p class="cpfe-headline" data-verdict={verdict_class(p.verdict)} data-provisional={e.provisional.then_some("")} tabindex="-1" ref={result_ref.clone()}>
                { summary::headline_line(e, &headline, l) }
            </p>
            { for e.notices.iter().filter_map(|n| i18n::decisive_notice(n, e, l)).map(|text| html! { <p class="cpfe-notice" data-provisional={e.provisional.then_some("")} role="note">{ text }</p> }) }
            { table_first }
            { figures }
            { reasons }
            { table_last }
            { next }
            <details class="cpfe-more">
                <summary>{ i18n::messages::ui_information(l) }</summary>
                { for e.information.iter().map(|i| html! {
                    <p>{ i18n::info_text(*i, l) }{ " " }{ super::link::source(i.source(), l) }</p>
                }) }
            </details>
            <ol class="cpfe-print-links">{ for printed.iter().map(|u| html! { <li>{ *u }</li> }) }</ol>
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

//! The plain-text answer to a case, in one language: what `cpfund check`
//! prints and what the widget's "copy summary" puts on the clipboard.

use crate::format_hkd;
use crate::{self as i18n, Lang};
use cp_engine::rules::data::PROGRAMME;
use cp_engine::rules::{Evaluation, Reason, ReasonKind, StreamResult};
use std::fmt::Write;

/// The stream's label, or the "no stream yet" wording.
pub fn stream_name(r: &StreamResult, l: Lang) -> String {
    match r.stream {
        Some(s) => i18n::stream_label(s, l),
        None => crate::messages::ui_stream(l),
    }
}

/// The answer's headline as shown: after the asked stream's name where a
/// stream is asked in a phase ("Demonstration project: You can apply");
/// alone where no project applies (refused before the stream is asked, or
/// no phase on the date).
pub fn headline_line(e: &Evaluation, headline: &str, l: Lang) -> String {
    match (e.project.stream, e.rule_set) {
        (Some(s), Some(_)) => i18n::stream_label(s, l) + colon(l) + headline,
        _ => headline.to_string(),
    }
}

/// The amount of a stream in a few words, for tables.
pub fn amount_cell(r: &StreamResult, l: Lang) -> String {
    match (r.verdict.has_amount(), r.sponsorship()) {
        (true, Some(s)) => format_hkd(s, l),
        (true, None) => crate::messages::ui_not_published(l),
        _ => "—".to_string(),
    }
}

/// How a reason is marked: met, not met, open (decided case by case, or an
/// answer missing) or a note. One classification for every shell: the
/// summary's symbols and words, the widget's marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Met,
    NotMet,
    CaseByCase,
    Missing,
    Note,
}

impl Mark {
    pub fn of(r: &Reason) -> Mark {
        match (r.kind, r.met) {
            (ReasonKind::Condition, true) => Mark::Met,
            (ReasonKind::Condition, false) => Mark::NotMet,
            (ReasonKind::CaseByCase, _) => Mark::CaseByCase,
            (ReasonKind::Missing, _) => Mark::Missing,
            _ => Mark::Note,
        }
    }

    /// ✓ met, ✗ not met, ? open, · note.
    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Met => "✓",
            Mark::NotMet => "✗",
            Mark::CaseByCase | Mark::Missing => "?",
            Mark::Note => "·",
        }
    }

    /// The word beside the symbol, so nothing is told by a symbol or colour
    /// alone (a note has none).
    pub fn word(self, l: Lang) -> String {
        match self {
            Mark::Met => crate::messages::ui_met(l),
            Mark::NotMet => crate::messages::ui_not_met(l),
            Mark::CaseByCase => crate::messages::ui_case_by_case(l),
            Mark::Missing => crate::messages::ui_missing(l),
            Mark::Note => String::new(),
        }
    }

    /// The mark's name for a stylesheet (`data-mark`): met, unmet, open, note.
    pub fn name(self) -> &'static str {
        match self {
            Mark::Met => "met",
            Mark::NotMet => "unmet",
            Mark::CaseByCase | Mark::Missing => "open",
            Mark::Note => "note",
        }
    }
}

/// The symbol and word that mark a reason (✓ met, ✗ not met, ? open, · note).
pub fn reason_mark(r: &Reason, l: Lang) -> (&'static str, String) {
    let m = Mark::of(r);
    (m.symbol(), m.word(l))
}

fn colon(l: Lang) -> &'static str {
    l.colon()
}

/// The colon that ends a heading line, before a list.
fn heading_colon(l: Lang) -> &'static str {
    l.pick(":", "：", "：")
}

/// Whether the answer is an estimate (a phase's terms applied), which the
/// "the committee decides" disclaimer goes with; a date no phase covers
/// gets the nearest phases instead.
pub fn has_estimate(e: &Evaluation) -> bool {
    e.rule_set.is_some()
}

/// The whole answer as text.
pub fn text(e: &Evaluation, l: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — {}",
        i18n::product_title(l),
        i18n::programme_name(l)
    );
    if let Some(rs) = e.rule_set {
        let _ = writeln!(
            out,
            "{}{}{}",
            crate::messages::ui_phase(l),
            colon(l),
            i18n::phase_line(rs.id, rs.from, rs.to, e.provisional, l)
        );
    }
    // The provisional notice comes first, before any figure.
    for n in e.notices.iter().filter(|n| n.is_provisional()) {
        let _ = writeln!(out, "! {}", i18n::notice_text(n, l));
    }
    let p = &e.project;
    let _ = writeln!(out, "{}", headline_line(e, &i18n::answer_headline(e, l), l));
    if let Some(a) = p.amounts {
        let _ = writeln!(
            out,
            "  {}{}{}",
            crate::messages::ui_cost(l),
            colon(l),
            format_hkd(a.cost, l)
        );
        match (a.sponsorship, a.applicant_pays) {
            (Some(s), Some(pays)) => {
                let _ = writeln!(
                    out,
                    "  {}{}{}",
                    crate::messages::ui_sponsorship(l),
                    colon(l),
                    format_hkd(s, l)
                );
                let _ = writeln!(
                    out,
                    "  {}{}{}",
                    crate::messages::ui_applicant_pays(l),
                    colon(l),
                    format_hkd(pays, l)
                );
            }
            _ => {
                let _ = writeln!(
                    out,
                    "  {}{}{}",
                    crate::messages::ui_sponsorship(l),
                    colon(l),
                    crate::messages::ui_not_published(l)
                );
            }
        }
        if let Some(s) = i18n::ceiling_sentence(&a, l) {
            let _ = writeln!(out, "  {s}");
        }
    }
    let _ = writeln!(
        out,
        "{}{}",
        crate::messages::ui_conditions(l),
        heading_colon(l)
    );
    for r in &p.reasons {
        let (mark, word) = reason_mark(r, l);
        let state = if word.is_empty() {
            String::new()
        } else {
            l.parens(&word)
        };
        let assumption = if r.assumption {
            match l {
                Lang::En => format!(" [{}]", crate::messages::ui_assumption(l)),
                _ => format!("［{}］", crate::messages::ui_assumption(l)),
            }
        } else {
            String::new()
        };
        let _ = writeln!(out, "  {mark} {}{state}{assumption}", i18n::reason(r, l));
        if let Some(s) = r.source {
            let _ = writeln!(out, "      {}", source_line(s, l));
        }
    }
    if !e.streams.is_empty() {
        let _ = writeln!(
            out,
            "{}{}",
            crate::messages::ui_other_streams(l),
            heading_colon(l)
        );
        for s in &e.streams {
            let _ = writeln!(
                out,
                "  {} — {} — {}",
                stream_name(s, l),
                i18n::stream_answer_short(s, l),
                amount_cell(s, l)
            );
        }
    }
    if let Some(t) = e.technology_promotion {
        let _ = writeln!(
            out,
            "{}{}{}",
            i18n::technology_promotion_label(l),
            colon(l),
            i18n::technology_promotion_short(l)
        );
        let _ = writeln!(out, "  {}", i18n::technology_promotion_text(l));
        let _ = writeln!(
            out,
            "  {}{}{}",
            i18n::events_link(l),
            colon(l),
            t.events_url
        );
        let _ = writeln!(out, "      {}", source_line(t.source, l));
    }
    // The other notices under a heading of their own (the provisional one
    // came first).
    let mut heading = true;
    for n in e.notices.iter().filter(|n| !n.is_provisional()) {
        if std::mem::take(&mut heading) {
            let _ = writeln!(
                out,
                "{}{}",
                crate::messages::ui_notices(l),
                heading_colon(l)
            );
        }
        let _ = writeln!(out, "  ! {}", i18n::notice_text(n, l));
    }
    if has_estimate(e) {
        let _ = writeln!(out, "{}", i18n::estimate_disclaimer(l));
    }
    if let Some(closing) = i18n::closing_text(e, l) {
        let _ = writeln!(out, "{closing}");
    }
    let c = &PROGRAMME.contacts;
    let colon = colon(l);
    let _ = writeln!(
        out,
        "{}{colon}{} · {}{colon}{} · {}{}{colon}{}",
        crate::messages::ui_hotline(l),
        c.hotline,
        crate::messages::ui_email(l),
        c.email,
        crate::messages::ui_guide(l),
        i18n::page_note(c.pages_written, l),
        c.guide_url
    );
    out
}

/// The next steps every answer ends with, in the reader's language: the
/// application guide, the hotline and the secretariat's address (the
/// programme's contacts), each with its lead-in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextSteps {
    pub guide: String,
    pub guide_url: &'static str,
    pub call: String,
    pub hotline: &'static str,
    pub hotline_tel: &'static str,
    pub write: String,
    pub email: &'static str,
}

pub fn next_steps(l: Lang) -> NextSteps {
    let c = &PROGRAMME.contacts;
    let lead = |w: fn(Lang) -> String| format!("{}{}", w(l), l.colon());
    NextSteps {
        guide: crate::messages::widget_application_guide(l) + &i18n::page_note(c.pages_written, l),
        guide_url: c.guide_url,
        call: lead(crate::messages::widget_call_hotline),
        hotline: c.hotline,
        hotline_tel: c.hotline_tel,
        write: lead(crate::messages::widget_write_email),
        email: c.email,
    }
}

/// "source: <address>", or "source: <title>" for a source named, not linked.
fn source_line(s: &cp_engine::rules::Source, l: Lang) -> String {
    match i18n::source_link(s, l) {
        ("", words) => words,
        (url, words) => words + colon(l) + url,
    }
}

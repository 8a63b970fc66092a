//! The rule data as a page a programme officer reviews without reading
//! Rust: every phase with its dates, area, who may apply, every stream's
//! rate, ceiling, months to finish and conditions, each figure with the
//! address of its source; the recognition awards by period; the sources.
//!
//! `cpfund rules --format markdown --lang L` prints it; `make rules-docs`
//! writes `docs/rules.<lang>.md`, and a test fails when the committed pages
//! differ from what the data generates, so a figure changed in the data is
//! reviewed as a readable diff of those pages.

use crate::{self as i18n, Lang, RulesPage as P};
use crate::{format_hkd, format_rmb};
use cp_engine::rules::changes::{self, Change, Part};
use cp_engine::rules::data::{PROGRAMME, SOURCES};
use cp_engine::rules::model::{
    Ceiling, GuangdongArea, Offer, OutsideSectors, PrioritySectors, RuleSet, Source, Terms,
};
use std::fmt::Write;

/// A source as a Markdown link, `[title](address)`: its title in the
/// reader's language, the page in it where the rules give one, and the
/// page's language where it is another.
fn link(s: &Source, l: Lang) -> String {
    let title = i18n::source_title(s, l).replace('[', "(").replace(']', ")");
    match s.page(i18n::written(l)) {
        Some(page) => format!(
            "[{title}]({}){}",
            page.url,
            i18n::page_note(page.written, l)
        ),
        // Named, not linked.
        None => format!("*{title}*"),
    }
}

/// A table cell: no line breaks, no unescaped pipes.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn yes_no(b: bool, l: Lang) -> String {
    i18n::rules_page(if b { P::Yes } else { P::No }, l)
}

fn assumed(b: bool, l: Lang) -> String {
    if b {
        let a = crate::messages::ui_assumption(l);
        l.pick(format!(" ({a})"), format!("（{a}）"), format!("（{a}）"))
    } else {
        String::new()
    }
}

fn phase(out: &mut String, rs: &RuleSet, l: Lang) {
    let t = |p: P| i18n::rules_page(p, l);
    let (colon, stop) = (l.colon(), l.pick(".", "。", "。"));
    let _ = writeln!(out, "\n## {}\n", i18n::phase_name(rs.id, l));
    let _ = writeln!(
        out,
        "- {}{colon}{}{stop} {}",
        t(P::Applications),
        i18n::date_range(
            &(l.date(rs.from) + &assumed(rs.from_assumed, l)),
            &(l.date(rs.to) + &assumed(rs.to_assumed, l)),
            l
        ),
        link(rs.dates_source, l)
    );
    let _ = writeln!(
        out,
        "- {}{colon}{}",
        t(P::NewMoney),
        format_hkd(
            cp_engine::money::Money::whole(u64::from(rs.funding_millions) * 1_000_000),
            l
        )
    );
    let _ = writeln!(
        out,
        "- {}{colon}{}{stop} {}",
        t(P::Area),
        area_text(rs, l),
        link(rs.area.source, l)
    );
    let test = applicant_test_text(rs, l);
    let _ = writeln!(
        out,
        "- {}{colon}{test} {}",
        t(P::ApplicantTest),
        link(rs.applicant_test_source, l)
    );
    if let Some(ps) = &rs.priority_sectors {
        let _ = writeln!(
            out,
            "- {}{colon}{} {}",
            t(P::PrioritySectors),
            sectors_text(ps, l),
            link(ps.source, l)
        );
    }
    if let Some(sa) = &rs.second_assessment {
        let _ = writeln!(
            out,
            "- {}{colon}{}{} {}",
            t(P::SecondAssessment),
            i18n::second_assessment_rule(sa.years, l),
            assumed(PROGRAMME.same_date_assumption, l),
            link(sa.source, l)
        );
    }
    if let Some(s) = rs.technology_promotion {
        let _ = writeln!(
            out,
            "- {}{colon}{} {}",
            i18n::technology_promotion_label(l),
            i18n::technology_promotion_short(l),
            link(s, l)
        );
    }
    let _ = writeln!(
        out,
        "\n| {} | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---|",
        t(P::Stream),
        t(P::WhoMayApply),
        t(P::Rate),
        t(P::Ceiling),
        t(P::MonthsToFinish),
        t(P::Source)
    );
    for e in rs.streams {
        let label = i18n::stream_label(e.stream, l);
        match &e.offer {
            Offer::Offered(terms) => {
                let rate = i18n::rate_text(terms, l);
                let ceiling = ceiling_text(terms, l);
                let months = months_text(terms, l);
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} | {} |",
                    cell(&label),
                    cell(&i18n::who_text(terms.who, l)),
                    cell(&rate),
                    cell(&ceiling),
                    months,
                    link(terms.source, l)
                );
            }
            Offer::NotListed { source } => {
                let _ = writeln!(
                    out,
                    "| {} | {} | — | — | — | {} |",
                    cell(&label),
                    cell(&t(P::NotListed)),
                    link(source, l)
                );
            }
        }
    }
}

/// Where a phase's factories may be: the part of Guangdong, and whether
/// factories and workshops in Hong Kong are covered.
fn area_text(rs: &RuleSet, l: Lang) -> String {
    let t = |p: P| i18n::rules_page(p, l);
    let (colon, semi) = (l.colon(), l.pick("; ", "；", "；"));
    let guangdong = match rs.area.guangdong {
        GuangdongArea::PearlRiverDelta => t(P::PearlRiverDeltaOnly),
        GuangdongArea::All => t(P::AllGuangdong),
    };
    format!(
        "{guangdong}{semi}{}{colon}{}{semi}{}{colon}{}",
        t(P::HkFactories),
        yes_no(rs.area.hk_factories, l),
        t(P::HkWorkshops),
        yes_no(rs.area.hk_workshops, l),
    )
}

/// Who may apply: the published test, or the assumption that applies it.
fn applicant_test_text(rs: &RuleSet, l: Lang) -> String {
    if rs.applicant_test_assumed {
        i18n::reason_text(
            &cp_engine::rules::Why::ApplicantTestAssumed { rule_set: rs.id },
            true,
            l,
        ) + &assumed(true, l)
    } else {
        i18n::rules_page(P::ApplicantTestPublished, l)
    }
}

/// The priority sectors and what they mean for a factory outside them.
fn sectors_text(ps: &PrioritySectors, l: Lang) -> String {
    let names: Vec<String> = ps
        .sectors
        .iter()
        .map(|s| i18n::sector_label(*s, l))
        .collect();
    let outside = match ps.outside {
        OutsideSectors::PriorityOnly => i18n::rules_page(P::OutsidePriorityOnly, l),
        OutsideSectors::CaseByCase => i18n::rules_page(P::OutsideCaseByCase, l),
    };
    format!(
        "{}{}{outside}{}",
        names.join(l.pick(", ", "、", "、")),
        l.pick(". ", "。", "。"),
        assumed(ps.assumed, l)
    )
}

/// A stream's ceiling, with a higher one by the technology's origin.
fn ceiling_text(terms: &Terms, l: Lang) -> String {
    match terms.ceiling {
        Ceiling::Published { amount, per } => {
            let mut c = i18n::ceiling_per(&format_hkd(amount.amount(), l), per, l);
            if let Some(oc) = terms.origin_ceiling {
                let origins: Vec<String> = oc
                    .origins
                    .iter()
                    .map(|o| i18n::origin_label(*o, l))
                    .collect();
                c += &i18n::origin_ceiling_note(
                    &format_hkd(oc.amount.amount(), l),
                    &origins.join(l.pick("; ", "；", "；")),
                    l,
                );
            }
            c
        }
        Ceiling::NotPublished => crate::messages::ui_not_published(l),
        Ceiling::NoneStated => crate::messages::ui_no_ceiling(l),
    }
}

fn months_text(terms: &Terms, l: Lang) -> String {
    terms
        .months_to_complete
        .map_or_else(|| i18n::rules_page(P::NotStated, l), |m| m.to_string())
}

/// A stream's terms in one cell: who, rate, ceiling, months to finish.
fn terms_text(terms: &Terms, l: Lang) -> String {
    let t = |p: P| i18n::rules_page(p, l);
    let (colon, semi) = (l.colon(), l.pick("; ", "；", "；"));
    format!(
        "{}{semi}{}{colon}{}{semi}{}{colon}{}{semi}{}{colon}{}",
        i18n::who_text(terms.who, l),
        t(P::Rate),
        i18n::rate_text(terms, l),
        t(P::Ceiling),
        ceiling_text(terms, l),
        t(P::MonthsToFinish),
        months_text(terms, l)
    )
}

/// A change's value in a phase: what the page says of it there, or "—"
/// where the phase has none (a stream it does not offer).
pub fn change_value(c: Change, rs: &RuleSet, l: Lang) -> String {
    let none = || "—".to_string();
    match c {
        Change::Dates => i18n::date_range(
            &(l.date(rs.from) + &assumed(rs.from_assumed, l)),
            &(l.date(rs.to) + &assumed(rs.to_assumed, l)),
            l,
        ),
        Change::Area => area_text(rs, l),
        Change::ApplicantTest => applicant_test_text(rs, l),
        Change::PrioritySectors => rs
            .priority_sectors
            .as_ref()
            .map_or_else(none, |ps| sectors_text(ps, l)),
        Change::SecondAssessment => rs
            .second_assessment
            .as_ref()
            .map_or_else(none, |sa| i18n::second_assessment_rule(sa.years, l)),
        Change::StreamAdded(s) | Change::StreamDropped(s) => match rs.entry(s).map(|e| &e.offer) {
            Some(Offer::Offered(terms)) => terms_text(terms, l),
            Some(Offer::NotListed { .. }) => i18n::rules_page(P::NotListed, l),
            None => i18n::rules_page(P::NotInPhase, l),
        },
        Change::Terms(s, part) => match changes::offered(rs, s) {
            None => none(),
            Some(terms) => match part {
                Part::Who => i18n::who_text(terms.who, l),
                Part::Rate => i18n::rate_text(terms, l),
                Part::Ceiling => ceiling_text(terms, l),
                Part::MonthsToComplete => months_text(terms, l),
            },
        },
    }
}

/// What a change is about: "Applications", a stream's name, or a stream's
/// name and the part of its terms.
pub fn change_what(c: Change, l: Lang) -> String {
    let t = |p: P| i18n::rules_page(p, l);
    match c {
        Change::Dates => t(P::Applications),
        Change::Area => t(P::AreaCovered),
        Change::ApplicantTest => t(P::ApplicantTest),
        Change::PrioritySectors => t(P::PrioritySectors),
        Change::SecondAssessment => t(P::SecondAssessment),
        Change::StreamAdded(s) => i18n::stream_label(s, l) + &t(P::StreamAdded),
        Change::StreamDropped(s) => i18n::stream_label(s, l) + &t(P::StreamDropped),
        Change::Terms(s, part) => {
            let part = t(match part {
                Part::Who => P::WhoMayApply,
                Part::Rate => P::Rate,
                Part::Ceiling => P::Ceiling,
                Part::MonthsToComplete => P::MonthsToFinish,
            });
            let stream = i18n::stream_label(s, l);
            l.pick(
                format!("{stream}: {part}"),
                format!("{stream}：{part}"),
                format!("{stream}：{part}"),
            )
        }
    }
}

/// The table of what changed from the phase before, under its heading.
fn changes_table(out: &mut String, before: &'static RuleSet, after: &'static RuleSet, l: Lang) {
    let t = |p: P| i18n::rules_page(p, l);
    let _ = writeln!(
        out,
        "\n### {}\n\n| {} | {} | {} | {} |\n|---|---|---|---|",
        i18n::changes_title(before.id, l),
        t(P::Change),
        cell(&i18n::phase_name(before.id, l)),
        cell(&i18n::phase_name(after.id, l)),
        t(P::Sources)
    );
    for c in changes::changes(before, after) {
        let (was, now) = c.sources(before, after);
        let src = |s: Option<&'static Source>| s.map_or_else(|| "—".to_string(), |s| link(s, l));
        let sources = if was.map(|s| s.id) == now.map(|s| s.id) {
            src(now)
        } else {
            format!("{} → {}", src(was), src(now))
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {sources} |",
            cell(&change_what(c, l)),
            cell(&change_value(c, before, l)),
            cell(&change_value(c, after, l)),
        );
    }
}

/// The whole page in one language.
pub fn markdown(l: Lang) -> String {
    let t = |p: P| i18n::rules_page(p, l);
    let colon = l.colon();
    let mut out = String::new();
    let _ = writeln!(out, "# {}", t(P::Title));
    let _ = writeln!(
        out,
        "\n{}\n\n{} `cpfund rules --format markdown --lang {}`",
        t(P::Intro),
        t(P::Generated),
        l.tag()
    );
    // What each stream funds, once, before the phases that offer them.
    let _ = writeln!(out, "\n## {}\n", t(P::StreamsFund));
    for &s in cp_engine::rules::Stream::ALL {
        let _ = writeln!(
            out,
            "- **{}**{colon}{}",
            i18n::stream_label(s, l),
            i18n::stream_description(s, l)
        );
    }
    let mut sets: Vec<&'static RuleSet> = PROGRAMME.rule_sets.iter().collect();
    sets.sort_by_key(|r| r.from);
    for (i, rs) in sets.iter().enumerate() {
        phase(&mut out, rs, l);
        // What changed from the phase before (computed, never written).
        if let Some(before) = i.checked_sub(1).map(|i| sets[i]) {
            changes_table(&mut out, before, rs, l);
        }
    }
    if let Some(last) = sets.last() {
        let _ = writeln!(
            out,
            "\n{}",
            i18n::notice_text(
                &cp_engine::rules::Notice::Provisional {
                    rule_set: last.id,
                    to: last.to
                },
                l
            )
        );
    }
    let rm = &PROGRAMME.resident_majority;
    let _ = writeln!(
        out,
        "\n## {}\n\n{} {}",
        t(P::ResidentMajority),
        i18n::resident_majority_rule(rm.mainland_more_than, rm.hk_business_at_least, l),
        link(rm.source, l)
    );
    let r = &PROGRAMME.recognition;
    let _ = writeln!(
        out,
        "\n## {}\n\n| {} | {} | {} | {} | {} |\n|---|---|---|---|---|",
        i18n::recognition_scheme_name(l),
        t(P::LabelYears),
        t(P::ExcellentPartner),
        t(P::Partner),
        t(P::OneOff),
        t(P::Source)
    );
    for a in r.cash_awards {
        let years = match (a.to_year, a.reported_to_year) {
            (Some(to), _) if to == a.from_year => to.to_string(),
            (Some(to), _) => format!("{}–{to}", a.from_year),
            (None, Some(rep)) => format!(
                "{}{}{}",
                i18n::years_from(a.from_year, l),
                colon,
                i18n::reported_to(rep, l)
            ),
            (None, None) => i18n::years_from(a.from_year, l),
        };
        let once = match a.one_off {
            Some(b) => yes_no(b, l),
            None => t(P::NotStated),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            cell(&years),
            format_rmb(a.excellent_partner.amount(), l),
            format_rmb(a.partner.amount(), l),
            once,
            link(a.source, l)
        );
    }
    let _ = writeln!(
        out,
        "\n{}{} {}",
        t(P::CashAwardGuangdong),
        assumed(r.guangdong_only_assumed, l),
        link(r.source, l)
    );
    let _ = writeln!(
        out,
        "\n{} {}",
        t(P::ExportCreditDiscount),
        link(r.export_credit_discount_source, l)
    );
    let _ = writeln!(
        out,
        "\n## {}\n\n| {} | {} |\n|---|---|",
        t(P::Sources),
        t(P::Source),
        t(P::Address)
    );
    // Every address the rules give for it, each with its language.
    for s in SOURCES {
        let pages: Vec<String> = s
            .pages
            .iter()
            .map(|p| format!("<{}>{}", p.url, i18n::page_note(p.written, l)))
            .collect();
        let pages = if pages.is_empty() {
            t(P::NoAddress)
        } else {
            pages.join(l.pick("; ", "；", "；"))
        };
        let _ = writeln!(out, "| {} | {pages} |", cell(&i18n::source_title(s, l)));
    }
    let c = &PROGRAMME.contacts;
    let _ = writeln!(
        out,
        "\n{}{colon}{} · {} · <{}>",
        crate::messages::ui_hotline(l),
        c.hotline,
        c.email,
        c.website
    );
    out
}

//! The phase line and the terms in a line. (Interface words are the
//! generated `messages::ui_*` and `messages::widget_*` functions.)

#[allow(unused_imports)]
use super::*;

// ------------------------------------------------------------ interface words

/// ", provisional: the terms after 31 March 2027 are not known".
pub fn provisional_suffix(to: cp_engine::date::Date, l: Lang) -> String {
    m::phase_line_provisional(l, &l.date(to))
}

/// "2015-2020 (applications 15 June 2015 to 31 March 2020)"; after the
/// last known phase: "2025-2027, provisional: ... later terms not known".
pub fn phase_line(
    id: &str,
    from: cp_engine::date::Date,
    to: cp_engine::date::Date,
    provisional: bool,
    l: Lang,
) -> String {
    let (f, t_) = (l.date(from), l.date(to));
    if provisional {
        // Not "applications … to <its last day>": no phase is known then.
        return m::phase_line_after(
            l,
            m::PhaseLineAfter {
                phase: &id,
                to: &t_,
            },
        );
    }
    m::phase_line(
        l,
        m::PhaseLine {
            from: &f,
            phase: &id,
            to: &t_,
        },
    )
}

// ------------------------------------------------------------ the widget

/// A stream's rate as published ("50%"), or "not published".
pub fn rate_text(t: &cp_engine::rules::model::Terms, l: Lang) -> String {
    t.rate
        .map_or_else(|| m::ui_not_published(l), format_percent)
}

/// A stream's ceiling per project, with the higher one for Hong Kong or
/// Guangdong–Hong Kong technology where there is one.
pub fn ceiling_text(t: &cp_engine::rules::model::Terms, l: Lang) -> String {
    match t.ceiling {
        Ceiling::Published { amount, .. } => {
            let mut c = format_hkd(amount.amount(), l);
            if let Some(oc) = t.origin_ceiling {
                c = m::ceiling_text_origin(
                    l,
                    m::CeilingTextOrigin {
                        ceiling: &c,
                        higher: &format_hkd(oc.amount.amount(), l),
                    },
                );
            }
            c
        }
        Ceiling::NotPublished => m::ui_not_published(l),
        Ceiling::NoneStated => m::ui_no_ceiling(l),
    }
}

/// The ceiling for this case, where the rule has two (by the technology's
/// origin) and the case's answers chose one: that one, with the rule
/// beside it (the staff's streams table); else the rule alone.
pub fn ceiling_for_case(
    t: &cp_engine::rules::model::Terms,
    case: Option<cp_engine::money::Money>,
    l: Lang,
) -> String {
    let rule = ceiling_text(t, l);
    match (t.origin_ceiling, case) {
        (Some(_), Some(c)) => m::ceiling_this_case(
            l,
            m::CeilingThisCase {
                ceiling: &format_hkd(c, l),
                rule: &rule,
            },
        ),
        _ => rule,
    }
}

/// "Rate R%; ceiling <amount>" for a stream option (figures from the data).
pub fn terms_short(t: &cp_engine::rules::model::Terms, l: Lang) -> String {
    let (rate, ceiling) = (rate_text(t, l), ceiling_text(t, l));
    m::terms_short(
        l,
        m::TermsShort {
            ceiling: &ceiling,
            rate: &rate,
        },
    )
}

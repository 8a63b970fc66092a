//! Notices, information, the messages of the page (crash, unstarted)
//! and the language switch.

#[allow(unused_imports)]
use super::*;

// ------------------------------------------------------------ notices, information

/// The next steps' deadline: the last day of the phase the date is in, while
/// that phase still takes applications (marked where it is assumed); after
/// the last known phase, that no closing date is known. `None` once the
/// phase has closed (its notice says so) or with no phase.
pub fn closing_text(e: &Evaluation, l: Lang) -> Option<String> {
    let Some(rs) = e.rule_set else {
        // No phase on the date: when the next one opens.
        return e.project.reasons.iter().find_map(|r| match &r.why {
            Why::NoRuleSet {
                after: Some(next), ..
            } => {
                let from = l.date(next.from);
                Some(m::next_steps_opens(
                    l,
                    m::NextStepsOpens {
                        from: &from,
                        rule_set: &next.id,
                    },
                ))
            }
            _ => None,
        });
    };
    let to = l.date(rs.to);
    if e.provisional {
        let h = hotline(l);
        return Some(m::next_steps_closing_unknown(
            l,
            m::NextStepsClosingUnknown {
                hotline: &h,
                to: &to,
            },
        ));
    }
    if e.notices
        .iter()
        .any(|n| matches!(n, Notice::PhaseClosed { .. }))
    {
        return None;
    }
    let id = rs.id;
    Some(match rs.to_assumed {
        true => m::next_steps_closing_assumed(
            l,
            m::NextStepsClosingAssumed {
                rule_set: &id,
                to: &to,
            },
        ),
        false => m::next_steps_closing(
            l,
            m::NextStepsClosing {
                rule_set: &id,
                to: &to,
            },
        ),
    })
}

pub fn notice_text(n: &Notice, l: Lang) -> String {
    let h = hotline(l);
    match n {
        Notice::PhaseClosed { rule_set, to } => {
            let to = l.date(*to);
            m::notice_phase_closed(
                l,
                m::NoticePhaseClosed {
                    hotline: &h,
                    rule_set: &rule_set,
                    to: &to,
                },
            )
        }
        Notice::SourcesOld {
            rule_set,
            as_of,
            years,
        } => match as_of {
            Some(d) => {
                let d = l.date(*d);
                m::notice_sources_old(
                    l,
                    m::NoticeSourcesOld {
                        date: &d,
                        hotline: &h,
                        rule_set: &rule_set,
                        years: &years,
                    },
                )
            }
            None => m::notice_sources_undated(
                l,
                m::NoticeSourcesUndated {
                    hotline: &h,
                    rule_set: &rule_set,
                },
            ),
        },
        Notice::Provisional { rule_set, to } => {
            let d = l.date(*to);
            m::notice_provisional(
                l,
                m::NoticeProvisional {
                    date: &d,
                    hotline: &h,
                    rule_set: &rule_set,
                },
            )
        }
        Notice::DatesAssumed {
            rule_set,
            edge: None,
        } => m::notice_dates_assumed(
            l,
            m::NoticeDatesAssumed {
                hotline: &h,
                rule_set: &rule_set,
            },
        ),
        Notice::DatesAssumed {
            rule_set,
            edge: Some(edge),
        } => assumed_edge_text(rule_set, *edge, &h, l),
    }
}

/// A notice as shown beside the headline (`None`: among the conditions,
/// or said within another). After the last known phase, the others (its
/// assumed last day, its sources' age) are said in the provisional notice:
/// one notice, not two or three stacked above the amount.
pub fn decisive_notice(n: &Notice, e: &Evaluation, l: Lang) -> Option<String> {
    if !n.is_decisive() || e.provisional && !n.is_provisional() {
        return None;
    }
    let mut text = notice_text(n, l);
    if n.is_provisional() {
        for other in e
            .notices
            .iter()
            .filter(|o| o.is_decisive() && !o.is_provisional())
        {
            text += &sentence(l, notice_text(other, l));
        }
    }
    Some(text)
}

/// How near the application date is to the phase's assumed first or
/// last day, with that day: what the decisive notice says.
fn assumed_edge_text(rule_set: &str, edge: AssumedEdge, h: &str, l: Lang) -> String {
    match edge {
        AssumedEdge::Closes { to, days } => {
            let to = l.date(to);
            match days {
                0 => m::notice_dates_assumed_closes_on_date(
                    l,
                    m::NoticeDatesAssumedClosesOnDate {
                        hotline: &h,
                        rule_set: &rule_set,
                        to: &to,
                    },
                ),
                1 => m::notice_dates_assumed_closes_next_day(
                    l,
                    m::NoticeDatesAssumedClosesNextDay {
                        hotline: &h,
                        rule_set: &rule_set,
                        to: &to,
                    },
                ),
                _ => m::notice_dates_assumed_closes(
                    l,
                    m::NoticeDatesAssumedCloses {
                        days: &days,
                        hotline: &h,
                        rule_set: &rule_set,
                        to: &to,
                    },
                ),
            }
        }
        AssumedEdge::Opened { from, .. } => {
            let from = l.date(from);
            m::notice_dates_assumed_opened(
                l,
                m::NoticeDatesAssumedOpened {
                    from: &from,
                    hotline: &h,
                    rule_set: &rule_set,
                },
            )
        }
        AssumedEdge::Closed { to } => {
            let to = l.date(to);
            m::notice_dates_assumed_closed(
                l,
                m::NoticeDatesAssumedClosed {
                    rule_set: &rule_set,
                    to: &to,
                },
            )
        }
    }
}

/// Technology promotion activities as an answer of their own: who may
/// take part, that it is free, how to register.
pub fn technology_promotion_label(l: Lang) -> String {
    m::technology_promotion_label(l)
}

/// The answer in a word or two, for the streams table.
pub fn technology_promotion_short(l: Lang) -> String {
    m::technology_promotion_short(l)
}

pub fn technology_promotion_text(l: Lang) -> String {
    let h = hotline(l);
    m::technology_promotion_text(l, &h)
}

pub fn info_text(i: Info, l: Lang) -> String {
    let h = hotline(l);
    match i {
        Info::Recognition => {
            let r = &PROGRAMME.recognition;
            let (y, m) = (r.launched_year, r.launched_month);
            let mut s = m::info_recognition(
                l,
                m::InfoRecognition {
                    month: &m,
                    year: &y,
                },
            );
            for a in r.cash_awards {
                let (e, p) = (
                    format_rmb(a.excellent_partner.amount(), l),
                    format_rmb(a.partner.amount(), l),
                );
                let from = a.from_year;
                let years = match (a.to_year, a.reported_to_year) {
                    (Some(to), _) if to == from => m::info_recognition_label_year(l, &from),
                    (Some(to), _) => m::info_recognition_label_years(
                        l,
                        m::InfoRecognitionLabelYears {
                            from: &from,
                            to: &to,
                        },
                    ),
                    (None, Some(reported)) => m::info_recognition_label_years_from_reported(
                        l,
                        m::InfoRecognitionLabelYearsFromReported {
                            from: &from,
                            reported: &reported,
                        },
                    ),
                    (None, None) => m::info_recognition_label_years_from(l, &from),
                };
                let amount = if e == p {
                    m::info_recognition_award_manufacturing(l, &e)
                } else {
                    m::info_recognition_award_partners(
                        l,
                        m::InfoRecognitionAwardPartners {
                            excellent: &e,
                            partner: &p,
                        },
                    )
                };
                let once = match a.one_off {
                    Some(true) => m::info_recognition_one_off(l),
                    Some(false) => String::new(),
                    None => sentence(l, m::info_recognition_one_off_unknown(l)),
                };
                s += &sentence(
                    l,
                    m::info_recognition_cash_award(
                        l,
                        m::InfoRecognitionCashAward {
                            amount: &amount,
                            once: &once,
                            years: &years,
                        },
                    ),
                );
            }
            if r.guangdong_only_assumed {
                s += &sentence(l, m::info_recognition_guangdong_assumed(l));
            }
            s += &sentence(l, m::info_recognition_export_credit(l));
            s
        }
        Info::Guide => m::info_guide(
            l,
            m::InfoGuide {
                email: &PROGRAMME.contacts.email,
                hotline: &h,
            },
        ),
    }
}

/// "This is an estimate; the committee decides."
pub fn estimate_disclaimer(l: Lang) -> String {
    m::estimate_disclaimer(l)
}

/// What the pre-rendered form says if the live widget cannot start (its
/// files do not arrive): the answers stay, the hotline is there. Only the
/// pre-render shows it, in the page's language.
#[cfg(feature = "built-in")]
pub fn unstarted_message(l: Lang) -> String {
    m::prerender_unstarted(l, &PROGRAMME.contacts.hotline)
}

/// What replaces the widget if it ever fails (a panic): never a frozen form.
pub fn crash_message(l: Lang) -> String {
    m::crash_message(l, &PROGRAMME.contacts.hotline)
}

/// Switching languages, said on the widget's status line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Switch {
    /// `to`'s texts are being fetched (said in the current language).
    Loading,
    /// They could not be fetched (said in the current language).
    Failed,
    /// The widget now speaks `to` (said in `to`).
    Changed,
    /// The summary is now in `to` (said in the current language).
    SummaryChanged,
}

/// `x`'s name in `l`: English, Traditional Chinese … / 英文、繁體中文 …
pub fn language_name(x: Lang, l: Lang) -> String {
    match x {
        Lang::En => m::language_name_en(l),
        Lang::ZhHant => m::language_name_zh_hant(l),
        Lang::ZhHans => m::language_name_zh_hans(l),
    }
}

/// The status line for a language switch to `to`, in `l`.
pub fn switch_text(s: Switch, to: Lang, l: Lang) -> String {
    let name = language_name(to, l);
    match s {
        Switch::Loading => m::widget_language_loading(l, &name),
        Switch::Failed => m::widget_language_failed(l, &name),
        Switch::Changed => m::widget_language_changed(l, &name),
        Switch::SummaryChanged => m::widget_summary_language_changed(l, &name),
    }
}

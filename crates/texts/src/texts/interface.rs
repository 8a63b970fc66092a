//! Interface words (`Ui`, `W`), the phase line and the terms in a line.

#[allow(unused_imports)]
use super::*;

// ------------------------------------------------------------ interface words

/// Short interface words shared by the summary, the command line and the widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ui {
    Sponsorship,
    ApplicantPays,
    Phase,
    Conditions,
    OtherStreams,
    Notices,
    Assumption,
    Source,
    Met,
    NotMet,
    CaseByCase,
    Missing,
    NextSteps,
    Hotline,
    Email,
    Guide,
    NotPublished,
    Cost,
    Rate,
    Ceiling,
    NoCeiling,
    Information,
    Stream,
    Verdict,
    Case,
}

pub fn ui(u: Ui, l: Lang) -> String {
    match u {
        Ui::Sponsorship => m::ui_sponsorship(l),
        Ui::ApplicantPays => m::ui_applicant_pays(l),
        Ui::Phase => m::ui_phase(l),
        Ui::Conditions => m::ui_conditions(l),
        Ui::OtherStreams => m::ui_other_streams(l),
        Ui::Notices => m::ui_notices(l),
        Ui::Assumption => m::ui_assumption(l),
        Ui::Source => m::ui_source(l),
        Ui::Met => m::ui_met(l),
        Ui::NotMet => m::ui_not_met(l),
        Ui::CaseByCase => m::ui_case_by_case(l),
        Ui::Missing => m::ui_missing(l),
        Ui::NextSteps => m::ui_next_steps(l),
        Ui::Hotline => m::ui_hotline(l),
        Ui::Email => m::ui_email(l),
        Ui::Guide => m::ui_guide(l),
        Ui::NotPublished => m::ui_not_published(l),
        Ui::Cost => m::ui_cost(l),
        Ui::Rate => m::ui_rate(l),
        Ui::Ceiling => m::ui_ceiling(l),
        Ui::NoCeiling => m::ui_no_ceiling(l),
        Ui::Information => m::ui_information(l),
        Ui::Stream => m::ui_stream(l),
        Ui::Verdict => m::ui_verdict(l),
        Ui::Case => m::ui_case(l),
    }
}

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
    let line = m::phase_line(
        l,
        m::PhaseLine {
            from: &f,
            phase: &id,
            to: &t_,
        },
    );
    if provisional {
        return line + &provisional_suffix(to, l);
    }
    line
}

// ------------------------------------------------------------ the widget

/// The widget's own words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum W {
    Intro,
    Yes,
    No,
    CostLabel,
    CostHint,
    DateLabel,
    DateHint,
    DatePinned,
    ShareHint,
    DateFieldHint,
    Submit,
    Reset,
    CopySummary,
    Copied,
    Print,
    ShareLink,
    CopyLink,
    LinkCopied,
    CopyFailed,
    ErrorTitle,
    LinkProblem,
    LinkTooLong,
    RatesTitle,
    NeedsJavaScript,
    Language,
    SummaryLanguage,
    YourEstimate,
    NoPhase,
    GovernmentPays,
    ChartTitle,
    ApplicationGuide,
    CallHotline,
    WriteEmail,
    StaffTitle,
    StreamHint,
    EventsPage,
}

pub fn w(k: W, l: Lang) -> String {
    match k {
        W::Intro => m::widget_intro(l),
        W::Yes => m::widget_yes(l),
        W::No => m::widget_no(l),
        W::CostLabel => m::widget_cost_label(l),
        W::CostHint => m::widget_cost_hint(l),
        W::DateLabel => m::widget_date_label(l),
        W::DateHint => m::widget_date_hint(l),
        W::DatePinned => m::widget_date_pinned(l),
        W::ShareHint => m::widget_share_hint(l),
        W::DateFieldHint => m::widget_date_field_hint(l),
        W::Submit => m::widget_submit(l),
        W::Reset => m::widget_reset(l),
        W::CopySummary => m::widget_copy_summary(l),
        W::Copied => m::widget_copied(l),
        W::Print => m::widget_print(l),
        W::ShareLink => m::widget_share_link(l),
        W::CopyLink => m::widget_copy_link(l),
        W::LinkCopied => m::widget_link_copied(l),
        W::CopyFailed => m::widget_copy_failed(l),
        W::ErrorTitle => m::widget_error_title(l),
        W::LinkProblem => m::widget_link_problem(l),
        W::LinkTooLong => m::widget_link_too_long(l),
        W::RatesTitle => m::widget_rates_title(l),
        W::NeedsJavaScript => m::widget_needs_javascript(l),
        W::Language => m::widget_language(l),
        W::SummaryLanguage => m::widget_summary_language(l),
        W::YourEstimate => m::widget_your_estimate(l),
        W::NoPhase => m::widget_no_phase(l),
        W::GovernmentPays => m::widget_government_pays(l),
        W::ChartTitle => m::widget_chart_title(l),
        W::ApplicationGuide => m::widget_application_guide(l),
        W::CallHotline => m::widget_call_hotline(l),
        W::WriteEmail => m::widget_write_email(l),
        W::StaffTitle => m::widget_staff_title(l),
        W::EventsPage => m::widget_events_page(l),
        W::StreamHint => m::widget_stream_hint(l),
    }
}

/// A stream's rate as published ("50%"), or "not published".
pub fn rate_text(t: &cp_engine::rules::model::Terms, l: Lang) -> String {
    t.rate
        .map_or_else(|| ui(Ui::NotPublished, l), format_percent)
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
        Ceiling::NotPublished => ui(Ui::NotPublished, l),
        Ceiling::NoneStated => ui(Ui::NoCeiling, l),
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

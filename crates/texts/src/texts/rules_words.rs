//! The words of the generated rules pages.

#[allow(unused_imports)]
use super::*;

// ------------------------------------------------------------ the rules page

/// The words of the rules page (`docs/rules.*.md`, `cpfund rules`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RulesPage {
    Title,
    StreamsFund,
    Intro,
    Generated,
    Applications,
    NewMoney,
    Area,
    PearlRiverDeltaOnly,
    AllGuangdong,
    HkFactories,
    HkWorkshops,
    Yes,
    No,
    ApplicantTest,
    ApplicantTestPublished,
    PrioritySectors,
    OutsidePriorityOnly,
    OutsideCaseByCase,
    SecondAssessment,
    Stream,
    WhoMayApply,
    Rate,
    Ceiling,
    MonthsToFinish,
    Source,
    NotStated,
    NotListed,
    ResidentMajority,
    LabelYears,
    ExcellentPartner,
    Partner,
    OneOff,
    CashAwardGuangdong,
    ExportCreditDiscount,
    Sources,
    Address,
    NoAddress,
    Change,
    AreaCovered,
    StreamAdded,
    StreamDropped,
    NotInPhase,
}

pub fn rules_page(p: RulesPage, l: Lang) -> String {
    use RulesPage as P;
    match p {
        P::Title => m::rules_page_title(l),
        P::StreamsFund => m::rules_page_streams_fund(l),
        P::Intro => m::rules_page_intro(l),
        P::Generated => m::rules_page_generated(l),
        P::Applications => m::rules_page_applications(l),
        P::NewMoney => m::rules_page_new_money(l),
        P::Area => m::rules_page_area(l),
        P::PearlRiverDeltaOnly => m::rules_page_pearl_river_delta_only(l),
        P::AllGuangdong => m::rules_page_all_guangdong(l),
        P::HkFactories => m::rules_page_hk_factories(l),
        P::HkWorkshops => m::rules_page_hk_workshops(l),
        P::Yes => m::rules_page_yes(l),
        P::No => m::rules_page_no(l),
        P::ApplicantTest => m::rules_page_applicant_test(l),
        P::ApplicantTestPublished => m::rules_page_applicant_test_published(l),
        P::PrioritySectors => m::rules_page_priority_sectors(l),
        P::OutsidePriorityOnly => m::rules_page_outside_priority_only(l),
        P::OutsideCaseByCase => m::rules_page_outside_case_by_case(l),
        P::SecondAssessment => m::rules_page_second_assessment(l),
        P::Stream => m::rules_page_stream(l),
        P::WhoMayApply => m::rules_page_who_may_apply(l),
        P::Rate => m::rules_page_rate(l),
        P::Ceiling => m::rules_page_ceiling(l),
        P::MonthsToFinish => m::rules_page_months_to_finish(l),
        P::Source => m::rules_page_source(l),
        P::NotStated => m::rules_page_not_stated(l),
        P::NotListed => m::rules_page_not_listed(l),
        P::ResidentMajority => m::rules_page_resident_majority(l),
        P::LabelYears => m::rules_page_label_years(l),
        P::ExcellentPartner => m::rules_page_excellent_partner(l),
        P::Partner => m::rules_page_partner(l),
        P::OneOff => m::rules_page_one_off(l),
        P::CashAwardGuangdong => m::rules_page_cash_award_guangdong(l),
        P::ExportCreditDiscount => m::rules_page_export_credit_discount(l),
        P::Sources => m::rules_page_sources(l),
        P::Address => m::rules_page_address(l),
        P::NoAddress => m::rules_page_no_address(l),
        P::Change => m::rules_page_change(l),
        P::AreaCovered => m::rules_page_area_covered(l),
        P::StreamAdded => m::rules_page_stream_added(l),
        P::StreamDropped => m::rules_page_stream_dropped(l),
        P::NotInPhase => m::rules_page_not_in_phase(l),
    }
}

/// "15 June 2015 to 31 March 2020" (each date already written).
pub fn date_range(from: &str, to: &str, l: Lang) -> String {
    m::date_range(
        l,
        m::DateRange {
            from: &from,
            to: &to,
        },
    )
}

/// "The 2015-2020 phase" / "2015-2020期計劃".
pub fn phase_name(id: &str, l: Lang) -> String {
    m::phase_name(l, &id)
}

/// A ceiling and what it is counted per: "HK$12,345 a project".
pub fn ceiling_per(amount: &str, per: cp_engine::rules::model::Per, l: Lang) -> String {
    match per {
        Per::Project => m::ceiling_per_project(l, &amount),
        Per::Factory => m::ceiling_per_factory(l, &amount),
    }
}

/// The second on-site assessment rule, with its number of years.
pub fn second_assessment_rule(years: u16, l: Lang) -> String {
    m::second_assessment_rule(l, &years)
}

/// The higher ceiling for technology of certain origins, after the ceiling.
pub fn origin_ceiling_note(amount: &str, origins: &str, l: Lang) -> String {
    sentence(
        l,
        m::origin_ceiling_note(
            l,
            m::OriginCeilingNote {
                amount: &amount,
                origins: &origins,
            },
        ),
    )
}

/// Route (d)'s test, with its thresholds.
pub fn resident_majority_rule(more_than: u8, at_least: u8, l: Lang) -> String {
    m::resident_majority_rule(
        l,
        m::ResidentMajorityRule {
            at_least: &at_least,
            more_than: &more_than,
        },
    )
}

/// The Recognition Scheme's official name.
pub fn recognition_scheme_name(l: Lang) -> String {
    m::recognition_scheme_name(l)
}

/// "from 2016" / "2016年度起".
pub fn years_from(year: u16, l: Lang) -> String {
    m::years_from(l, &year)
}

/// "reported up to 2017" / "資料只報道至2017年度".
pub fn reported_to(year: u16, l: Lang) -> String {
    m::reported_to(l, &year)
}

/// The heading of what changed from the phase `before` to the next.
pub fn changes_title(before: &str, l: Lang) -> String {
    m::rules_page_changes_title(l, &before)
}

//! Every sentence the product says, in English, Traditional Chinese and
//! Simplified Chinese. Figures are never written here: they come in as
//! arguments, from the rule data.

use crate::Lang;
use cp_engine::date::DateError;
use cp_engine::money::{group_thousands, Money, MoneyError, Rate};
use cp_engine::rules::case::*;
use cp_engine::rules::data::PROGRAMME;
use cp_engine::rules::model::{Ceiling, Per, Who};
use cp_engine::rules::result::*;
#[cfg(feature = "json")]
use cp_engine::rules::result::{Expected, SyntaxProblem};

use crate::messages as m;

/// A sentence that follows another: English puts a space between
/// sentences, Chinese does not.
fn sentence(l: Lang, s: String) -> String {
    match l {
        Lang::En => format!(" {s}"),
        Lang::ZhHant | Lang::ZhHans => s,
    }
}

pub fn product_title(l: Lang) -> String {
    m::product_title(l)
}

pub fn programme_name(l: Lang) -> String {
    m::programme_name(l)
}

// ------------------------------------------------------------ amounts

/// `HK$250,000` / `港幣250,000元` / `港币250,000元`.
pub fn format_hkd(amount: Money, lang: Lang) -> String {
    m::amount_hkd(lang, &group_thousands(amount))
}

/// `RMB50,000` / `人民幣50,000元` / `人民币50,000元`.
pub fn format_rmb(amount: Money, lang: Lang) -> String {
    m::amount_rmb(lang, &group_thousands(amount))
}

/// A rate as `50%`.
pub fn format_percent(rate: Rate) -> String {
    format!("{}%", rate.0)
}

// ------------------------------------------------------------ labels

pub fn stream_label(s: Stream, l: Lang) -> String {
    match s {
        Stream::OnsiteAssessment => m::stream_onsite_assessment(l),
        Stream::Demonstration => m::stream_demonstration(l),
        Stream::DemonstrationWiderAdoption => m::stream_demonstration_wider_adoption(l),
        Stream::DemonstrationInnovation => m::stream_demonstration_innovation(l),
        Stream::NewTechnologyDemonstration => m::stream_new_technology_demonstration(l),
        Stream::Verification => m::stream_verification(l),
        Stream::OrganisationSupport => m::stream_organisation_support(l),
    }
}

/// What a funding stream pays for (help text; no caller yet).
#[cfg(feature = "built-in")]
pub fn stream_description(s: Stream, l: Lang) -> String {
    match s {
        Stream::OnsiteAssessment => m::stream_description_onsite_assessment(l),
        Stream::Demonstration => m::stream_description_demonstration(l),
        Stream::DemonstrationWiderAdoption => m::stream_description_demonstration_wider_adoption(l),
        Stream::DemonstrationInnovation => m::stream_description_demonstration_innovation(l),
        Stream::NewTechnologyDemonstration => m::stream_description_new_technology_demonstration(l),
        Stream::Verification => m::stream_description_verification(l),
        Stream::OrganisationSupport => m::stream_description_organisation_support(l),
    }
}

pub fn kind_label(k: ApplicantKind, l: Lang) -> String {
    match k {
        ApplicantKind::HkBusiness => m::kind_hk_business(l),
        ApplicantKind::TradeAssociation => m::kind_trade_association(l),
        ApplicantKind::ServiceProvider => m::kind_service_provider(l),
        ApplicantKind::Other => m::kind_other(l),
    }
}

pub fn region_label(r: Region, l: Lang) -> String {
    match r {
        Region::Prd => m::region_prd(l),
        Region::GuangdongOther => m::region_guangdong_other(l),
        Region::HongKong => m::region_hong_kong(l),
        Region::Elsewhere => m::region_elsewhere(l),
    }
}

pub fn route_label(r: Route, l: Lang) -> String {
    match r {
        Route::GdJointVenture => m::route_gd_joint_venture(l),
        Route::GdWfoe => m::route_gd_wfoe(l),
        Route::GdProcessingAgreement => m::route_gd_processing_agreement(l),
        Route::GdResidentMajority => m::route_gd_resident_majority(l),
        Route::HkFactory => m::route_hk_factory(l),
        Route::HkWorkshop => m::route_hk_workshop(l),
        Route::None => m::route_none(l),
    }
}

pub fn sector_label(s: Sector, l: Lang) -> String {
    match s {
        Sector::ChemicalProducts => m::sector_chemical_products(l),
        Sector::FoodAndBeverage => m::sector_food_and_beverage(l),
        Sector::Furniture => m::sector_furniture(l),
        Sector::MetalProducts => m::sector_metal_products(l),
        Sector::NonMetallicMineralProducts => m::sector_non_metallic_mineral_products(l),
        Sector::PaperProducts => m::sector_paper_products(l),
        Sector::PrintingPublishing => m::sector_printing_publishing(l),
        Sector::Textiles => m::sector_textiles(l),
        Sector::Other => m::sector_other(l),
    }
}

pub fn origin_label(o: TechnologyOrigin, l: Lang) -> String {
    match o {
        TechnologyOrigin::HongKong => m::origin_hong_kong(l),
        TechnologyOrigin::GuangdongHongKong => m::origin_guangdong_hong_kong(l),
        TechnologyOrigin::Other => m::origin_other(l),
    }
}

/// The question that asks for a field: "We need one more answer: <question>".
pub fn field_question(f: Field, l: Lang) -> String {
    match f {
        Field::Date => m::question_date(l),
        Field::Kind => m::question_kind(l),
        Field::BrRegistered => m::question_br_registered(l),
        Field::Route => m::question_route(l),
        Field::FactoryRegion => m::question_factory_region(l),
        Field::ResidentShareMainland => m::question_resident_share_mainland(l),
        Field::ResidentShareHkBusiness => m::question_resident_share_hk_business(l),
        Field::Sector => m::question_sector(l),
        Field::Stream => m::question_stream(l),
        Field::Cost => m::question_cost(l),
        Field::TechnologyOrigin => m::question_technology_origin(l),
        Field::PreviousAssessment => m::question_previous_assessment(l),
        Field::PreviousAssessmentCompleted => m::question_previous_assessment_completed(l),
        Field::RecommendedMeasureImplemented => m::question_recommended_measure_implemented(l),
        Field::ProcessOrMaterialChanged => m::question_process_or_material_changed(l),
        Field::PursuingRecognition => m::question_pursuing_recognition(l),
    }
}

/// A question's label in the form: the question, but for the date and the
/// cost, which the form labels as the field they are.
pub fn field_label(f: Field, l: Lang) -> String {
    match f {
        Field::Date => m::widget_date_label(l),
        Field::Cost => m::widget_cost_label(l),
        _ => field_question(f, l),
    }
}

/// The line under a question's label in the form, where it has one.
pub fn field_hint(f: Field, l: Lang) -> Option<String> {
    Some(match f {
        Field::Date => m::widget_date_hint(l),
        Field::Cost => m::widget_cost_hint(l),
        Field::Stream => m::widget_stream_hint(l),
        Field::ResidentShareMainland | Field::ResidentShareHkBusiness => m::widget_share_hint(l),
        Field::PreviousAssessmentCompleted => m::widget_date_field_hint(l),
        _ => return None,
    })
}

// ------------------------------------------------------------ verdicts

/// The headline of a stream's answer.
pub fn headline(r: &StreamResult, l: Lang) -> String {
    match r.verdict {
        Verdict::Eligible => m::headline_eligible(l),
        Verdict::Ineligible => match r.first_failure() {
            Some(f) => {
                let why = reason(f, l);
                m::headline_ineligible_because(l, &why)
            }
            None => m::headline_ineligible(l),
        },
        Verdict::CaseByCase => m::headline_case_by_case(l),
        Verdict::NotOffered => m::headline_not_offered(l),
        Verdict::NeedsInformation => match r.missing.first() {
            Some(f) => {
                let q = field_question(*f, l);
                m::headline_needs_information_question(l, &q)
            }
            None => m::headline_needs_information(l),
        },
        Verdict::NoRuleSet => match r.reasons.first().map(|x| &x.why) {
            Some(Why::NoRuleSet { date, .. }) => {
                let d = l.date(*date);
                m::headline_no_rule_set_on_date(l, &d)
            }
            _ => m::headline_no_rule_set(l),
        },
    }
}

/// A stream's answer in a few words, for tables: the verdict, and for a
/// stream only associations may apply for, that it is theirs.
pub fn stream_answer_short(r: &StreamResult, l: Lang) -> String {
    let for_associations = r.verdict == Verdict::Ineligible
        && matches!(
            r.first_failure().map(|f| &f.why),
            Some(Why::ApplicantKind {
                who: Who::Associations,
                ..
            })
        );
    if for_associations {
        return m::stream_answer_associations_only(l);
    }
    verdict_short(r.verdict, l)
}

/// A verdict in a word or two, for tables.
pub fn verdict_short(v: Verdict, l: Lang) -> String {
    match v {
        Verdict::Eligible => m::verdict_short_eligible(l),
        Verdict::Ineligible => m::verdict_short_ineligible(l),
        Verdict::CaseByCase => m::verdict_short_case_by_case(l),
        Verdict::NotOffered => m::verdict_short_not_offered(l),
        Verdict::NeedsInformation => m::verdict_short_needs_information(l),
        Verdict::NoRuleSet => m::verdict_short_no_rule_set(l),
    }
}

/// One sentence about the ceiling: "R% of <cost> is <share>, above the
/// <ceiling> ceiling, so the ceiling applies. The ceiling is reached at
/// <cost at which it binds>."
pub fn ceiling_sentence(a: &Amounts, l: Lang) -> Option<String> {
    let rate = format_percent(a.rate?);
    let cost = format_hkd(a.cost, l);
    let uncapped = format_hkd(a.uncapped?, l);
    let Some(ceiling) = a.ceiling else {
        if a.sponsorship.is_some() {
            return Some(m::ceiling_sentence_no_ceiling(
                l,
                m::CeilingSentenceNoCeiling {
                    cost: &cost,
                    rate: &rate,
                    uncapped: &uncapped,
                },
            ));
        }
        return None;
    };
    let c = format_hkd(ceiling, l);
    let first = match a.ceiling_applied {
        Some(true) => m::ceiling_sentence_applied(
            l,
            m::CeilingSentenceApplied {
                ceiling: &c,
                cost: &cost,
                rate: &rate,
                uncapped: &uncapped,
            },
        ),
        _ => m::ceiling_sentence_within(
            l,
            m::CeilingSentenceWithin {
                ceiling: &c,
                cost: &cost,
                rate: &rate,
                uncapped: &uncapped,
            },
        ),
    };
    match a.ceiling_reached_at {
        Some(at) => {
            let at = format_hkd(at, l);
            let second = sentence(l, m::ceiling_sentence_reached_at(l, &at));
            Some(first + &second)
        }
        None => Some(first),
    }
}

/// Who may apply for a stream, as a phrase.
pub fn who_text(w: Who, l: Lang) -> String {
    match w {
        Who::Factories => m::who_factories(l),
        Who::FactoriesAndWorkshops => m::who_factories_and_workshops(l),
        Who::Associations => m::who_associations(l),
    }
}

fn stream_list(streams: &[Stream], l: Lang) -> String {
    let sep = l.pick("; ", "；", "；");
    streams
        .iter()
        .map(|s| stream_label(*s, l))
        .collect::<Vec<_>>()
        .join(sep)
}

fn hotline(l: Lang) -> String {
    let h = PROGRAMME.contacts.hotline;
    m::hotline(l, &h)
}

// ------------------------------------------------------------ reasons

/// The text of a reason; `met` chooses between the met and unmet wording.
pub fn reason_text(why: &Why, met: bool, l: Lang) -> String {
    match why {
        Why::StreamOffered { stream, rule_set } => {
            let s = stream_label(*stream, l);
            m::reason_stream_offered(
                l,
                m::ReasonStreamOffered {
                    rule_set: &rule_set,
                    stream: &s,
                },
            )
        }
        Why::StreamNotOffered {
            stream,
            rule_set,
            offered,
        } => {
            let s = stream_label(*stream, l);
            let o = stream_list(offered, l);
            m::reason_stream_not_offered(
                l,
                m::ReasonStreamNotOffered {
                    offered: &o,
                    rule_set: &rule_set,
                    stream: &s,
                },
            )
        }
        Why::StreamNotListed { stream, rule_set } => {
            let s = stream_label(*stream, l);
            let h = hotline(l);
            m::reason_stream_not_listed(
                l,
                m::ReasonStreamNotListed {
                    hotline: &h,
                    rule_set: &rule_set,
                    stream: &s,
                },
            )
        }
        Why::ApplicantKind { kind, who } => {
            let w = who_text(*who, l);
            if met {
                m::reason_applicant_kind_met(l, &w)
            } else {
                let extra = match kind {
                    ApplicantKind::TradeAssociation => {
                        sentence(l, m::reason_applicant_kind_association_instead(l))
                    }
                    ApplicantKind::ServiceProvider => {
                        sentence(l, m::reason_applicant_kind_service_provider_instead(l))
                    }
                    _ => String::new(),
                };
                match (who, kind) {
                    (Who::Associations, ApplicantKind::HkBusiness) => {
                        m::reason_applicant_kind_associations_only(l)
                    }
                    _ => m::reason_applicant_kind_unmet(
                        l,
                        m::ReasonApplicantKindUnmet {
                            more: &extra,
                            who: &w,
                        },
                    ),
                }
            }
        }
        Why::BrRegistered => {
            if met {
                m::reason_br_registered_met(l)
            } else {
                m::reason_br_registered_unmet(l)
            }
        }
        Why::RouteNone => m::reason_route_none(l),
        Why::RouteGuangdong { route } => {
            let r = route_label(*route, l);
            m::reason_route_guangdong(l, &r)
        }
        Why::HkFactoriesCovered { rule_set } => {
            if met {
                m::reason_hk_factories_covered_met(l, &rule_set)
            } else {
                m::reason_hk_factories_covered_unmet(l, &rule_set)
            }
        }
        Why::WorkshopsCovered { rule_set } => {
            if met {
                m::reason_workshops_covered_met(l, &rule_set)
            } else {
                m::reason_workshops_covered_unmet(l, &rule_set)
            }
        }
        Why::WorkshopStream { stream } => {
            let s = stream_label(*stream, l);
            if met {
                m::reason_workshop_stream_met(l, &s)
            } else {
                m::reason_workshop_stream_unmet(l, &s)
            }
        }
        Why::FactoryRegion {
            region,
            route,
            prd_only,
            all_guangdong_from,
        } => {
            let r = region_label(*region, l);
            if met {
                m::reason_factory_region_met(l, &r)
            } else if *prd_only
                && (*region == Region::GuangdongOther && route.is_none_or(Route::is_guangdong)
                    || *region == Region::HongKong && route.is_none())
            {
                let first = m::reason_factory_region_prd_only(l);
                match all_guangdong_from.filter(|_| *region == Region::GuangdongOther) {
                    Some(d) => {
                        let d = l.date(d);
                        m::reason_factory_region_prd_only_until(
                            l,
                            m::ReasonFactoryRegionPrdOnlyUntil {
                                date: &d,
                                first_part: &first,
                            },
                        )
                    }
                    None => first + l.pick(".", "。", "。"),
                }
            } else if *region == Region::Elsewhere {
                m::reason_factory_region_elsewhere(l)
            } else if route.is_some_and(Route::is_guangdong) {
                m::reason_factory_region_not_guangdong(l, &r)
            } else {
                m::reason_factory_region_not_hong_kong(l, &r)
            }
        }
        Why::ShareMainland { value, more_than } => {
            if met {
                m::reason_share_mainland_met(
                    l,
                    m::ReasonShareMainlandMet {
                        more_than: &more_than,
                        value: &value,
                    },
                )
            } else {
                m::reason_share_mainland_unmet(
                    l,
                    m::ReasonShareMainlandUnmet {
                        more_than: &more_than,
                        value: &value,
                    },
                )
            }
        }
        Why::ShareHkBusiness { value, at_least } => {
            if met {
                m::reason_share_hk_business_met(
                    l,
                    m::ReasonShareHkBusinessMet {
                        at_least: &at_least,
                        value: &value,
                    },
                )
            } else {
                m::reason_share_hk_business_unmet(
                    l,
                    m::ReasonShareHkBusinessUnmet {
                        at_least: &at_least,
                        value: &value,
                    },
                )
            }
        }
        Why::PrioritySector { sector, count } => {
            let s = sector_label(*sector, l);
            if met {
                m::reason_priority_sector_met(l, &s)
            } else {
                m::reason_priority_sector_case_by_case(l, &count)
            }
        }
        Why::SectorPriority {
            sector,
            inside,
            count,
        } => match sector {
            Some(x) if *inside => {
                let s = sector_label(*x, l);
                m::reason_sector_priority_inside(
                    l,
                    m::ReasonSectorPriorityInside {
                        count: &count,
                        sector: &s,
                    },
                )
            }
            Some(_) => m::reason_sector_priority_outside(l, &count),
            None => m::reason_sector_priority_unanswered(l, &count),
        },
        Why::ApplicantTestAssumed { rule_set } => m::reason_applicant_test_assumed(l, &rule_set),
        Why::SecondAssessmentYears {
            completed,
            eligible_from,
            years,
        } => {
            let (c, f) = (l.date(*completed), l.date(*eligible_from));
            if met {
                m::reason_second_assessment_years_met(
                    l,
                    m::ReasonSecondAssessmentYearsMet {
                        completed: &c,
                        years: &years,
                    },
                )
            } else {
                m::reason_second_assessment_years_unmet(
                    l,
                    m::ReasonSecondAssessmentYearsUnmet {
                        completed: &c,
                        eligible_from: &f,
                        years: &years,
                    },
                )
            }
        }
        Why::FirstAssessment { assumed } => {
            if *assumed {
                m::reason_first_assessment_assumed(l)
            } else {
                m::reason_first_assessment(l)
            }
        }
        Why::SecondAssessmentMeasure => {
            if met {
                m::reason_second_assessment_measure_met(l)
            } else {
                m::reason_second_assessment_measure_unmet(l)
            }
        }
        Why::SecondAssessmentChange => {
            if met {
                m::reason_second_assessment_change_met(l)
            } else {
                m::reason_second_assessment_change_unmet(l)
            }
        }
        Why::Terms {
            rate,
            ceiling,
            months,
        } => {
            let r = rate.map(format_percent);
            let mut s = match (r, ceiling) {
                (Some(r), Ceiling::Published { amount, per }) => {
                    let c = format_hkd(amount.amount(), l);
                    match per {
                        Per::Project => m::reason_terms_per_project(
                            l,
                            m::ReasonTermsPerProject {
                                ceiling: &c,
                                rate: &r,
                            },
                        ),
                        Per::Factory => m::reason_terms_per_factory(
                            l,
                            m::ReasonTermsPerFactory {
                                ceiling: &c,
                                rate: &r,
                            },
                        ),
                    }
                }
                (Some(r), _) => m::reason_terms_rate(l, &r),
                (None, Ceiling::Published { amount, .. }) => {
                    let c = format_hkd(amount.amount(), l);
                    m::reason_terms_ceiling(l, &c)
                }
                (None, _) => m::reason_terms_funded(l),
            };
            if let Some(m) = months {
                s += &sentence(l, m::reason_terms_months(l, &m));
            }
            s
        }
        Why::OriginCeiling {
            origin,
            amount,
            other_amount,
        } => {
            let o = origin_label(*origin, l);
            let (a, b) = (format_hkd(*amount, l), format_hkd(*other_amount, l));
            m::reason_origin_ceiling(
                l,
                m::ReasonOriginCeiling {
                    ceiling: &a,
                    origin: &o,
                    other_ceiling: &b,
                },
            )
        }
        Why::RateNotPublished { ceiling } => {
            let h = hotline(l);
            match ceiling {
                Some(c) => {
                    let c = format_hkd(*c, l);
                    m::reason_rate_not_published_ceiling(
                        l,
                        m::ReasonRateNotPublishedCeiling {
                            ceiling: &c,
                            hotline: &h,
                        },
                    )
                }
                None => m::reason_rate_not_published(l, &h),
            }
        }
        Why::CeilingNotPublished { rate, at_most } => {
            let r = format_percent(*rate);
            let h = hotline(l);
            match at_most {
                Some(m) => {
                    let m = format_hkd(*m, l);
                    m::reason_ceiling_not_published_at_most(
                        l,
                        m::ReasonCeilingNotPublishedAtMost {
                            at_most: &m,
                            hotline: &h,
                            rate: &r,
                        },
                    )
                }
                None => m::reason_ceiling_not_published(
                    l,
                    m::ReasonCeilingNotPublished {
                        hotline: &h,
                        rate: &r,
                    },
                ),
            }
        }
        Why::NoCeilingStated { rate } => {
            let r = format_percent(*rate);
            m::reason_no_ceiling_stated(l, &r)
        }
        Why::PastPractice => m::reason_past_practice(l),
        Why::AssumedEligible => m::reason_assumed_eligible(l),
        Why::Missing { fields } => {
            let sep = l.pick(" ", "", "");
            let qs = fields
                .iter()
                .map(|f| field_question(*f, l))
                .collect::<Vec<_>>()
                .join(sep);
            m::reason_missing(l, &qs)
        }
        Why::NoRuleSet {
            date,
            before,
            after,
        } => {
            let d = l.date(*date);
            let mut s = m::reason_no_rule_set(l, &d);
            if let Some(b) = before {
                let (id, to) = (b.id, l.date(b.to));
                s += &sentence(
                    l,
                    m::reason_no_rule_set_closed(
                        l,
                        m::ReasonNoRuleSetClosed {
                            phase: &id,
                            to: &to,
                        },
                    ),
                );
            }
            if let Some(a) = after {
                let (id, from) = (a.id, l.date(a.from));
                s += &sentence(
                    l,
                    m::reason_no_rule_set_opened(
                        l,
                        m::ReasonNoRuleSetOpened {
                            from: &from,
                            phase: &id,
                        },
                    ),
                );
            }
            s
        }
    }
}

// ------------------------------------------------------------ notices, information

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
        Notice::DatesAssumed { rule_set } => m::notice_dates_assumed(
            l,
            m::NoticeDatesAssumed {
                hotline: &h,
                rule_set: &rule_set,
            },
        ),
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

// ------------------------------------------------------------ errors

pub fn money_error(e: MoneyError, l: Lang) -> String {
    match e {
        MoneyError::Empty => m::money_error_empty(l),
        MoneyError::NotANumber => m::money_error_not_a_number(l),
        MoneyError::NotPositive => m::money_error_not_positive(l),
        MoneyError::TooManyDecimals => m::money_error_too_many_decimals(l),
        MoneyError::TooLarge => m::money_error_too_large(l),
        MoneyError::MisplacedSeparator => m::money_error_misplaced_separator(l),
    }
}

pub fn input_error_text(e: &InputError, l: Lang) -> String {
    let f = &e.field;
    match &e.kind {
        InputErrorKind::Money(m) => money_error(*m, l),
        InputErrorKind::Date(DateError::Malformed) => m::input_error_date_malformed(l, &f),
        InputErrorKind::Date(DateError::NoSuchDay) => m::input_error_date_no_such_day(l, &f),
        InputErrorKind::Required => m::input_error_required(l, &f),
        InputErrorKind::UnknownValue { value, expected } => {
            let ex = expected.join(", ");
            m::input_error_unknown_value(
                l,
                m::InputErrorUnknownValue {
                    field: &f,
                    value: &value,
                    values: &ex,
                },
            )
        }
        #[cfg(feature = "json")]
        InputErrorKind::WrongType { expected } => match expected {
            Expected::CaseObject => m::input_error_expected_case_object(l, &f),
            Expected::Object => m::input_error_expected_object(l, &f),
            Expected::SingleValue => m::input_error_expected_single_value(l, &f),
            Expected::Text => m::input_error_expected_text(l, &f),
            Expected::TrueOrFalse => m::input_error_expected_true_or_false(l, &f),
            Expected::Date => m::input_error_expected_date(l, &f),
            Expected::Amount => m::input_error_expected_amount(l, &f),
        },
        InputErrorKind::Percent => m::input_error_percent(l, &f),
        InputErrorKind::PercentTooPrecise { decimals } => m::input_error_percent_too_precise(
            l,
            m::InputErrorPercentTooPrecise {
                field: &f,
                decimals,
            },
        ),
        #[cfg(feature = "json")]
        InputErrorKind::UnknownField { suggestion } => match suggestion {
            Some(s) => m::input_error_unknown_field_suggestion(
                l,
                m::InputErrorUnknownFieldSuggestion {
                    field: &f,
                    suggestion: &s,
                },
            ),
            None => m::input_error_unknown_field(l, &f),
        },
        InputErrorKind::CompletedAfterApplication { date } => {
            let d = l.date(*date);
            m::input_error_completed_after_application(
                l,
                m::InputErrorCompletedAfterApplication {
                    date: &d,
                    field: &f,
                },
            )
        }
        InputErrorKind::Contradicts { other } => {
            let o = other.path();
            m::input_error_contradicts(
                l,
                m::InputErrorContradicts {
                    field: &f,
                    other: &o,
                },
            )
        }
        #[cfg(feature = "json")]
        InputErrorKind::Syntax {
            line,
            column,
            problem,
        } => match problem {
            SyntaxProblem::JsonEnds => m::input_error_json_ends(
                l,
                m::InputErrorJsonEnds {
                    column: &column,
                    line: &line,
                },
            ),
            SyntaxProblem::JsonMalformed => m::input_error_json_malformed(
                l,
                m::InputErrorJsonMalformed {
                    column: &column,
                    line: &line,
                },
            ),
            SyntaxProblem::JsonUnexpected => m::input_error_json_unexpected(
                l,
                m::InputErrorJsonUnexpected {
                    column: &column,
                    line: &line,
                },
            ),
            SyntaxProblem::FieldCount { expected, found } => m::input_error_csv_field_count(
                l,
                m::InputErrorCsvFieldCount {
                    expected: &expected,
                    found: &found,
                },
            ),
            SyntaxProblem::CsvRow => m::input_error_csv_row(l),
            SyntaxProblem::NotUtf8 => m::input_error_csv_not_utf8(l),
        },
    }
}

/// A batch row's error, with its line: "line 5: ...".
pub fn at_line(line: u64, message: &str, l: Lang) -> String {
    m::at_line(
        l,
        m::AtLine {
            line: &line,
            message: &message,
        },
    )
}

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

// ------------------------------------------------------------ the rules page

/// The words of the rules page (`docs/rules.*.md`, `cpfund rules`).
#[cfg(feature = "built-in")]
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
}

#[cfg(feature = "built-in")]
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

/// A reason's text in one language (met or unmet wording as it was checked).
pub fn reason(r: &Reason, l: Lang) -> String {
    reason_text(&r.why, r.met, l)
}

/// What must hold of an evaluation's texts: every reason, headline and
/// notice has words in every language (with `rules::invariants`, checked by
/// the property tests and every fuzz target).
pub fn text_violations(e: &Evaluation) -> Vec<String> {
    let mut out = Vec::new();
    for l in Lang::ALL {
        for n in &e.notices {
            if notice_text(n, l).trim().is_empty() {
                out.push(format!("notice {} has no {l:?} text", n.code()));
            }
        }
        for r in std::iter::once(&e.project).chain(&e.streams) {
            if headline(r, l).trim().is_empty() {
                out.push(format!("{:?}: no {l:?} headline", r.stream));
            }
            for x in &r.reasons {
                if reason(x, l).trim().is_empty() {
                    out.push(format!("{}: a reason has no {l:?} text", x.code()));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Money {
        cp_engine::money::Cost::parse(s).unwrap().amount()
    }

    #[test]
    fn every_error_has_a_message_in_every_language() {
        use MoneyError::*;
        for e in [
            Empty,
            NotANumber,
            NotPositive,
            TooManyDecimals,
            TooLarge,
            MisplacedSeparator,
        ] {
            for lang in Lang::ALL {
                assert!(!money_error(e, lang).is_empty());
            }
            assert_ne!(money_error(e, Lang::En), money_error(e, Lang::ZhHant));
        }
    }

    #[test]
    fn formatting() {
        assert_eq!(format_hkd(m("250000"), Lang::En), "HK$250,000");
        assert_eq!(format_hkd(m("250000"), Lang::ZhHant), "港幣250,000元");
        assert_eq!(format_hkd(m("250000"), Lang::ZhHans), "港币250,000元");
        assert_eq!(format_hkd(m("6172.83"), Lang::En), "HK$6,172.83");
        assert_eq!(format_hkd(m("6172.80"), Lang::En), "HK$6,172.80");
        assert_eq!(format_hkd(m("999"), Lang::En), "HK$999");
        assert_eq!(format_hkd(m("1000"), Lang::En), "HK$1,000");
        assert_eq!(format_hkd(m("0.5"), Lang::En), "HK$0.50");
        assert_eq!(format_rmb(m("50000"), Lang::En), "RMB50,000");
        assert_eq!(format_rmb(m("50000"), Lang::ZhHant), "人民幣50,000元");
        assert_eq!(format_rmb(m("50000"), Lang::ZhHans), "人民币50,000元");
        assert_eq!(format_percent(Rate(50)), "50%");
        assert_eq!(format_percent(Rate(90)), "90%");
    }
}

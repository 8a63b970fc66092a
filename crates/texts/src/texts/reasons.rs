//! Reasons: the text of every condition, note and term the engine lists.

#[allow(unused_imports)]
use super::*;

/// The streams a phase's terms offer, joined in the reader's language.
fn offered_list(phase_streams: &[cp_engine::rules::model::StreamEntry], l: Lang) -> String {
    let offered: Vec<Stream> = phase_streams
        .iter()
        .filter(|e| matches!(e.offer, cp_engine::rules::model::Offer::Offered(_)))
        .map(|e| e.stream)
        .collect();
    stream_list(&offered, l)
}

// ------------------------------------------------------------ reasons

/// A reason's text in one language (met or unmet wording as it was checked).
pub fn reason(r: &Reason, l: Lang) -> String {
    reason_text(&r.why, r.met, l)
}

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
            phase_streams,
        } => {
            let (s, o) = (stream_label(*stream, l), offered_list(phase_streams, l));
            m::reason_stream_not_offered(
                l,
                m::ReasonStreamNotOffered {
                    offered: &o,
                    rule_set: &rule_set,
                    stream: &s,
                },
            )
        }
        Why::StreamNotListed {
            stream,
            rule_set,
            phase_streams,
        } => {
            let (s, listed) = (stream_label(*stream, l), offered_list(phase_streams, l));
            let h = hotline(l);
            m::reason_stream_not_listed(
                l,
                m::ReasonStreamNotListed {
                    hotline: &h,
                    listed: &listed,
                    rule_set: &rule_set,
                    stream: &s,
                },
            )
        }
        Why::ApplicantKind {
            kind,
            who,
            associations_stream,
        } => {
            let w = who_text(*who, l);
            if met {
                m::reason_applicant_kind_met(l, &w)
            } else {
                let extra = match kind {
                    // Only where the phase has the associations' stream.
                    ApplicantKind::TradeAssociation if *associations_stream => {
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
            let qs = joined(fields.iter().map(|f| field_question(f, l)), sep);
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

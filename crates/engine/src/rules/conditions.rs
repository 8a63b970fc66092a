//! The conditions a stream checks, and what they gather: the applicant's
//! (kind, registration, region and tie, shareholding, sector), the second
//! on-site assessment's, and the ties a region admits. Each answer read is
//! recorded as asked (`Checks::ask`/`read`), so the questions follow.

use super::case::*;
use super::data::PROGRAMME;
use super::fields::Fields;
use super::model::*;
use super::result::*;

/// The reasons, missing answers and flags gathered while checking a stream.
#[derive(Default)]
pub(super) struct Checks {
    pub(super) reasons: Vec<Reason>,
    /// Every answer read, given or not: the questions asked.
    pub(super) asked: Fields,
    /// The answers read but not given.
    pub(super) missing: Fields,
    pub(super) failed: bool,
    pub(super) case_by_case: bool,
}

impl Checks {
    pub(super) fn push(
        &mut self,
        why: Why,
        met: bool,
        kind: ReasonKind,
        source: &'static Source,
        assumption: bool,
    ) {
        self.reasons.push(Reason {
            why,
            met,
            kind,
            source: Some(source),
            assumption,
        });
    }
    pub(super) fn condition(
        &mut self,
        why: Why,
        met: bool,
        source: &'static Source,
        assumption: bool,
    ) {
        self.failed |= !met;
        self.push(why, met, ReasonKind::Condition, source, assumption);
    }
    pub(super) fn committee(&mut self, why: Why, source: &'static Source, assumption: bool) {
        self.case_by_case = true;
        self.push(why, false, ReasonKind::CaseByCase, source, assumption);
    }
    pub(super) fn terms(&mut self, why: Why, source: &'static Source, assumption: bool) {
        self.push(why, true, ReasonKind::Terms, source, assumption);
    }
    pub(super) fn note(&mut self, why: Why, source: &'static Source, assumption: bool) {
        self.push(why, true, ReasonKind::Note, source, assumption);
    }
    /// Reads a question's answer: it is asked, and missing until given.
    pub(super) fn ask<T: Copy>(&mut self, field: Field, answer: Option<T>) -> Option<T> {
        self.read(field, answer.is_some());
        answer
    }
    #[inline(never)]
    pub(super) fn read(&mut self, field: Field, given: bool) {
        self.asked.insert(field);
        if !given {
            self.missing.insert(field);
        }
    }
}

pub(super) fn check_applicant(
    rs: &'static RuleSet,
    case: &Case,
    stream: Stream,
    terms: &Terms,
    c: &mut Checks,
) {
    let a = &case.applicant;
    let Some(kind) = c.ask(Field::Kind, a.kind) else {
        return;
    };
    let right_kind = match terms.who {
        Who::Associations => kind == ApplicantKind::TradeAssociation,
        Who::Factories | Who::FactoriesAndWorkshops => kind == ApplicantKind::HkBusiness,
    };
    c.condition(
        Why::ApplicantKind {
            kind,
            who: terms.who,
            associations_stream: rs.offered().any(|(_, t)| t.who == Who::Associations),
        },
        right_kind,
        terms.source,
        false,
    );
    if !right_kind || terms.who == Who::Associations {
        return;
    }
    let test_source = rs.applicant_test_source;
    if rs.applicant_test_assumed {
        // Said once, about the phase's sources: not after each answer.
        c.note(
            Why::ApplicantTestAssumed { rule_set: rs.id },
            test_source,
            true,
        );
    }

    let region_condition = |c: &mut Checks, region: Region, route: Option<Route>, ok: bool| {
        c.condition(
            Why::FactoryRegion {
                region,
                route,
                prd_only: rs.area.guangdong == GuangdongArea::PearlRiverDelta,
                all_guangdong_from: PROGRAMME.all_guangdong_from(),
            },
            ok,
            rs.area.source,
            false,
        )
    };
    let check_region = |c: &mut Checks, route: Route, ok: &dyn Fn(Region) -> bool| {
        if let Some(region) = a.factory_region {
            region_condition(c, region, Some(route), ok(region));
        }
    };
    // Where the factory is: asked of every business (before the tie).
    c.ask(Field::FactoryRegion, a.factory_region);

    // The region alone decides when no tie could make it eligible: a
    // factory elsewhere, or in a region that no tie of the phase covers
    // (the rest of Guangdong before 2013), whatever the tie. The tie is
    // then not asked, and no condition of a tie is listed.
    let region_alone = a
        .factory_region
        .filter(|&region| routes_for(rs, region).is_empty());
    // The tie is asked with the region (every tie while the region is
    // unanswered, then those that fit it): a tie given decides alone when
    // it is "none of these", so it is read whenever the region does not.
    if region_alone.is_none() {
        c.ask(Field::Route, a.route);
    }
    match (region_alone, a.route) {
        // A factory in Hong Kong where the phase covers none there: said
        // as the tie's condition says it, whichever answer decided (one
        // text for the form and for `cpfund`).
        (Some(Region::HongKong), _) => c.condition(
            Why::HkFactoriesCovered { rule_set: rs.id },
            false,
            rs.area.source,
            false,
        ),
        (Some(region), _) => region_condition(c, region, None, false),
        (None, None) => {}
        (None, Some(Route::None)) => c.condition(Why::RouteNone, false, test_source, false),
        (None, Some(route)) if route.is_guangdong() => {
            c.condition(Why::RouteGuangdong { route }, true, test_source, false);
            check_region(c, route, &|r| match r {
                Region::Prd => true,
                Region::GuangdongOther => rs.area.guangdong == GuangdongArea::All,
                Region::HongKong | Region::Elsewhere => false,
            });
            if route == Route::GdResidentMajority {
                let test = &PROGRAMME.resident_majority;
                match c.ask(Field::ResidentShareMainland, a.resident_share_mainland) {
                    None => {}
                    Some(p) => c.condition(
                        Why::ShareMainland {
                            value: p,
                            more_than: test.mainland_more_than,
                        },
                        p > Percent::whole(test.mainland_more_than),
                        test.source,
                        false,
                    ),
                }
                if c.failed {
                    return;
                }
                match c.ask(Field::ResidentShareHkBusiness, a.resident_share_hk_business) {
                    None => {}
                    Some(p) => c.condition(
                        Why::ShareHkBusiness {
                            value: p,
                            at_least: test.hk_business_at_least,
                        },
                        p >= Percent::whole(test.hk_business_at_least),
                        test.source,
                        false,
                    ),
                }
            }
        }
        (None, Some(route)) => {
            // Route 2 (factory) or 3 (workshop) in Hong Kong.
            if route == Route::HkWorkshop {
                c.condition(
                    Why::WorkshopsCovered { rule_set: rs.id },
                    rs.area.hk_workshops,
                    rs.area.source,
                    false,
                );
                // Which streams a workshop may apply for is only worth
                // saying in a phase that covers workshops at all.
                if rs.area.hk_workshops {
                    c.condition(
                        Why::WorkshopStream { stream },
                        terms.who == Who::FactoriesAndWorkshops,
                        test_source,
                        false,
                    );
                }
            } else {
                c.condition(
                    Why::HkFactoriesCovered { rule_set: rs.id },
                    rs.area.hk_factories,
                    rs.area.source,
                    false,
                );
            }
            check_region(c, route, &|r| r == Region::HongKong);
        }
    }
    // A condition that fails decides, whatever the answers after it: from
    // here each question is asked only while none has failed, in the
    // form's order, so no question shown is one that cannot change the
    // answer (a factory in Fujian is not asked its registration).
    if c.failed {
        return;
    }
    if let Some(b) = c.ask(Field::BrRegistered, a.br_registered) {
        c.condition(Why::BrRegistered, b, test_source, false);
    }
    if c.failed {
        return;
    }

    if let Some(ps) = &rs.priority_sectors {
        let count = ps.sectors.len();
        let inside = a.sector.is_some_and(|s| ps.sectors.contains(&s));
        // Asked wherever the phase has priority sectors; needed only where
        // a sector outside them goes to the committee.
        c.read(
            Field::Sector,
            a.sector.is_some() || ps.outside == OutsideSectors::PriorityOnly,
        );
        match (ps.outside, a.sector) {
            // Before 2020: priority only, never a condition.
            (OutsideSectors::PriorityOnly, sector) => c.note(
                Why::SectorPriority {
                    sector,
                    inside,
                    count,
                },
                ps.source,
                ps.assumed,
            ),
            (OutsideSectors::CaseByCase, None) => {}
            (OutsideSectors::CaseByCase, Some(sector)) if inside => c.condition(
                Why::PrioritySector { sector, count },
                true,
                ps.source,
                false,
            ),
            (OutsideSectors::CaseByCase, Some(sector)) => {
                c.committee(Why::PrioritySector { sector, count }, ps.source, ps.assumed)
            }
        }
    }
}

pub(super) fn check_second_assessment(rs: &'static RuleSet, case: &Case, c: &mut Checks) {
    let Some(rule) = &rs.second_assessment else {
        return;
    };
    let h = &case.history;
    // Optional: without it, a first assessment is assumed (and said).
    c.read(Field::PreviousAssessment, true);
    match h.had_previous() {
        None => {
            c.note(Why::FirstAssessment { assumed: true }, rule.source, true);
            return;
        }
        Some(false) => {
            c.condition(
                Why::FirstAssessment { assumed: false },
                true,
                rule.source,
                false,
            );
            return;
        }
        Some(true) => {}
    }
    match c.ask(
        Field::PreviousAssessmentCompleted,
        h.previous_assessment_completed,
    ) {
        None => {}
        Some(done) => {
            let eligible_from = done.add_years(rule.years);
            c.condition(
                Why::SecondAssessmentYears {
                    completed: done,
                    eligible_from,
                    years: rule.years,
                },
                case.date >= eligible_from,
                rule.source,
                PROGRAMME.same_date_assumption,
            );
        }
    }
    if c.failed {
        return;
    }
    if let Some(b) = c.ask(
        Field::RecommendedMeasureImplemented,
        h.recommended_measure_implemented,
    ) {
        c.condition(Why::SecondAssessmentMeasure, b, rule.source, false);
    }
    if c.failed {
        return;
    }
    // Either change meets the test: once the first is a yes, the second
    // is not asked; once the second is, the first is not needed.
    let (changed, recognition) = (h.process_or_material_changed, h.pursuing_recognition);
    c.read(
        Field::ProcessOrMaterialChanged,
        changed.is_some() || recognition == Some(true),
    );
    if changed != Some(true) {
        c.ask(Field::PursuingRecognition, recognition);
    }
    match (h.process_or_material_changed, h.pursuing_recognition) {
        (Some(true), _) | (_, Some(true)) => {
            c.condition(Why::SecondAssessmentChange, true, rule.source, false)
        }
        (Some(false), Some(false)) => {
            c.condition(Why::SecondAssessmentChange, false, rule.source, false)
        }
        // Not yet decided: the one unanswered is missing (read above).
        _ => {}
    }
}

/// The ties (rules.md §3) that can make a factory in `region` eligible in
/// the phase, in the contract's order, with `Route::None` ("none of these")
/// last; empty when none can (a factory elsewhere, or in a region the
/// phase does not cover). What the form offers, and when the region alone
/// decides.
pub fn routes_for(rs: &RuleSet, region: Region) -> Vec<Route> {
    let fits = |route: Route| match (route, region) {
        (Route::None, _) | (_, Region::Elsewhere) => false,
        (r, Region::Prd) => r.is_guangdong(),
        (r, Region::GuangdongOther) => r.is_guangdong() && rs.area.guangdong == GuangdongArea::All,
        (Route::HkFactory, Region::HongKong) => rs.area.hk_factories,
        (Route::HkWorkshop, Region::HongKong) => rs.area.hk_workshops,
        (_, Region::HongKong) => false,
    };
    let mut out: Vec<Route> = Route::ALL.iter().copied().filter(|&r| fits(r)).collect();
    if !out.is_empty() {
        out.push(Route::None);
    }
    out
}

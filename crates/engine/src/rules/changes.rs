//! What changed from one phase to the next, computed from the rule data
//! (never written by hand): the dates, the streams added or no longer
//! listed, and each term, area, applicant test and priority-sector rule
//! that differs. The rules pages and `cpfund rules --format json` show it.

use super::case::Stream;
use super::model::{Offer, RuleSet, Source, Terms};

/// A part of a stream's terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Who,
    Rate,
    Ceiling,
    MonthsToComplete,
}

impl Part {
    pub const ALL: [Part; 4] = [Part::Who, Part::Rate, Part::Ceiling, Part::MonthsToComplete];

    pub fn code(self) -> &'static str {
        match self {
            Part::Who => "who",
            Part::Rate => "rate",
            Part::Ceiling => "ceiling",
            Part::MonthsToComplete => "months_to_complete",
        }
    }

    fn differs(self, a: &Terms, b: &Terms) -> bool {
        match self {
            Part::Who => a.who != b.who,
            Part::Rate => a.rate != b.rate,
            Part::Ceiling => a.ceiling != b.ceiling || a.origin_ceiling != b.origin_ceiling,
            Part::MonthsToComplete => a.months_to_complete != b.months_to_complete,
        }
    }
}

/// One difference between a phase and the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// The application dates (every phase has its own).
    Dates,
    /// Offered now, not offered before.
    StreamAdded(Stream),
    /// Offered before, not now (not listed in this phase's sources, or not
    /// among its streams).
    StreamDropped(Stream),
    /// A term of a stream both phases offer.
    Terms(Stream, Part),
    Area,
    ApplicantTest,
    PrioritySectors,
    SecondAssessment,
}

impl Change {
    pub fn code(self) -> &'static str {
        match self {
            Change::Dates => "dates",
            Change::StreamAdded(_) => "stream_added",
            Change::StreamDropped(_) => "stream_no_longer_listed",
            Change::Terms(_, p) => p.code(),
            Change::Area => "area",
            Change::ApplicantTest => "applicant_test",
            Change::PrioritySectors => "priority_sectors",
            Change::SecondAssessment => "second_assessment",
        }
    }

    pub fn stream(self) -> Option<Stream> {
        match self {
            Change::StreamAdded(s) | Change::StreamDropped(s) | Change::Terms(s, _) => Some(s),
            _ => None,
        }
    }

    /// The sources of the value before and after (`None` where the phase
    /// has no such value).
    pub fn sources(
        self,
        before: &'static RuleSet,
        after: &'static RuleSet,
    ) -> (Option<&'static Source>, Option<&'static Source>) {
        let of = |rs: &'static RuleSet| -> Option<&'static Source> {
            match self {
                Change::Dates => Some(rs.dates_source),
                Change::StreamAdded(s) | Change::StreamDropped(s) | Change::Terms(s, _) => {
                    offered(rs, s).map(|t| t.source)
                }
                Change::Area => Some(rs.area.source),
                Change::ApplicantTest => Some(rs.applicant_test_source),
                Change::PrioritySectors => rs.priority_sectors.as_ref().map(|p| p.source),
                Change::SecondAssessment => rs.second_assessment.as_ref().map(|s| s.source),
            }
        };
        (of(before), of(after))
    }
}

/// The terms of `stream` where `rs` offers it.
pub fn offered(rs: &RuleSet, stream: Stream) -> Option<&Terms> {
    rs.entry(stream).and_then(|e| match &e.offer {
        Offer::Offered(t) => Some(t),
        Offer::NotListed { .. } => None,
    })
}

/// What changed from `before` to `after`, in the order of the rules
/// pages: the dates, the area, the applicant test, the priority sectors,
/// the streams (in `after`'s order, then those dropped, in `before`'s),
/// the second assessment.
pub fn changes(before: &RuleSet, after: &RuleSet) -> Vec<Change> {
    let mut out = vec![Change::Dates];
    if before.area.guangdong != after.area.guangdong
        || before.area.hk_factories != after.area.hk_factories
        || before.area.hk_workshops != after.area.hk_workshops
    {
        out.push(Change::Area);
    }
    if before.applicant_test_assumed != after.applicant_test_assumed {
        out.push(Change::ApplicantTest);
    }
    let sectors = |rs: &RuleSet| {
        rs.priority_sectors
            .as_ref()
            .map(|p| (p.sectors, p.outside, p.assumed))
    };
    if sectors(before) != sectors(after) {
        out.push(Change::PrioritySectors);
    }
    for (stream, now) in after.offered() {
        match offered(before, stream) {
            None => out.push(Change::StreamAdded(stream)),
            Some(was) => out.extend(
                Part::ALL
                    .into_iter()
                    .filter(|p| p.differs(was, now))
                    .map(|p| Change::Terms(stream, p)),
            ),
        }
    }
    for (stream, _) in before.offered() {
        if offered(after, stream).is_none() {
            out.push(Change::StreamDropped(stream));
        }
    }
    let years = |rs: &RuleSet| rs.second_assessment.as_ref().map(|s| s.years);
    if years(before) != years(after) {
        out.push(Change::SecondAssessment);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::data::RULE_SETS;

    fn phase(id: &str) -> &'static RuleSet {
        RULE_SETS.iter().find(|r| r.id == id).unwrap()
    }

    #[test]
    fn the_2015_to_2020_changes() {
        use Change::*;
        assert_eq!(
            changes(phase("2015-2020"), phase("2020-2025")),
            [
                Dates,
                ApplicantTest,
                PrioritySectors,
                Terms(Stream::OnsiteAssessment, Part::Ceiling),
                Terms(Stream::OnsiteAssessment, Part::MonthsToComplete),
                StreamAdded(Stream::DemonstrationWiderAdoption),
                StreamAdded(Stream::DemonstrationInnovation),
                Terms(Stream::OrganisationSupport, Part::Rate),
                Terms(Stream::OrganisationSupport, Part::Ceiling),
                Terms(Stream::OrganisationSupport, Part::MonthsToComplete),
                StreamDropped(Stream::Demonstration),
            ]
        );
        // A phase against itself: only its dates, which are its own.
        assert_eq!(changes(phase("2015-2020"), phase("2015-2020")), [Dates]);
    }

    /// The area changes when any one of its parts does.
    #[test]
    fn one_part_of_the_area_is_a_change_of_area() {
        use super::super::model::{Area, GuangdongArea};
        let a = phase("2015-2020");
        let other = match a.area.guangdong {
            GuangdongArea::All => GuangdongArea::PearlRiverDelta,
            GuangdongArea::PearlRiverDelta => GuangdongArea::All,
        };
        let areas = [
            Area {
                guangdong: other,
                ..a.area
            },
            Area {
                hk_factories: !a.area.hk_factories,
                ..a.area
            },
            Area {
                hk_workshops: !a.area.hk_workshops,
                ..a.area
            },
        ];
        for area in areas {
            let b = RuleSet { area, ..*a };
            assert!(changes(a, &b).contains(&Change::Area), "{:?}", b.area);
        }
        assert!(!changes(a, a).contains(&Change::Area));
    }

    /// The JSON's names for each change and each part of the terms, and the
    /// stream a change is about.
    #[test]
    fn each_change_has_its_code_and_its_stream() {
        use Change::*;
        let s = Stream::OnsiteAssessment;
        let all = [
            (Dates, "dates", None),
            (StreamAdded(s), "stream_added", Some(s)),
            (StreamDropped(s), "stream_no_longer_listed", Some(s)),
            (Terms(s, Part::Who), "who", Some(s)),
            (Terms(s, Part::Rate), "rate", Some(s)),
            (Terms(s, Part::Ceiling), "ceiling", Some(s)),
            (
                Terms(s, Part::MonthsToComplete),
                "months_to_complete",
                Some(s),
            ),
            (Area, "area", None),
            (ApplicantTest, "applicant_test", None),
            (PrioritySectors, "priority_sectors", None),
            (SecondAssessment, "second_assessment", None),
        ];
        for (c, code, stream) in all {
            assert_eq!((c.code(), c.stream()), (code, stream), "{c:?}");
        }
    }
}

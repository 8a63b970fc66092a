//! THE PROGRAMME'S FIGURES. Every rate, ceiling, date and condition of the
//! Cleaner Production Partnership Programme lives here, next to its source,
//! and nowhere else in the code. Transcribed from `shared/domain/rules.md`.
//!
//! To update for a new phase: add a `RuleSet` to `RULE_SETS` (dates must not
//! overlap; a test checks), give each figure a `Source`, run `make test`.
//! See README.md, "Updating the rules".

use super::case::{Sector, Stream, TechnologyOrigin};
use super::model::*;
use crate::date::Date;

// ---------------------------------------------------------------- sources

pub static GOVHK: Source = Source {
    id: "govhk-cppp",
    url: "https://www.gov.hk/en/residents/environment/support/cppp.htm",
    written: Written::English,
    also: &[
        Page {
            url: "https://www.gov.hk/tc/residents/environment/support/cppp.htm",
            written: Written::Traditional,
        },
        Page {
            url: "https://www.gov.hk/sc/residents/environment/support/cppp.htm",
            written: Written::Simplified,
        },
    ],
};
pub static EPD_2008: Source = Source {
    id: "epd-press-2008-04-18",
    url: "https://www.epd.gov.hk/epd/english/news_events/press/press_080418b.html",
    written: Written::English,
    also: &[],
};
pub static NOTICE_2013: Source = Source {
    id: "notice-2013-03-27",
    url: "https://www.chinacsr.com/en/2013/04/18/8817-hong-kong-government-prepares-subsidies-for-cleaner-manufacturing-projects/",
    written: Written::English,
    also: &[],
};
pub static NOTICE_2013_COPY: Source = Source {
    id: "notice-2013-03-27-copy",
    url: "https://pegasia.blogspot.com/2013/03/hks-updates-clean-factory-fund.html",
    written: Written::English,
    also: &[],
};
pub static CP_HK_2015: Source = Source {
    id: "cleanerproduction-2015",
    url: "https://www.cleanerproduction.hk/en_index.asp",
    written: Written::English,
    also: &[],
};
pub static CP_HK_WHATS_NEW: Source = Source {
    id: "cleanerproduction-second-assessment",
    url: "https://www.cleanerproduction.hk/en_index.asp",
    written: Written::English,
    also: &[],
};
pub static GUIDE_2015_SECTORS: Source = Source {
    id: "guide-2015-priority-sectors",
    url: "https://www.cleanerproduction.hk/en_resources7.asp",
    written: Written::English,
    also: &[],
};
pub static SMELINK: Source = Source {
    id: "smelink-cppp",
    url: "https://www.smelink.gov.hk/en/web/sme-portal/w/cleaner-production-partnership-programme.html",
    written: Written::English,
    also: &[],
};
pub static SMELINK_ZH: Source = Source {
    id: "smelink-cppp-zh",
    url: "https://www.smelink.gov.hk/zh/web/sme-portal/w/cleaner-production-partnership-programme.html",
    written: Written::Traditional,
    also: &[],
};
pub static CP_HK_2025: Source = Source {
    id: "cleanerproduction-2025-seminar",
    url: "https://www.cleanerproduction.hk/en/events?id=549",
    written: Written::English,
    also: &[],
};
pub static SCMP_2009: Source = Source {
    id: "scmp-2009",
    url: "https://www.scmp.com/",
    written: Written::English,
    also: &[],
};
pub static AWARD_NOTICES: Source = Source {
    id: "award-notices-2016-2017",
    url: "https://www.chengpou.com.mo/dailynews/137367.html",
    written: Written::Traditional,
    also: &[],
};
pub static RECOGNITION_INTRO: Source = Source {
    id: "cleanerproduction-recognition",
    url: "https://www.cleanerproduction.hk/sc/GDHK_intro",
    written: Written::Simplified,
    also: &[],
};
pub static GUIDE: Source = Source {
    id: "application-guide",
    url: "https://www.cleanerproduction.hk/en_resources7.asp",
    written: Written::English,
    also: &[],
};

/// Every source. Its title, in each language, is the catalogues' message
/// `source-<id>` (`i18n::source_title`; the build fails without it); the
/// data validation test checks that each one backs at least one figure.
pub static SOURCES: &[&Source] = &[
    &GOVHK,
    &EPD_2008,
    &NOTICE_2013,
    &NOTICE_2013_COPY,
    &CP_HK_2015,
    &CP_HK_WHATS_NEW,
    &GUIDE_2015_SECTORS,
    &SMELINK,
    &SMELINK_ZH,
    &CP_HK_2025,
    &SCMP_2009,
    &AWARD_NOTICES,
    &RECOGNITION_INTRO,
    &GUIDE,
];

// ---------------------------------------------------------------- sectors

/// The eight target (priority) sectors: EPD 2008, the 2015-2020 guide,
/// smelink.gov.hk for 2020-2025 and 2025-2027.
static PRIORITY: &[Sector] = &[
    Sector::ChemicalProducts,
    Sector::FoodAndBeverage,
    Sector::Furniture,
    Sector::MetalProducts,
    Sector::NonMetallicMineralProducts,
    Sector::PaperProducts,
    Sector::PrintingPublishing,
    Sector::Textiles,
];

// ---------------------------------------------------------------- phases

const fn offered(
    stream: Stream,
    who: Who,
    rate: Option<Rate>,
    ceiling: Ceiling,
    months_to_complete: Option<u8>,
    source: &'static Source,
) -> StreamEntry {
    StreamEntry {
        stream,
        offer: Offer::Offered(Terms {
            who,
            rate,
            ceiling,
            origin_ceiling: None,
            months_to_complete,
            source,
        }),
    }
}

const fn per_project(amount: u64) -> Ceiling {
    Ceiling::Published {
        amount: Hkd(amount),
        per: Per::Project,
    }
}

const HALF: Option<Rate> = Some(Rate(50));

pub static RULE_SETS: &[RuleSet] = &[
    RuleSet {
        id: "2008-2013",
        from: Date::ymd(2008, 4, 18),
        from_assumed: false,
        to: Date::ymd(2013, 3, 31),
        to_assumed: false,
        dates_source: &EPD_2008,
        funding_millions: 93,
        area: Area {
            guangdong: GuangdongArea::PearlRiverDelta,
            hk_factories: false,
            hk_workshops: false,
            source: &EPD_2008,
        },
        applicant_test_assumed: true,
        applicant_test_source: &SMELINK,
        priority_sectors: Some(PrioritySectors {
            sectors: PRIORITY,
            outside: OutsideSectors::PriorityOnly,
            assumed: false,
            source: &EPD_2008,
        }),
        second_assessment: None,
        streams: &[
            offered(
                Stream::OnsiteAssessment,
                Who::Factories,
                HALF,
                Ceiling::NotPublished,
                None,
                &EPD_2008,
            ),
            // Factories only: workshops were added from 2013.
            offered(
                Stream::Demonstration,
                Who::Factories,
                HALF,
                Ceiling::NotPublished,
                None,
                &EPD_2008,
            ),
            offered(
                Stream::Verification,
                Who::Factories,
                None,
                Ceiling::NotPublished,
                None,
                &EPD_2008,
            ),
        ],
        technology_promotion: Some(&GOVHK),
        sources_as_of: Some(Date::ymd(2008, 4, 18)),
    },
    RuleSet {
        id: "2013-2015",
        from: Date::ymd(2013, 4, 1),
        from_assumed: false,
        to: Date::ymd(2015, 3, 31),
        to_assumed: false,
        dates_source: &NOTICE_2013,
        funding_millions: 50,
        area: Area {
            guangdong: GuangdongArea::All,
            hk_factories: true,
            hk_workshops: true,
            source: &NOTICE_2013_COPY,
        },
        applicant_test_assumed: true,
        applicant_test_source: &SMELINK,
        // The same targets as the first phase (assumption).
        priority_sectors: Some(PrioritySectors {
            sectors: PRIORITY,
            outside: OutsideSectors::PriorityOnly,
            assumed: true,
            source: &EPD_2008,
        }),
        second_assessment: None,
        streams: &[
            offered(
                Stream::OnsiteAssessment,
                Who::Factories,
                HALF,
                Ceiling::Published {
                    amount: Hkd(25_000),
                    per: Per::Factory,
                },
                None,
                &NOTICE_2013,
            ),
            offered(
                Stream::Demonstration,
                Who::FactoriesAndWorkshops,
                HALF,
                per_project(300_000),
                None,
                &NOTICE_2013,
            ),
            offered(
                Stream::Verification,
                Who::Factories,
                None,
                per_project(20_000),
                None,
                &NOTICE_2013,
            ),
        ],
        technology_promotion: Some(&GOVHK),
        sources_as_of: Some(Date::ymd(2013, 4, 18)),
    },
    RuleSet {
        id: "2015-2020",
        from: Date::ymd(2015, 6, 15),
        from_assumed: false,
        to: Date::ymd(2020, 3, 31),
        to_assumed: false,
        dates_source: &CP_HK_2015,
        funding_millions: 150,
        area: Area {
            guangdong: GuangdongArea::All,
            hk_factories: true,
            hk_workshops: true,
            source: &GOVHK,
        },
        applicant_test_assumed: true,
        applicant_test_source: &SMELINK,
        priority_sectors: Some(PrioritySectors {
            sectors: PRIORITY,
            outside: OutsideSectors::PriorityOnly,
            assumed: false,
            source: &GUIDE_2015_SECTORS,
        }),
        second_assessment: Some(SecondAssessment {
            years: 5,
            source: &CP_HK_WHATS_NEW,
        }),
        streams: &[
            offered(
                Stream::OnsiteAssessment,
                Who::Factories,
                HALF,
                per_project(28_000),
                None,
                &GOVHK,
            ),
            offered(
                Stream::Demonstration,
                Who::FactoriesAndWorkshops,
                HALF,
                per_project(330_000),
                None,
                &GOVHK,
            ),
            offered(
                Stream::OrganisationSupport,
                Who::Associations,
                None,
                Ceiling::NotPublished,
                None,
                &GOVHK,
            ),
        ],
        technology_promotion: Some(&GOVHK),
        sources_as_of: Some(Date::ymd(2019, 12, 1)),
    },
    RuleSet {
        id: "2020-2025",
        from: Date::ymd(2020, 4, 1),
        from_assumed: true,
        to: Date::ymd(2025, 3, 31),
        to_assumed: false,
        dates_source: &SMELINK,
        funding_millions: 311,
        area: Area {
            guangdong: GuangdongArea::All,
            hk_factories: true,
            hk_workshops: true,
            source: &SMELINK,
        },
        applicant_test_assumed: false,
        applicant_test_source: &SMELINK,
        priority_sectors: Some(PrioritySectors {
            sectors: PRIORITY,
            outside: OutsideSectors::CaseByCase,
            assumed: true,
            source: &SMELINK,
        }),
        second_assessment: Some(SecondAssessment {
            years: 5,
            source: &CP_HK_WHATS_NEW,
        }),
        streams: &[
            offered(
                Stream::OnsiteAssessment,
                Who::Factories,
                HALF,
                per_project(45_000),
                Some(3),
                &SMELINK,
            ),
            offered(
                Stream::DemonstrationWiderAdoption,
                Who::FactoriesAndWorkshops,
                HALF,
                per_project(450_000),
                Some(12),
                &SMELINK,
            ),
            offered(
                Stream::DemonstrationInnovation,
                Who::FactoriesAndWorkshops,
                HALF,
                per_project(650_000),
                Some(12),
                &SMELINK,
            ),
            offered(
                Stream::OrganisationSupport,
                Who::Associations,
                Some(Rate(90)),
                Ceiling::NoneStated,
                Some(12),
                &SMELINK,
            ),
        ],
        // A seminar held on 25 March 2025, in this phase's last week.
        technology_promotion: Some(&CP_HK_2025),
        sources_as_of: None,
    },
    RuleSet {
        id: "2025-2027",
        from: Date::ymd(2025, 4, 1),
        from_assumed: true,
        to: Date::ymd(2027, 3, 31),
        to_assumed: true,
        dates_source: &SMELINK_ZH,
        funding_millions: 100,
        area: Area {
            guangdong: GuangdongArea::All,
            hk_factories: true,
            hk_workshops: true,
            source: &SMELINK_ZH,
        },
        applicant_test_assumed: false,
        applicant_test_source: &SMELINK_ZH,
        priority_sectors: Some(PrioritySectors {
            sectors: PRIORITY,
            outside: OutsideSectors::CaseByCase,
            assumed: false,
            source: &SMELINK_ZH,
        }),
        second_assessment: Some(SecondAssessment {
            years: 5,
            source: &CP_HK_WHATS_NEW,
        }),
        streams: &[
            StreamEntry {
                stream: Stream::NewTechnologyDemonstration,
                offer: Offer::Offered(Terms {
                    who: Who::FactoriesAndWorkshops,
                    rate: HALF,
                    ceiling: per_project(650_000),
                    origin_ceiling: Some(OriginCeiling {
                        origins: &[
                            TechnologyOrigin::HongKong,
                            TechnologyOrigin::GuangdongHongKong,
                        ],
                        amount: Hkd(750_000),
                    }),
                    months_to_complete: None,
                    source: &SMELINK_ZH,
                }),
            },
            StreamEntry {
                stream: Stream::OnsiteAssessment,
                offer: Offer::NotListed {
                    source: &SMELINK_ZH,
                },
            },
            StreamEntry {
                stream: Stream::Verification,
                offer: Offer::NotListed {
                    source: &SMELINK_ZH,
                },
            },
            StreamEntry {
                stream: Stream::OrganisationSupport,
                offer: Offer::NotListed {
                    source: &SMELINK_ZH,
                },
            },
        ],
        technology_promotion: Some(&CP_HK_2025),
        sources_as_of: Some(Date::ymd(2025, 3, 25)),
    },
];

// ---------------------------------------------------------------- the rest

static RECOGNITION_CATEGORIES: &[RecognitionCategory] = &[
    RecognitionCategory {
        id: "excellent_partner_manufacturing",
        since_year: 2009,
        manufacturing: true,
    },
    RecognitionCategory {
        id: "partner_manufacturing",
        since_year: 2009,
        manufacturing: true,
    },
    RecognitionCategory {
        id: "partner_supply_chain",
        since_year: 2009,
        manufacturing: false,
    },
    RecognitionCategory {
        id: "partner_technology_service",
        since_year: 2010,
        manufacturing: false,
    },
];

/// One row a period of label years; periods must not overlap (a test checks).
static CASH_AWARDS: &[CashAward] = &[
    CashAward {
        from_year: 2015,
        to_year: Some(2015),
        reported_to_year: None,
        excellent_partner: Rmb(50_000),
        partner: Rmb(50_000),
        one_off: None,
        source: &GOVHK,
    },
    CashAward {
        from_year: 2016,
        to_year: None,
        reported_to_year: Some(2017),
        excellent_partner: Rmb(80_000),
        partner: Rmb(50_000),
        one_off: Some(true),
        source: &AWARD_NOTICES,
    },
];

pub static PROGRAMME: Programme = Programme {
    rule_sets: RULE_SETS,
    resident_majority: ResidentMajority {
        mainland_more_than: 50,
        hk_business_at_least: 30,
        source: &SMELINK,
    },
    same_date_assumption: true,
    recognition: Recognition {
        launched_year: 2009,
        launched_month: 8,
        categories: RECOGNITION_CATEGORIES,
        cash_awards: CASH_AWARDS,
        guangdong_only_assumed: true,
        export_credit_discount_source: &RECOGNITION_INTRO,
        source: &GOVHK,
    },
    contacts: Contacts {
        hotline: "2788 5588",
        hotline_tel: "+85227885588",
        email: "enquiry@cleanerproduction.hk",
        website: "https://www.cleanerproduction.hk",
        guide_url: "https://www.cleanerproduction.hk/en_resources7.asp",
        events_url: "https://www.cleanerproduction.hk/en/events",
        recognition_url: "https://www.cleanerproduction.hk",
        pages_written: Written::English,
    },
    stale_after_years: 2,
    past_practice_source: &SCMP_2009,
    primary_source: &GOVHK,
};

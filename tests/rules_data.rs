//! The rule data is checked like code: dates ordered and non-overlapping,
//! rates in (0, 100%], ceilings positive, every figure with a source.
#![cfg(not(target_arch = "wasm32"))]

use cp_estimator::rules::data::{PROGRAMME, SOURCES};
use cp_estimator::rules::model::*;

fn known(s: &Source) -> bool {
    SOURCES.iter().any(|k| std::ptr::eq(*k, s))
}

#[test]
fn rule_sets_are_valid() {
    let sets = PROGRAMME.rule_sets;
    assert!(!sets.is_empty());
    for (i, rs) in sets.iter().enumerate() {
        let id = rs.id;
        assert!(rs.from.is_valid() && rs.to.is_valid(), "{id}: invalid date");
        assert!(rs.from <= rs.to, "{id}: opens after it closes");
        if i > 0 {
            assert!(
                sets[i - 1].to < rs.from,
                "{id} overlaps or is out of order with {}",
                sets[i - 1].id
            );
        }
        assert!(rs.funding_millions > 0, "{id}");
        assert!(rs.offered().next().is_some(), "{id}: offers no stream");
        assert!(
            known(rs.dates_source) && known(rs.area.source) && known(rs.applicant_test_source),
            "{id}: unknown source"
        );
        let mut seen = Vec::new();
        for e in rs.streams {
            assert!(
                !seen.contains(&e.stream),
                "{id}: {:?} listed twice",
                e.stream
            );
            seen.push(e.stream);
            match &e.offer {
                Offer::Offered(t) => {
                    assert!(known(t.source), "{id} {:?}: unknown source", e.stream);
                    if let Some(r) = t.rate {
                        assert!(
                            r.0 > 0 && r.0 <= 100,
                            "{id} {:?}: rate {} not in (0, 100]",
                            e.stream,
                            r.0
                        );
                    }
                    if let Ceiling::Published { amount, .. } = t.ceiling {
                        assert!(amount.0 > 0, "{id} {:?}: ceiling not positive", e.stream);
                        if let Some(oc) = t.origin_ceiling {
                            assert!(
                                oc.amount > amount && !oc.origins.is_empty(),
                                "{id}: origin ceiling"
                            );
                        }
                    }
                    if let Some(m) = t.months_to_complete {
                        assert!(m > 0);
                    }
                }
                Offer::NotListed { source } => assert!(known(source)),
            }
        }
        if let Some(p) = &rs.priority_sectors {
            assert!(known(p.source) && !p.sectors.is_empty());
        }
        if let Some(s) = &rs.second_assessment {
            assert!(known(s.source) && s.years > 0);
        }
    }
}

#[test]
fn sources_are_addresses() {
    for s in SOURCES {
        assert!(s.url.starts_with("https://"), "{}: {}", s.id, s.url);
        assert!(!s.title.is_empty());
    }
    let ids: std::collections::HashSet<_> = SOURCES.iter().map(|s| s.id).collect();
    assert_eq!(ids.len(), SOURCES.len(), "duplicate source ids");
    assert!(known(PROGRAMME.resident_majority.source));
    assert!(known(PROGRAMME.recognition.source) && known(PROGRAMME.past_practice_source));
    for a in PROGRAMME.recognition.cash_awards {
        assert!(known(a.source) && a.partner.0 > 0);
    }
    let rm = &PROGRAMME.resident_majority;
    assert!(rm.mainland_more_than < 100 && rm.hk_business_at_least <= 100);
}

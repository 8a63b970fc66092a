//! The files of the rules that span the phases, checked: `programme.toml`
//! (the route (d) test, the notices' decisions, the contacts) and
//! `recognition.toml` (the categories and the cash awards by period).

use crate::check::{Cx, File};
use crate::schema;
use crate::vocab;
use crate::*;

impl Cx {
    pub(crate) fn programme(&mut self, f: &File, p: schema::ProgrammeFile) -> Option<Programme> {
        let before = self.problems.len();
        let rm = &p.resident_majority;
        let c = &p.contacts;
        for u in [&c.website, &c.guide_url, &c.events_url, &c.recognition_url] {
            if !u.get_ref().starts_with("https://") {
                self.at(
                    f,
                    u.span(),
                    format!("{} must start with https://", u.get_ref()),
                );
            }
        }
        let out = Programme {
            primary_source: self.source(f, &p.primary_source),
            guide_source: self.source(f, &p.guide_source),
            past_practice_source: self.source(f, &p.past_practice_source),
            resident_mainland_more_than: self.number(
                f,
                "a percentage",
                &rm.mainland_more_than,
                0,
                100,
            ) as u8,
            resident_hk_business_at_least: self.number(
                f,
                "a percentage",
                &rm.hk_business_at_least,
                0,
                100,
            ) as u8,
            resident_source: self.source(f, &rm.source),
            same_date_assumption: self
                .reason(f, &Some(p.second_assessment.same_date_assumption.clone()))
                .unwrap_or_default(),
            stale_after_years: self.number(
                f,
                "stale_after_years",
                &p.notices.stale_after_years,
                1,
                20,
            ) as u16,
            assumed_dates_window_days: self.number(
                f,
                "assumed_dates_window_days",
                &p.notices.assumed_dates_window_days,
                1,
                366,
            ) as u16,
            hotline: c.hotline.clone(),
            hotline_tel: c.hotline_tel.clone(),
            email: c.email.clone(),
            website: c.website.get_ref().clone(),
            guide_url: c.guide_url.get_ref().clone(),
            events_url: c.events_url.get_ref().clone(),
            recognition_url: c.recognition_url.get_ref().clone(),
            pages_written: self.one_of(f, "language", &c.pages_written, vocab::LANGS),
        };
        self.reason(f, &Some(p.notices.stale_reason.clone()));
        self.reason(f, &Some(p.notices.assumed_dates_window_reason.clone()));
        (self.problems.len() == before).then_some(out)
    }

    pub(crate) fn recognition(
        &mut self,
        f: &File,
        r: schema::RecognitionFile,
    ) -> Option<Recognition> {
        let before = self.problems.len();
        let (launched_year, launched_month) = match r.launched.get_ref().split_once('-') {
            Some((y, m)) if y.len() == 4 && m.len() == 2 => {
                (y.parse().unwrap_or(0), m.parse().unwrap_or(0))
            }
            _ => (0, 0),
        };
        if launched_year < 2000 || !(1..=12).contains(&launched_month) {
            self.at(
                f,
                r.launched.span(),
                "launched is a year and a month: write it like \"2009-08\"".into(),
            );
        }
        let mut categories = Vec::new();
        for c in &r.category {
            let cat = c.get_ref();
            let id = self.one_of(f, "category", &cat.id, vocab::CATEGORIES);
            let since = self.number(f, "since_year", &cat.since_year, 2000, 2100) as u16;
            categories.push((id, since, cat.manufacturing));
        }
        let mut cash_awards: Vec<CashAward> = Vec::new();
        for a in &r.cash_award {
            let row = a.get_ref();
            let from_year = self.number(f, "from_year", &row.from_year, 2000, 2100) as u16;
            let to_year = row
                .to_year
                .as_ref()
                .map(|y| self.number(f, "to_year", y, 2000, 2100) as u16);
            let reported_to_year = row
                .reported_to_year
                .as_ref()
                .map(|y| self.number(f, "reported_to_year", y, 2000, 2100) as u16);
            if to_year.is_some_and(|t| t < from_year) {
                self.at(
                    f,
                    a.span(),
                    format!(
                        "this period ends ({}) before it starts ({from_year})",
                        to_year.unwrap_or(0)
                    ),
                );
            }
            if let Some(prev) = cash_awards.last() {
                if from_year <= prev.to_year.unwrap_or(u16::MAX) {
                    self.at(
                        f,
                        row.from_year.span(),
                        format!("this period (from {from_year}) overlaps the one before it (from {}): one row a period, in year order", prev.from_year),
                    );
                }
            }
            let award = CashAward {
                from_year,
                to_year,
                reported_to_year,
                excellent_partner: self.number(
                    f,
                    "an award",
                    &row.excellent_partner_rmb,
                    1,
                    i64::MAX,
                ) as u64,
                partner: self.number(f, "an award", &row.partner_rmb, 1, i64::MAX) as u64,
                one_off: row.one_off,
                source: self.source(f, &row.source),
            };
            cash_awards.push(award);
        }
        let out = Recognition {
            launched_year,
            launched_month,
            source: self.source(f, &r.source),
            guangdong_only_assumption: self
                .reason(f, &Some(r.guangdong_only_assumption.clone()))
                .unwrap_or_default(),
            export_credit_discount_source: self.source(f, &r.export_credit_discount_source),
            categories,
            cash_awards,
        };
        (self.problems.len() == before).then_some(out)
    }
}

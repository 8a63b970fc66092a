//! A phase's file, checked: its dates, area, applicant test, priority
//! sectors, second assessment and streams, each refusal at its line.

use crate::check::{Cx, File};
use crate::schema::{self, S};
use crate::vocab;
use crate::*;
use std::collections::{BTreeMap, BTreeSet};

impl Cx {
    /// A phase's file: the phase, and the lines of its first and last days.
    pub(crate) fn phase(
        &mut self,
        f: &File,
        p: schema::PhaseFile,
    ) -> Option<(Phase, usize, usize)> {
        let before = self.problems.len();
        let id = p.id.get_ref().clone();
        if id != f.stem() {
            self.at(
                f,
                p.id.span(),
                format!(
                    "the id \"{id}\" differs from the file's name: a phase's file is named by its id (rename the file to {id}.toml, or set id = \"{}\")",
                    f.stem()
                ),
            );
        }
        let d = &p.dates;
        let (from, to) = (self.date(f, &d.from), self.date(f, &d.to));
        if to < from {
            self.at(
                f,
                d.to.span(),
                format!("the phase ends ({to}) before it starts ({from})"),
            );
        }
        let from_assumption = self.reason(f, &d.from_assumption);
        let to_assumption = self.reason(f, &d.to_assumption);
        let dates_source = self.source(f, &d.source);
        let funding_millions =
            self.number(f, "hkd_millions", &p.funding.hkd_millions, 1, 1_000_000) as u32;
        let funding_source = self.source(f, &p.funding.source);

        // The area: which regions' factories, and workshops in Hong Kong.
        let mut regions = BTreeSet::new();
        for r in p.area.regions.get_ref() {
            if r.get_ref() == "elsewhere" {
                self.at(f, r.span(), "region \"elsewhere\" is never in a phase's area: the programme covers Guangdong and Hong Kong only".into());
                continue;
            }
            let name = self.one_of(f, "region", r, vocab::REGIONS);
            if !regions.insert(name.clone()) {
                self.at(f, r.span(), format!("region \"{name}\" is listed twice"));
            }
        }
        if !regions.contains("prd") && self.problems.len() == before {
            self.at(
                f,
                p.area.regions.span(),
                "the area must cover the Pearl River Delta (\"prd\"): every phase has".into(),
            );
        }
        let hk_factories = regions.contains("hong_kong");
        if p.area.workshops && !hk_factories {
            self.at(f, p.area.regions.span(), "workshops = true needs \"hong_kong\" among the regions: the workshops are in Hong Kong".into());
        }
        let area_source = self.source(f, &p.area.source);
        let applicant_test_assumption = self.reason(f, &p.applicant_test.assumption);
        let applicant_test_source = self.source(f, &p.applicant_test.source);

        let priority_sectors = p.priority_sectors.as_ref().map(|ps| {
            let mut sectors: Vec<String> = Vec::new();
            for s in ps.sectors.get_ref() {
                if s.get_ref() == "other" {
                    self.at(f, s.span(), "sector \"other\" is every sector outside the list: it cannot be a priority".into());
                    continue;
                }
                let name = self.one_of(f, "sector", s, vocab::SECTORS);
                if sectors.contains(&name) {
                    self.at(f, s.span(), format!("sector \"{name}\" is listed twice"));
                }
                sectors.push(name);
            }
            if sectors.is_empty() {
                self.at(f, ps.sectors.span(), "priority sectors without a sector: list them, or leave out [priority_sectors]".into());
            }
            PrioritySectors {
                sectors,
                outside: self.one_of(f, "rule for sectors outside", &ps.outside, vocab::OUTSIDE),
                assumption: self.reason(f, &ps.assumption),
                source: self.source(f, &ps.source),
            }
        });
        let second_assessment = p.second_assessment.as_ref().map(|sa| {
            (
                self.number(f, "years", &sa.years, 1, 50) as u16,
                self.source(f, &sa.source),
            )
        });

        let mut streams: Vec<StreamEntry> = Vec::new();
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        for row in &p.streams {
            let line = f.line(row.span().start);
            let s = row.get_ref();
            let stream = self.one_of(f, "stream", &s.stream, vocab::STREAMS);
            if let Some(first) = seen.get(&stream) {
                self.at(
                    f,
                    s.stream.span(),
                    format!("stream \"{stream}\" is listed twice in this phase (first at line {first}): one [[streams]] table a stream"),
                );
            }
            seen.insert(stream.clone(), line);
            let listed = s.listed.as_ref().is_none_or(|l| *l.get_ref());
            let terms = if listed {
                self.terms(f, row)
            } else {
                let extra = [
                    s.who.as_ref().map(|v| ("who", v.span())),
                    s.rate.as_ref().map(|v| ("rate", v.span())),
                    s.ceiling.as_ref().map(|v| ("ceiling", v.span())),
                    s.ceiling_per.as_ref().map(|v| ("ceiling_per", v.span())),
                    s.higher_ceiling
                        .as_ref()
                        .map(|v| ("higher_ceiling", v.span())),
                    s.months_to_complete
                        .as_ref()
                        .map(|v| ("months_to_complete", v.span())),
                ];
                for (key, span) in extra.into_iter().flatten() {
                    self.at(f, span, format!("a stream with listed = false has no terms: remove \"{key}\", or remove listed = false"));
                }
                None
            };
            streams.push(StreamEntry {
                stream,
                terms,
                source: self.source(f, &s.source),
            });
        }
        if streams.is_empty() {
            self.problems.push(Problem {
                file: f.name.clone(),
                line: 0,
                message: "a phase lists its streams: add a [[streams]] table for each".into(),
            });
        }
        let technology_promotion = p
            .technology_promotion
            .as_ref()
            .map(|t| self.source(f, &t.source));
        let sources_as_of = p.sources_as_of.as_ref().map(|d| self.date(f, d));
        let phase = Phase {
            id,
            from,
            from_assumption,
            to,
            to_assumption,
            dates_source,
            funding_millions,
            funding_source,
            prd_only: !regions.contains("guangdong_other"),
            hk_factories,
            hk_workshops: p.area.workshops,
            area_source,
            applicant_test_assumption,
            applicant_test_source,
            priority_sectors,
            second_assessment,
            streams,
            technology_promotion,
            sources_as_of,
        };
        (self.problems.len() == before).then(|| {
            (
                phase,
                f.line(d.from.span().start),
                f.line(d.to.span().start),
            )
        })
    }

    /// A listed stream's terms: who, rate and ceiling are required.
    fn terms(&mut self, f: &File, row: &S<schema::StreamRow>) -> Option<Terms> {
        let s = row.get_ref();
        let mut need = |key: &str| {
            self.at(
                f,
                row.span(),
                format!("missing key \"{key}\": a listed stream states it (or set listed = false)"),
            );
        };
        let (Some(who), Some(rate), Some(ceiling)) = (&s.who, &s.rate, &s.ceiling) else {
            for (key, v) in [
                ("who", s.who.is_some()),
                ("rate", s.rate.is_some()),
                ("ceiling", s.ceiling.is_some()),
            ] {
                if !v {
                    need(key);
                }
            }
            return None;
        };
        let who = self.one_of(f, "applicant group", who, vocab::WHO);
        let rate = match rate.get_ref() {
            toml::Value::Integer(n) if (1..=100).contains(n) => Some(*n as u8),
            toml::Value::String(t) if t == "not_published" => None,
            toml::Value::Integer(n) => {
                self.at(
                    f,
                    rate.span(),
                    format!("a rate is a percentage above 0 and at most 100; found {n}"),
                );
                None
            }
            toml::Value::Float(x) if *x > 0.0 && *x <= 100.0 => {
                self.at(
                    f,
                    rate.span(),
                    format!("a rate is a whole percentage; found {x}"),
                );
                None
            }
            toml::Value::Float(x) => {
                self.at(
                    f,
                    rate.span(),
                    format!("a rate is a percentage above 0 and at most 100; found {x}"),
                );
                None
            }
            other => {
                self.at(
                    f,
                    rate.span(),
                    format!("a rate is a percentage (50) or \"not_published\"; found {other}"),
                );
                None
            }
        };
        let per = s
            .ceiling_per
            .as_ref()
            .map(|p| self.one_of(f, "ceiling_per", p, vocab::PER));
        let ceiling = match ceiling.get_ref() {
            toml::Value::Integer(n) if *n > 0 => Ceiling::Published {
                amount: *n as u64,
                per: per.clone().unwrap_or_else(|| "project".into()),
            },
            toml::Value::String(t) if t == "not_published" => Ceiling::NotPublished,
            toml::Value::String(t) if t == "none_stated" => Ceiling::NoneStated,
            toml::Value::Integer(n) => {
                self.at(
                    f,
                    ceiling.span(),
                    format!("a ceiling must be more than zero; found {n}"),
                );
                Ceiling::NotPublished
            }
            other => {
                self.at(
                    f,
                    ceiling.span(),
                    format!("a ceiling is an amount in whole HK$ (250000), \"not_published\" or \"none_stated\"; found {other}"),
                );
                Ceiling::NotPublished
            }
        };
        if let (Some(p), false) = (&s.ceiling_per, matches!(ceiling, Ceiling::Published { .. })) {
            self.at(
                f,
                p.span(),
                "ceiling_per belongs to a published ceiling: remove it".into(),
            );
        }
        let higher_ceiling = s.higher_ceiling.as_ref().map(|h| {
            let hc = h.get_ref();
            let origins: Vec<String> = hc
                .origins
                .get_ref()
                .iter()
                .map(|o| self.one_of(f, "origin", o, vocab::ORIGINS))
                .collect();
            let amount = *hc.ceiling.get_ref();
            match &ceiling {
                Ceiling::Published { amount: base, .. } if amount > *base as i64 => {}
                Ceiling::Published { amount: base, .. } => self.at(
                    f,
                    hc.ceiling.span(),
                    format!("the higher ceiling ({amount}) must be more than the stream's ceiling ({base})"),
                ),
                _ => self.at(f, h.span(), "a higher ceiling needs a published ceiling beside it".into()),
            }
            (origins, amount.max(0) as u64)
        });
        let months_to_complete = s
            .months_to_complete
            .as_ref()
            .map(|m| self.number(f, "months_to_complete", m, 1, 120) as u8);
        Some(Terms {
            who,
            rate,
            ceiling,
            higher_ceiling,
            months_to_complete,
        })
    }
}

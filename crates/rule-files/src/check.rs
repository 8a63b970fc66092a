//! Reading the rule files and refusing what is wrong, each refusal with the
//! file, the line and the way to fix it. Every check that can fail has a
//! test with its exact message (`tests/refusals.rs`).

use crate::schema::{self, S};
use crate::vocab;
use crate::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use toml::value::Datetime;

/// Reads and checks the rule files in `dir`, naming them `shown/...` in
/// messages (`rules/phases/2025-2027.toml`).
pub fn load(dir: &Path, shown: &str) -> Result<Rules, Vec<Problem>> {
    let mut cx = Cx::default();
    let read = |name: &str| -> Result<File, Problem> {
        let path = dir.join(name);
        let shown = format!("{shown}/{name}");
        std::fs::read_to_string(&path)
            .map(|text| File {
                name: shown.clone(),
                text,
            })
            .map_err(|e| Problem {
                file: shown,
                line: 0,
                message: format!("cannot be read ({e})"),
            })
    };
    let mut files = Vec::new();
    for name in ["sources.toml", "programme.toml", "recognition.toml"] {
        match read(name) {
            Ok(f) => files.push(f),
            Err(p) => cx.problems.push(p),
        }
    }
    let mut phase_files = Vec::new();
    match std::fs::read_dir(dir.join("phases")) {
        Err(e) => cx.problems.push(Problem {
            file: format!("{shown}/phases"),
            line: 0,
            message: format!("cannot be read ({e}): one file a phase goes there"),
        }),
        Ok(entries) => {
            let mut names: Vec<String> = entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            for name in names {
                if !name.ends_with(".toml") {
                    cx.problems.push(Problem {
                        file: format!("{shown}/phases/{name}"),
                        line: 0,
                        message: "is not a .toml file: only phases' files (<id>.toml) belong in this folder".into(),
                    });
                    continue;
                }
                match read(&format!("phases/{name}")) {
                    Ok(f) => phase_files.push(f),
                    Err(p) => cx.problems.push(p),
                }
            }
        }
    }
    if !cx.problems.is_empty() {
        return Err(cx.problems);
    }
    let [sources_file, programme_file, recognition_file] = <[File; 3]>::try_from(files)
        .unwrap_or_else(|_| unreachable!("three files read or a problem each"));

    let sources = cx.sources(&sources_file);
    let programme = cx
        .parse(&programme_file)
        .map(|p| cx.programme(&programme_file, p));
    let recognition = cx
        .parse(&recognition_file)
        .map(|r| cx.recognition(&recognition_file, r));
    let mut phases: Vec<(Phase, usize, usize)> = Vec::new();
    for f in &phase_files {
        if let Some(p) = cx.parse::<schema::PhaseFile>(f) {
            if let Some(phase) = cx.phase(f, p) {
                phases.push(phase);
            }
        }
    }
    if phase_files.is_empty() {
        cx.problems.push(Problem {
            file: format!("{shown}/phases"),
            line: 0,
            message: "holds no phase: one file a phase, named by its id (2025-2027.toml)".into(),
        });
    }
    // The phases in the order of their files' names: each after the one before.
    for i in 1..phases.len() {
        let (prev, (p, from_line, _)) = (&phases[i - 1].0, &phases[i]);
        let file = &phase_files
            .iter()
            .find(|f| f.stem() == p.id)
            .map_or(String::new(), |f| f.name.clone());
        if p.from < prev.from {
            cx.problems.push(Problem {
                file: file.clone(),
                line: *from_line,
                message: format!(
                    "out of date order: this phase starts on {}, before {} (from {}); the files are read in the order of their names, so a phase's id starts with its first year",
                    p.from, prev.id, prev.from
                ),
            });
        } else if p.from <= prev.to {
            cx.problems.push(Problem {
                file: file.clone(),
                line: *from_line,
                message: format!(
                    "overlaps the phase before: this phase starts on {}, but {} takes applications to {}; start it after {}",
                    p.from, prev.id, prev.to, prev.to
                ),
            });
        }
    }
    // A source that nothing cites is a mistake (a misspelt id elsewhere, or
    // one left behind): said at its line, once every file has been read
    // (a file refused earlier cites nothing).
    if let (Some(sources), true) = (&sources, cx.problems.is_empty()) {
        for (s, line) in sources {
            if !cx.cited.contains(&s.id) {
                cx.problems.push(Problem {
                    file: sources_file.name.clone(),
                    line: *line,
                    message: format!(
                        "source \"{}\" is cited by nothing: cite it beside the figure it backs, or remove it",
                        s.id
                    ),
                });
            }
        }
    }
    match (sources, programme, recognition) {
        (Some(sources), Some(Some(programme)), Some(Some(recognition)))
            if cx.problems.is_empty() =>
        {
            Ok(Rules {
                sources: sources.into_iter().map(|(s, _)| s).collect(),
                phases: phases.into_iter().map(|(p, _, _)| p).collect(),
                programme,
                recognition,
            })
        }
        _ => Err(cx.problems),
    }
}

pub(crate) struct File {
    pub(crate) name: String,
    pub(crate) text: String,
}

impl File {
    pub(crate) fn line(&self, at: usize) -> usize {
        self.text[..at.min(self.text.len())].matches('\n').count() + 1
    }
    /// The file's name without `.toml`.
    pub(crate) fn stem(&self) -> &str {
        let base = self.name.rsplit('/').next().unwrap_or(&self.name);
        base.strip_suffix(".toml").unwrap_or(base)
    }
}

#[derive(Default)]
pub(crate) struct Cx {
    pub(crate) problems: Vec<Problem>,
    /// The sources' ids, as `sources.toml` lists them.
    ids: Vec<String>,
    cited: BTreeSet<String>,
}

/// The closest of `known` to `word`, if it is close enough to be a slip.
fn closest<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (strsim::damerau_levenshtein(word, k), k))
        // At most a third of the letters differ, or the word is the start
        // of the name (a name cut short).
        .filter(|(d, k)| d * 3 <= k.len() || (word.len() >= 4 && k.starts_with(word)))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// "(did you mean "x"?)" or "(one of: a, b, c)".
fn hint(word: &str, known: &[&str]) -> String {
    match closest(word, known.iter().copied()) {
        Some(k) => format!("(did you mean \"{k}\"?)"),
        None => format!("(one of: {})", known.join(", ")),
    }
}

/// serde's words for a key, as an officer reads them.
fn toml_message(message: &str) -> String {
    let quoted: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    if message.starts_with("unknown field `") {
        let word = quoted.first().copied().unwrap_or("");
        let known = &quoted[1..];
        return if known.is_empty() {
            format!("unknown key \"{word}\": this table has no keys")
        } else {
            match closest(word, known.iter().copied()) {
                Some(k) => format!("unknown key \"{word}\" (did you mean \"{k}\"?)"),
                None => format!(
                    "unknown key \"{word}\" (the keys here are: {})",
                    known.join(", ")
                ),
            }
        };
    }
    if message.starts_with("missing field `") {
        let key = quoted.first().copied().unwrap_or("");
        return if key == "source" {
            "missing key \"source\": every figure names its source, an id from sources.toml".into()
        } else {
            format!("missing key \"{key}\"")
        };
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        return format!("wrong kind of value: {rest}");
    }
    message.trim_end().to_string()
}

impl Cx {
    pub(crate) fn at(&mut self, f: &File, span: std::ops::Range<usize>, message: String) {
        self.problems.push(Problem {
            file: f.name.clone(),
            line: f.line(span.start),
            message,
        });
    }

    fn parse<T: serde::de::DeserializeOwned>(&mut self, f: &File) -> Option<T> {
        match toml::from_str::<T>(&f.text) {
            Ok(t) => Some(t),
            Err(e) => {
                let line = e.span().map_or(0, |s| f.line(s.start));
                self.problems.push(Problem {
                    file: f.name.clone(),
                    line,
                    message: toml_message(e.message()),
                });
                None
            }
        }
    }

    /// A source named by its id: it must be in `sources.toml`.
    pub(crate) fn source(&mut self, f: &File, id: &S<String>) -> String {
        let name = id.get_ref();
        if self.ids.iter().any(|s| s == name) {
            self.cited.insert(name.clone());
        } else {
            let known: Vec<&str> = self.ids.iter().map(String::as_str).collect();
            let h = match closest(name, known.iter().copied()) {
                Some(k) => format!(" (did you mean \"{k}\"?)"),
                None => String::new(),
            };
            self.at(
                f,
                id.span(),
                format!("unknown source \"{name}\"{h}: a source is an id from sources.toml; add the source there first"),
            );
        }
        name.clone()
    }

    pub(crate) fn date(&mut self, f: &File, d: &S<Datetime>) -> Date {
        let v = d.get_ref();
        match (v.date, v.time, v.offset) {
            (Some(date), None, None) => Date {
                year: date.year,
                month: date.month,
                day: date.day,
            },
            _ => {
                self.at(
                    f,
                    d.span(),
                    format!("{v} is not a date alone: write it like 2027-04-01"),
                );
                Date {
                    year: 1,
                    month: 1,
                    day: 1,
                }
            }
        }
    }

    /// One of `known`, or a refusal naming `what`.
    pub(crate) fn one_of(&mut self, f: &File, what: &str, v: &S<String>, known: &[&str]) -> String {
        if !known.contains(&v.get_ref().as_str()) {
            let h = hint(v.get_ref(), known);
            self.at(
                f,
                v.span(),
                format!("unknown {what} \"{}\" {h}", v.get_ref()),
            );
        }
        v.get_ref().clone()
    }

    /// A whole number in `lo..=hi`.
    pub(crate) fn number(&mut self, f: &File, what: &str, v: &S<i64>, lo: i64, hi: i64) -> i64 {
        let n = *v.get_ref();
        if n < lo || n > hi {
            self.at(
                f,
                v.span(),
                format!("{what} must be from {lo} to {hi}; found {n}"),
            );
        }
        n.clamp(lo, hi)
    }

    /// An assumption's reason: a sentence, not an empty string.
    pub(crate) fn reason(&mut self, f: &File, r: &Option<S<String>>) -> Option<String> {
        let r = r.as_ref()?;
        if r.get_ref().trim().len() < 10 {
            self.at(
                f,
                r.span(),
                "an assumption needs its reason: a short sentence an officer can check against shared/domain/rules.md".into(),
            );
        }
        Some(r.get_ref().trim().to_string())
    }

    pub(crate) fn sources(&mut self, f: &File) -> Option<Vec<(Source, usize)>> {
        let file: schema::SourcesFile = self.parse(f)?;
        let mut out = Vec::new();
        for row in &file.source {
            let line = f.line(row.span().start);
            let s = row.get_ref();
            let id = s.id.get_ref().clone();
            if !id.starts_with(|c: char| c.is_ascii_lowercase())
                || !id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                self.at(f, s.id.span(), format!("source id \"{id}\": start with a lower-case letter, then use lower-case letters, digits and '-' only"));
            }
            if self.ids.contains(&id) {
                self.at(
                    f,
                    s.id.span(),
                    format!("source \"{id}\" is listed twice: keep one record a source"),
                );
            }
            self.ids.push(id.clone());
            let read = self.date(f, &s.read);
            let titles = self.by_language(f, &s.title, "title");
            for (lang, t) in s.title.get_ref() {
                let t = t.get_ref();
                if t.trim().is_empty() || t.contains(['{', '}', '\n']) {
                    let span = s.title.get_ref()[lang].span();
                    self.at(
                        f,
                        span,
                        format!("the {lang} title must be one line of text, without {{ or }}"),
                    );
                }
            }
            if titles.len() != vocab::LANGS.len() {
                let missing: Vec<&str> = vocab::LANGS
                    .iter()
                    .copied()
                    .filter(|l| !s.title.get_ref().contains_key(*l))
                    .collect();
                if !missing.is_empty() {
                    self.at(
                        f,
                        s.title.span(),
                        format!("source \"{id}\" has no title in {}: a source is titled in each of en, zh-Hant and zh-Hans", missing.join(", ")),
                    );
                }
            }
            let pages = match &s.url {
                None => Vec::new(),
                Some(urls) => {
                    let pages = self.by_language(f, urls, "address");
                    for (lang, u) in urls.get_ref() {
                        let u = u.clone();
                        let text = u.get_ref();
                        if !text.starts_with("https://") {
                            self.at(
                                f,
                                u.span(),
                                format!("the {lang} address must start with https://"),
                            );
                        } else if is_home_page(text) {
                            self.at(
                                f,
                                u.span(),
                                format!("{text} is a site's home page, which is never a source: give the page that says it, or no address at all (the source is then named, not linked)"),
                            );
                        }
                    }
                    pages
                }
            };
            out.push((
                Source {
                    id,
                    read,
                    titles,
                    pages,
                },
                line,
            ));
        }
        Some(out)
    }

    /// A table by language (`en`, `zh-Hant`, `zh-Hans`), in that order.
    fn by_language(
        &mut self,
        f: &File,
        t: &S<BTreeMap<String, S<String>>>,
        what: &str,
    ) -> Vec<(String, String)> {
        for (lang, v) in t.get_ref() {
            if !vocab::LANGS.contains(&lang.as_str()) {
                let h = hint(lang, vocab::LANGS);
                self.at(
                    f,
                    v.span(),
                    format!("unknown language \"{lang}\" for the {what} {h}"),
                );
            }
        }
        vocab::LANGS
            .iter()
            .filter_map(|l| {
                t.get_ref()
                    .get(*l)
                    .map(|v| (l.to_string(), v.get_ref().clone()))
            })
            .collect()
    }
}

/// An address whose path is empty or a site's index page.
fn is_home_page(url: &str) -> bool {
    let rest = url.trim_start_matches("https://");
    let path = rest.split_once('/').map_or("", |(_, p)| p);
    let path = path.split(['?', '#']).next().unwrap_or("");
    let last = path.rsplit('/').next().unwrap_or("");
    path.trim_matches('/').is_empty()
        || (path.matches('/').count() <= 1
            && last.split('.').next().is_some_and(|stem| {
                matches!(
                    stem,
                    "index" | "en_index" | "tc_index" | "sc_index" | "home" | "default"
                )
            }))
}

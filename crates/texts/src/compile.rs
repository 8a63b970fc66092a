//! The translation catalogues (`crates/texts/ftl/<lang>.ftl`, Fluent syntax)
//! checked and compiled into Rust at build time: `build.rs` includes this
//! file, so no Fluent parser reaches the wasm, and so does
//! `tests/catalogues.rs`, which plants errors to show the checks fail.
//!
//! What a catalogue may hold: messages whose values are text and
//! `{ $variable }` placeables (plus `{ "literal" }` and `{ -term }`
//! references to terms of plain text). The checks:
//! - every file parses;
//! - every message of the reference language (English) has a comment that
//!   names each of its placeholders (`$name`), for translators;
//! - every language has exactly the reference language's messages;
//! - a message's placeholders are the same in every language.
//!
//! Each message becomes a function of the language: no placeholder →
//! `fn id(l: Lang) -> String`; one → `fn id(l: Lang, name: &dyn Display)`;
//! more → a struct of named placeholders, so arguments cannot be swapped
//! unnoticed. The function fills the message in from the language's
//! run-time data ([`data`]: the texts in a fixed order, placeholders
//! numbered), which the native build has built in and the widget loads.

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// One language's catalogue.
pub struct Catalogue<'a> {
    /// The `Lang` variant it is for (`En`, `ZhHant`, `ZhHans`).
    pub lang: &'a str,
    /// Its path, for messages.
    pub file: &'a str,
    pub text: &'a str,
}

/// A piece of a message's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Var(String),
}

/// A message in one language.
#[derive(Clone, Debug)]
pub struct Message {
    pub pieces: Vec<Piece>,
    pub line: usize,
    pub comment: Option<String>,
}

impl Message {
    pub fn vars(&self) -> BTreeSet<String> {
        self.pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Var(v) => Some(v.clone()),
                Piece::Text(_) => None,
            })
            .collect()
    }

    /// The text with `{ $name }` where the placeholders go.
    pub fn text(&self) -> String {
        self.pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) => t.clone(),
                Piece::Var(v) => format!("{{ ${v} }}"),
            })
            .collect()
    }
}

/// Every message, in the reference language's order, with its text in
/// each language (in the order the catalogues were given).
pub struct Checked {
    pub langs: Vec<String>,
    pub messages: Vec<(String, Vec<Message>)>,
}

fn line_of(text: &str, pos: usize) -> usize {
    text[..pos.min(text.len())].matches('\n').count() + 1
}

/// The line of `id = ` in the file (the AST has no positions).
fn line_of_id(text: &str, id: &str) -> usize {
    let needle = format!("\n{id} =");
    match text.find(&needle) {
        Some(p) => line_of(text, p + 1),
        None if text.starts_with(&format!("{id} =")) => 1,
        None => 0,
    }
}

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "l",
];

fn pieces(
    file: &str,
    line: usize,
    id: &str,
    pattern: &ast::Pattern<&str>,
    terms: &BTreeMap<String, Vec<Piece>>,
    errors: &mut Vec<String>,
) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let text = |out: &mut Vec<Piece>, t: &str| match out.last_mut() {
        Some(Piece::Text(s)) => s.push_str(t),
        _ => out.push(Piece::Text(t.to_string())),
    };
    for e in &pattern.elements {
        match e {
            ast::PatternElement::TextElement { value } => text(&mut out, value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id: v }) => {
                    let name = v.name;
                    let ok = name
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                        && name.starts_with(|c: char| c.is_ascii_lowercase())
                        && !KEYWORDS.contains(&name);
                    if !ok {
                        errors.push(format!(
                            "{file}:{line}: message `{id}`: the placeholder ${name} must be written in lower case with underscores (e.g. $rule_set), and not be a Rust keyword"
                        ));
                    }
                    out.push(Piece::Var(name.to_string()));
                }
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                    text(&mut out, &unescape(value))
                }
                ast::Expression::Inline(ast::InlineExpression::TermReference {
                    id: t,
                    attribute: None,
                    arguments: None,
                }) => match terms.get(t.name) {
                    Some(p) => {
                        for piece in p {
                            match piece {
                                Piece::Text(s) => text(&mut out, s),
                                Piece::Var(v) => out.push(Piece::Var(v.clone())),
                            }
                        }
                    }
                    None => errors.push(format!(
                        "{file}:{line}: message `{id}`: the term -{} is not defined in this file",
                        t.name
                    )),
                },
                other => errors.push(format!(
                    "{file}:{line}: message `{id}`: {} is not supported here; use plain text and {{ $placeholders }} only",
                    describe(other)
                )),
            },
        }
    }
    out
}

fn describe(e: &ast::Expression<&str>) -> &'static str {
    match e {
        ast::Expression::Select { .. } => "a select expression",
        ast::Expression::Inline(i) => match i {
            ast::InlineExpression::NumberLiteral { .. } => "a number literal",
            ast::InlineExpression::FunctionReference { .. } => "a function call",
            ast::InlineExpression::MessageReference { .. } => "a reference to another message",
            ast::InlineExpression::TermReference { .. } => "a term with attributes or arguments",
            ast::InlineExpression::Placeable { .. } => "a nested placeable",
            _ => "this expression",
        },
    }
}

/// A Fluent string literal's escapes: `\"`, `\\`, `\uXXXX`, `\UXXXXXX`.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some('U') => {
                let hex: String = chars.by_ref().take(6).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// Parses one catalogue into its messages.
fn read(cat: &Catalogue<'_>, errors: &mut Vec<String>) -> Vec<(String, Message)> {
    let file = cat.file;
    let resource = match fluent_syntax::parser::parse(cat.text) {
        Ok(r) => r,
        Err((r, errs)) => {
            for e in errs {
                errors.push(format!(
                    "{file}:{}: not valid Fluent: {}",
                    line_of(cat.text, e.pos.start),
                    e.kind
                ));
            }
            r
        }
    };
    let mut terms = BTreeMap::new();
    for entry in &resource.body {
        if let ast::Entry::Term(t) = entry {
            let line = line_of_id(cat.text, &format!("-{}", t.id.name));
            let p = pieces(file, line, t.id.name, &t.value, &BTreeMap::new(), errors);
            terms.insert(t.id.name.to_string(), p);
        }
    }
    let mut out = Vec::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let id = m.id.name;
                let line = line_of_id(cat.text, id);
                if !m.attributes.is_empty() {
                    errors.push(format!(
                        "{file}:{line}: message `{id}`: attributes (.name = ...) are not supported"
                    ));
                }
                let Some(value) = &m.value else {
                    errors.push(format!("{file}:{line}: message `{id}` has no text"));
                    continue;
                };
                let p = pieces(file, line, id, value, &terms, errors);
                let comment = m.comment.as_ref().map(|c| c.content.join(" "));
                out.push((
                    id.to_string(),
                    Message {
                        pieces: p,
                        line,
                        comment,
                    },
                ));
            }
            ast::Entry::Junk { content } => {
                let pos = cat.text.find(content).unwrap_or(0);
                errors.push(format!(
                    "{file}:{}: not valid Fluent: {:?}",
                    line_of(cat.text, pos),
                    content.lines().next().unwrap_or("")
                ));
            }
            _ => {}
        }
    }
    out
}

fn fmt_set(s: &BTreeSet<String>) -> String {
    if s.is_empty() {
        return "none".into();
    }
    s.iter()
        .map(|v| format!("${v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads and checks the catalogues; the first is the reference language.
pub fn check(cats: &[Catalogue<'_>]) -> Result<Checked, Vec<String>> {
    let mut errors = Vec::new();
    let read: Vec<Vec<(String, Message)>> = cats.iter().map(|c| read(c, &mut errors)).collect();
    let reference = &cats[0];
    let mut messages = Vec::new();
    for (i, cat) in cats.iter().enumerate() {
        let mut seen = BTreeSet::new();
        for (id, m) in &read[i] {
            if !seen.insert(id.clone()) {
                errors.push(format!(
                    "{}:{}: message `{id}` is defined twice",
                    cat.file, m.line
                ));
            }
            if i > 0 && !read[0].iter().any(|(r, _)| r == id) {
                errors.push(format!(
                    "{}:{}: message `{id}` is not in {}: remove it, or add it there first",
                    cat.file, m.line, reference.file
                ));
            }
        }
    }
    for (id, m) in &read[0] {
        let vars = m.vars();
        match &m.comment {
            None => errors.push(format!(
                "{}:{}: message `{id}` has no comment: say where it is shown and what each placeholder holds",
                reference.file, m.line
            )),
            Some(c) => {
                for v in &vars {
                    if !c.contains(&format!("${v}")) {
                        errors.push(format!(
                            "{}:{}: message `{id}`: its comment does not say what ${v} holds",
                            reference.file, m.line
                        ));
                    }
                }
            }
        }
        let mut all = vec![m.clone()];
        for (i, cat) in cats.iter().enumerate().skip(1) {
            match read[i].iter().find(|(x, _)| x == id) {
                None => errors.push(format!(
                    "{}: message `{id}` is missing (it is at line {} of {})",
                    cat.file, m.line, reference.file
                )),
                Some((_, t)) => {
                    let tv = t.vars();
                    if tv != vars {
                        errors.push(format!(
                            "{}:{}: message `{id}` has the placeholders {}, but {} has {}: use the same ones",
                            cat.file,
                            t.line,
                            fmt_set(&tv),
                            reference.file,
                            fmt_set(&vars)
                        ));
                    }
                    all.push(t.clone());
                }
            }
        }
        messages.push((id.clone(), all));
    }
    if errors.is_empty() {
        Ok(Checked {
            langs: cats.iter().map(|c| c.lang.to_string()).collect(),
            messages,
        })
    } else {
        Err(errors)
    }
}

fn snake(id: &str) -> String {
    id.replace('-', "_")
}

fn camel(id: &str) -> String {
    id.split('-')
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// The start of a source's title's message: `source-<id>` (the rules
/// pages and the JSON name sources; the widget links to them).
pub const SOURCE_TITLE: &str = "source-";
/// The start of the title of a source without an address, which the
/// widget shows too: `named-source-<id>`.
pub const NAMED_SOURCE: &str = "named-source-";

/// Messages (a family by the start of their names, ending in `-`, or one
/// by its whole name) that only the command line and
/// the generated pages show: the JSON and CSV shells, the rules page. They
/// are compiled with the `built-in` texts only, so the widget cannot name
/// them, and left empty in the widget's texts files.
pub const NATIVE_ONLY: &[&str] = &[
    SOURCE_TITLE,
    "rules-page-",
    "stream-description-",
    "batch-",
    "input-error-expected-",
    "input-error-unknown-field",
    "input-error-unknown-field-suggestion",
    "input-error-json-",
    "input-error-csv-",
    "prerender-",
    // Shown only in the demo pages' <noscript> and by `cpfund`.
    "widget-needs-javascript",
    "widget-rates-title",
    "ui-case",
    // A CSV row's place in an error.
    "at-line",
    // The rules pages' and the <noscript> table's words.
    "date-range",
    "phase-name",
    "ceiling-per-project",
    "ceiling-per-factory",
    "second-assessment-rule",
    "origin-ceiling-note",
    "resident-majority-rule",
    "recognition-scheme-name",
    "years-from",
    "reported-to",
];

pub fn native_only(id: &str) -> bool {
    // An entry ending in `-` names a family of messages; any other, one.
    NATIVE_ONLY.iter().any(|p| {
        if p.ends_with('-') {
            id.starts_with(p)
        } else {
            id == *p
        }
    })
}

/// Separates messages in a catalogue's run-time data.
pub const RECORD: char = '\u{1e}';
/// Marks a placeholder in the run-time data; the next character is its
/// number (`0`–`9`) in the message's placeholders, sorted by name.
pub const PLACEHOLDER: char = '\u{1f}';

/// A checked catalogue's structure: every message's name and placeholders.
/// The run-time data carries it, so a texts file from another build of the
/// widget is refused rather than misread (FNV-1a, 64 bits, in hex).
pub fn fingerprint(c: &Checked) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (id, msgs) in &c.messages {
        let vars: Vec<String> = msgs[0].vars().into_iter().collect();
        for b in format!("{id}:{};", vars.join(",")).bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// One language's run-time data (the `i`th catalogue given): a header line
/// (`cpfe-texts`, the fingerprint, the language) and then each message in
/// the reference language's order, separated by [`RECORD`], with
/// [`PLACEHOLDER`] and a digit where a placeholder goes. For the widget,
/// the [`NATIVE_ONLY`] messages are left empty.
pub fn data(c: &Checked, i: usize, tag: &str, widget: bool) -> Result<String, Vec<String>> {
    let mut out = format!("cpfe-texts {} {tag}\n", fingerprint(c));
    let mut errors = Vec::new();
    for (n, (id, msgs)) in c.messages.iter().enumerate() {
        let vars: Vec<String> = msgs[0].vars().into_iter().collect();
        if vars.len() > 10 {
            errors.push(format!(
                "message `{id}` has {} placeholders; at most 10 are supported",
                vars.len()
            ));
        }
        if n > 0 {
            out.push(RECORD);
        }
        if widget && native_only(id) {
            continue;
        }
        for p in &msgs[i].pieces {
            match p {
                Piece::Text(t) => {
                    if t.contains([RECORD, PLACEHOLDER]) {
                        errors.push(format!(
                            "message `{id}` ({}) contains the control character U+001E or U+001F; remove it",
                            c.langs[i]
                        ));
                    }
                    out.push_str(t);
                }
                Piece::Var(v) => {
                    out.push(PLACEHOLDER);
                    let k = vars.iter().position(|x| x == v).unwrap_or(0);
                    out.push(char::from(b'0' + k as u8));
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// The Rust code of the checked catalogues: one function per message,
/// which fills in the message's text from the catalogue loaded for the
/// language (`catalogue::fill`), and the structure's fingerprint.
pub fn generate(c: &Checked) -> String {
    let mut out = format!(
        "// Generated by crates/texts/build.rs from ftl/*.ftl (see src/compile.rs): do not edit.\n\
         use core::fmt::Display;\n\
         use super::catalogue::fill;\n\n\
         /// The catalogues' structure (names and placeholders of every message).\n\
         pub const FINGERPRINT: &str = \"{}\";\n\
         /// How many messages a catalogue has.\n\
         pub const COUNT: usize = {};\n\n",
        fingerprint(c),
        c.messages.len()
    );
    for (n, (id, msgs)) in c.messages.iter().enumerate() {
        let f = snake(id);
        let vars: Vec<String> = msgs[0].vars().into_iter().collect();
        let only = if native_only(id) {
            "#[cfg(feature = \"built-in\")]\n"
        } else {
            ""
        };
        out += &format!("/// `{id}`: {}\n{only}", msgs[0].text().replace('\n', " "));
        match vars.len() {
            0 => {
                out += &format!(
                    "pub fn {f}(l: super::Lang) -> String {{\n    fill(l, {n}, &[])\n}}\n\n"
                );
            }
            1 => {
                out += &format!(
                    "pub fn {f}(l: super::Lang, {v}: &dyn Display) -> String {{\n    fill(l, {n}, &[{v}])\n}}\n\n",
                    v = vars[0],
                );
            }
            _ => {
                let s = camel(id);
                let fields: String = vars
                    .iter()
                    .map(|v| format!("    pub {v}: &'a dyn Display,\n"))
                    .collect();
                out += &format!(
                    "pub struct {s}<'a> {{\n{fields}}}\n\n{only}pub fn {f}(l: super::Lang, a: {s}<'_>) -> String {{\n    let {s} {{ {v} }} = a;\n    fill(l, {n}, &[{v}])\n}}\n\n",
                    v = vars.join(", "),
                );
            }
        }
    }
    // The sources' titles, found by the source's id (`source-<id>`).
    out += "/// A source's title by its id (the message `source-<id>`).\n#[cfg(feature = \"built-in\")]\npub fn source_title(l: super::Lang, id: &str) -> Option<String> {\n    let n = match id {\n";
    for (n, (id, msgs)) in c.messages.iter().enumerate() {
        if let Some(source) = id.strip_prefix(SOURCE_TITLE) {
            if msgs[0].vars().is_empty() {
                out += &format!("        {source:?} => {n},\n");
            }
        }
    }
    out += "        _ => return None,\n    };\n    Some(fill(l, n, &[]))\n}\n";
    // The titles of the sources without an address, which the widget
    // names where it would link (`named-source-<id>`).
    out += "/// The title of a source without an address (`named-source-<id>`).\npub fn named_source(l: super::Lang, id: &str) -> Option<String> {\n    let n = match id {\n";
    for (n, (id, _)) in c.messages.iter().enumerate() {
        if let Some(source) = id.strip_prefix(NAMED_SOURCE) {
            out += &format!("        {source:?} => {n},\n");
        }
    }
    out += "        _ => return None,\n    };\n    Some(fill(l, n, &[]))\n}\n";
    out
}

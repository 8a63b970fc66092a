//! The contract's JSON formats (`shared/contract.md`): a case in, a result
//! or an input error out. Native only (the widget does not ship serde_json).

use crate::{Expected, ReadError, SyntaxProblem};
use cp_engine::money::{to_contract_string, Money};
use cp_engine::rules::input::suggest_field;
use cp_engine::rules::*;
use cp_texts::{self as i18n, rules_page, Lang};
use serde::Serialize;
use serde_json::{json, Value};

/// Reads a case from JSON text. Syntax errors carry line and column.
pub fn case_from_str(text: &str) -> Result<Case, ReadError> {
    let v: Value = serde_json::from_str(text).map_err(syntax_error)?;
    case_from_value(&v)
}

/// A JSON syntax error as a read error.
pub fn syntax_error(e: serde_json::Error) -> ReadError {
    ReadError::Syntax {
        line: e.line(),
        column: e.column(),
        problem: match e.classify() {
            serde_json::error::Category::Eof => SyntaxProblem::JsonEnds,
            serde_json::error::Category::Syntax => SyntaxProblem::JsonMalformed,
            serde_json::error::Category::Data | serde_json::error::Category::Io => {
                SyntaxProblem::JsonUnexpected
            }
        },
    }
}

/// Reads a case from a JSON value: unknown fields and values are errors
/// that name the field, `null` counts as absent.
pub fn case_from_value(v: &Value) -> Result<Case, ReadError> {
    let Value::Object(top) = v else {
        return Err(ReadError::WrongType {
            field: String::new(),
            expected: Expected::CaseObject,
        });
    };
    let mut b = CaseBuilder::new();
    for (key, value) in top {
        match key.as_str() {
            "date" => set(&mut b, Field::Date, value)?,
            "applicant" | "project" | "history" => match value {
                Value::Null => {}
                Value::Object(inner) => {
                    for (k, val) in inner {
                        let path = format!("{key}.{k}");
                        let Some(field) = Field::from_path(&path) else {
                            return Err(ReadError::UnknownField {
                                field: path,
                                suggestion: suggest_field(k),
                            });
                        };
                        set(&mut b, field, val)?;
                    }
                }
                _ => {
                    return Err(ReadError::WrongType {
                        field: key.clone(),
                        expected: Expected::Object,
                    })
                }
            },
            other => {
                return Err(ReadError::UnknownField {
                    field: other.chars().take(80).collect::<String>(),
                    suggestion: suggest_field(other),
                })
            }
        }
    }
    Ok(b.build()?)
}

/// Sets one field from its JSON value: a text as the engine reads text, a
/// boolean for a yes/no answer, a number (maybe with an exponent) for a
/// percentage or the cost; `null` is no answer; anything else is a value
/// of the wrong type for the field.
fn set(b: &mut CaseBuilder, field: Field, v: &Value) -> Result<(), ReadError> {
    let answer = field.answer();
    let wrong = || ReadError::WrongType {
        field: field.path().to_string(),
        expected: match answer {
            Answer::Choice => Expected::Text,
            Answer::YesNo => Expected::TrueOrFalse,
            Answer::Date => Expected::Date,
            // A percentage takes any value below (a boolean is out of range).
            Answer::Amount | Answer::Percent => Expected::Amount,
        },
    };
    match v {
        Value::Null => Ok(()),
        Value::String(s) => Ok(b.set(field, s)?),
        Value::Array(_) | Value::Object(_) => Err(ReadError::WrongType {
            field: field.path().to_string(),
            expected: Expected::SingleValue,
        }),
        Value::Bool(yes) => match answer {
            Answer::YesNo => Ok(b.set(field, if *yes { "true" } else { "false" })?),
            Answer::Percent => Err(ReadError::input(field.path(), InputErrorKind::Percent)),
            _ => Err(wrong()),
        },
        Value::Number(n) => match answer {
            Answer::Percent | Answer::Amount => Ok(b.set_scientific(field, n.as_str())?),
            _ => Err(wrong()),
        },
    }
}

/// A money amount as the contract writes it (`"12345.60"`), or `null`.
fn money(d: Option<Money>) -> Option<String> {
    d.map(to_contract_string)
}

/// The contract's result object (`shared/contract.md`, "Result"), with the
/// project's extra fields. Field order is the output's order.
#[derive(Serialize)]
struct ResultOut<'a> {
    rule_set: Option<RuleSetOut>,
    project: StreamOut,
    streams: Vec<StreamOut>,
    notices: Vec<NoticeOut>,
    information: Vec<InfoOut>,
    technology_promotion: Option<TechnologyPromotionOut>,
    estimate_only: bool,
    date: String,
    lang: &'a str,
}

#[derive(Serialize)]
struct RuleSetOut {
    id: &'static str,
    from: String,
    to: String,
    from_assumed: bool,
    to_assumed: bool,
    provisional: bool,
    name: String,
}

#[derive(Serialize)]
struct StreamOut {
    stream: Option<&'static str>,
    label: Option<String>,
    verdict: &'static str,
    headline: String,
    sponsorship: Option<String>,
    applicant_pays: Option<String>,
    ceiling_applied: Option<bool>,
    rate: Option<String>,
    ceiling: Option<String>,
    ceiling_reached_at: Option<String>,
    explanation: Option<String>,
    reasons: Vec<ReasonOut>,
    missing: Vec<&'static str>,
}

#[derive(Serialize)]
struct ReasonOut {
    code: &'static str,
    met: bool,
    kind: &'static str,
    text: String,
    source: Option<&'static str>,
    source_title: Option<String>,
    assumption: bool,
}

#[derive(Serialize)]
struct NoticeOut {
    code: &'static str,
    text: String,
}

#[derive(Serialize)]
struct InfoOut {
    code: &'static str,
    text: String,
    url: &'static str,
    source: Option<&'static str>,
}

#[derive(Serialize)]
struct TechnologyPromotionOut {
    label: String,
    answer: String,
    text: String,
    url: &'static str,
    source: Option<&'static str>,
}

/// `{ "error": { "code", "field", "message" } }`.
#[derive(Serialize)]
struct ErrorOut<'a> {
    error: ErrorBody<'a>,
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    code: &'static str,
    field: &'a str,
    message: String,
}

fn reason_out(r: &Reason, l: Lang) -> ReasonOut {
    ReasonOut {
        code: r.code(),
        met: r.met,
        kind: r.kind.as_str(),
        text: i18n::reason(r, l),
        source: r.source.and_then(url),
        source_title: r.source.map(|s| i18n::source_title(s, l)),
        assumption: r.assumption,
    }
}

fn stream_out(r: &StreamResult, l: Lang) -> StreamOut {
    let a = r.amounts;
    StreamOut {
        stream: r.stream.map(Stream::as_str),
        label: r.stream.map(|s| i18n::stream_label(s, l)),
        verdict: r.verdict.as_str(),
        headline: i18n::headline(r, l),
        sponsorship: money(a.and_then(|a| a.sponsorship)),
        applicant_pays: money(a.and_then(|a| a.applicant_pays)),
        ceiling_applied: a.and_then(|a| a.ceiling_applied),
        rate: a.and_then(|a| a.rate).map(Rate::fraction),
        ceiling: money(a.and_then(|a| a.ceiling)),
        ceiling_reached_at: money(a.and_then(|a| a.ceiling_reached_at)),
        explanation: a.and_then(|a| i18n::ceiling_sentence(&a, l)),
        reasons: r.reasons.iter().map(|x| reason_out(x, l)).collect(),
        missing: r.missing.iter().map(|f| f.path()).collect(),
    }
}

fn to_value(out: impl Serialize) -> Value {
    // Serialising these types cannot fail: every key is a string, every
    // number finite.
    serde_json::to_value(out).unwrap_or(Value::Null)
}

/// One stream's result, in the contract's shape plus a few extra fields.
pub fn stream_json(r: &StreamResult, l: Lang) -> Value {
    to_value(stream_out(r, l))
}

/// The result of a case (`shared/contract.md`, "Result").
pub fn evaluation_json(e: &Evaluation, l: Lang) -> Value {
    to_value(ResultOut {
        rule_set: e.rule_set.map(|rs| RuleSetOut {
            id: rs.id,
            from: rs.from.to_string(),
            to: rs.to.to_string(),
            from_assumed: rs.from_assumed,
            to_assumed: rs.to_assumed,
            provisional: e.provisional,
            name: i18n::phase_line(rs.id, rs.from, rs.to, e.provisional, l),
        }),
        project: stream_out(&e.project, l),
        streams: e.streams.iter().map(|s| stream_out(s, l)).collect(),
        notices: e
            .notices
            .iter()
            .map(|n| NoticeOut {
                code: n.code(),
                text: i18n::notice_text(n, l),
            })
            .collect(),
        information: e
            .information
            .iter()
            .map(|i| InfoOut {
                code: i.code(),
                text: i18n::info_text(*i, l),
                url: i.url(),
                source: url(i.source()),
            })
            .collect(),
        technology_promotion: e.technology_promotion.map(|t| TechnologyPromotionOut {
            label: i18n::technology_promotion_label(l),
            answer: i18n::technology_promotion_short(l),
            text: i18n::technology_promotion_text(l),
            url: t.events_url,
            source: url(t.source),
        }),
        estimate_only: e.estimate,
        date: e.date.to_string(),
        lang: l.tag(),
    })
}

/// `{ "error": { "code", "field", "message" } }`.
pub fn error_json(e: &ReadError, l: Lang) -> Value {
    to_value(ErrorOut {
        error: ErrorBody {
            code: e.code(),
            field: e.field(),
            message: e.text(l),
        },
    })
}

/// Evaluates one case given as JSON.
pub fn evaluate_value(v: &Value, ctx: &Context) -> Result<Evaluation, ReadError> {
    Ok(evaluate(&case_from_value(v)?, ctx)?)
}

/// Evaluates one case given as JSON: the result, or the error object.
/// The flag is true for an input error.
pub fn check_value(v: &Value, ctx: &Context, l: Lang) -> (Value, bool) {
    match evaluate_value(v, ctx) {
        Ok(e) => (evaluation_json(&e, l), false),
        Err(e) => (error_json(&e, l), true),
    }
}

/// The rule sets, for `cpfund rules --json`.
pub fn rules_json(l: Lang) -> Value {
    let sets: Vec<Value> = PROGRAMME
        .rule_sets
        .iter()
        .enumerate()
        .map(|(i, rs)| {
            // What changed from the phase before (the rules pages' table).
            let changes: Vec<Value> = i
                .checked_sub(1)
                .map(|i| &PROGRAMME.rule_sets[i])
                .map(|before| {
                    cp_engine::rules::changes::changes(before, rs)
                        .into_iter()
                        .map(|c| {
                            let (was, now) = c.sources(before, rs);
                            json!({
                                "what": c.code(),
                                "stream": c.stream().map(|s| s.as_str()),
                                "label": rules_page::change_what(c, l),
                                "before": rules_page::change_value(c, before, l),
                                "after": rules_page::change_value(c, rs, l),
                                "sources": {
                                    "before": was.map(|s| s.id),
                                    "after": now.map(|s| s.id),
                                },
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            let streams: Vec<Value> = rs
                .streams
                .iter()
                .map(|e| match &e.offer {
                    model::Offer::Offered(t) => {
                        let (ceiling, per) = match t.ceiling {
                            Ceiling::Published { amount, per } => (
                                Value::String(to_contract_string(amount.amount())),
                                Value::String(match per {
                                    Per::Project => "project".into(),
                                    Per::Factory => "factory".into(),
                                }),
                            ),
                            Ceiling::NotPublished => (Value::String("not_published".into()), Value::Null),
                            Ceiling::NoneStated => (Value::String("none_stated".into()), Value::Null),
                        };
                        json!({
                            "stream": e.stream.as_str(),
                            "label": i18n::stream_label(e.stream, l),
                            "offered": true,
                            "who": match t.who { Who::Factories => "factories", Who::FactoriesAndWorkshops => "factories_and_workshops", Who::Associations => "associations" },
                            "rate": t.rate.map_or(Value::String("not_published".into()), |r| Value::String(r.fraction())),
                            "ceiling": ceiling,
                            "ceiling_per": per,
                            "ceiling_by_technology_origin": t.origin_ceiling.map(|oc| json!({
                                "origins": oc.origins.iter().map(|o| o.as_str()).collect::<Vec<_>>(),
                                "ceiling": to_contract_string(oc.amount.amount()),
                            })),
                            "months_to_complete": t.months_to_complete,
                            "source": url(t.source),
                        })
                    }
                    model::Offer::NotListed { source } => json!({
                        "stream": e.stream.as_str(),
                        "label": i18n::stream_label(e.stream, l),
                        "offered": "not_listed",
                        "source": url(source),
                    }),
                })
                .collect();
            json!({
                "id": rs.id,
                "from": rs.from.to_string(),
                "to": rs.to.to_string(),
                "from_assumed": rs.from_assumed,
                "to_assumed": rs.to_assumed,
                "funding_hkd_millions": rs.funding_millions,
                "guangdong": match rs.area.guangdong { model::GuangdongArea::PearlRiverDelta => "pearl_river_delta", model::GuangdongArea::All => "all" },
                "hong_kong_factories": rs.area.hk_factories,
                "hong_kong_workshops": rs.area.hk_workshops,
                "applicant_test_assumed": rs.applicant_test_assumed,
                "priority_sectors": rs.priority_sectors.as_ref().map(|p| p.sectors.iter().map(|s| s.as_str()).collect::<Vec<_>>()),
                "second_assessment_years": rs.second_assessment.as_ref().map(|s| s.years),
                "sources_as_of": rs.sources_as_of.map(|d| d.to_string()),
                "streams": streams,
                "changes": changes,
            })
        })
        .collect();
    json!({
        "rule_sets": sets,
        "sources": data::SOURCES.iter().map(|s| json!({"id": s.id, "title": i18n::source_title(s, l), "url": url(s), "pages": s.pages.iter().map(|p| json!({"url": p.url, "lang": i18n::lang_of(p.written).tag()})).collect::<Vec<_>>()})).collect::<Vec<_>>(),
        "contacts": {
            "hotline": PROGRAMME.contacts.hotline,
            "email": PROGRAMME.contacts.email,
            "website": PROGRAMME.contacts.website,
            "guide": PROGRAMME.contacts.guide_url,
        },
    })
}

/// The address a source's figures cite; `None` for a source named, not
/// linked (its `source_title` still names it).
fn url(s: &cp_engine::rules::Source) -> Option<&'static str> {
    s.cited().map(|p| p.url)
}

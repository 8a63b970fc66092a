//! Which questions a case needs: the one answer to it, for the widget's
//! form, the `missing` list of every shell and the tests.
//!
//! The evaluation records, for each stream, every answer it reads
//! ([`Fields`](super::fields::Fields), kept in [`StreamResult::asked`]). A question is asked when
//! the asked stream reads its answer, or, for the applicant's questions
//! and the cost, when any stream of the phase does; so an answer to a
//! question that is not asked cannot change the result (`tests/questions.rs`
//! holds it). [`questions`] turns that into the form's questions, in the form's
//! order ([`ORDER`]), each with the choices that fit the answers given.

use super::case::*;
use super::engine::{all_refused, applicant_questions, routes_for, run_unchecked};
use super::model::{RuleSet, Terms};
use super::result::*;

/// The answers a question offers, where they depend on the answers given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choices {
    /// Every value of the field (or free text).
    All,
    /// The ties that fit the factory's region in the phase (all of them
    /// while the region is unanswered), "none of these" last.
    Routes(Vec<Route>),
    /// The streams the phase offers, and after them a stream chosen that
    /// it does not (a date changed after the choice): shown with its
    /// verdict, so the person sees why and can choose again.
    Streams(Vec<StreamChoice>),
}

/// A stream the form offers, with its terms in the phase: `None` where the
/// phase does not offer it (a choice made under another date, or no phase
/// on the date). The form says "Not offered" from this, not from a rule
/// set of its own.
#[derive(Clone, Copy, Debug, Eq)]
pub struct StreamChoice {
    pub stream: Stream,
    pub terms: Option<&'static Terms>,
}

/// The same stream with the same terms: the same entry of the same phase's
/// table (compared by address: the terms are static, and comparing them
/// field by field would cost the widget's download for nothing).
impl PartialEq for StreamChoice {
    fn eq(&self, other: &Self) -> bool {
        self.stream == other.stream
            && match (self.terms, other.terms) {
                (Some(a), Some(b)) => std::ptr::eq(a, b),
                (None, None) => true,
                _ => false,
            }
    }
}

/// One question the case needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub field: Field,
    pub choices: Choices,
    /// Unanswered, and needed for a verdict: what `missing` lists.
    pub needed: bool,
}

impl Question {
    /// The answers a choice question offers, as the contract names them,
    /// in the order to show them (none for a yes/no or typed answer).
    pub fn values(&self) -> Vec<&'static str> {
        match &self.choices {
            Choices::All => self.field.values().to_vec(),
            Choices::Routes(r) => r.iter().map(|r| r.as_str()).collect(),
            Choices::Streams(s) => s.iter().map(|c| c.stream.as_str()).collect(),
        }
    }
}

/// The questions to ask for `case`, in the form's order (the date aside:
/// the case has one): the applicant's (those any stream of the phase
/// asks), the stream, the cost, and the asked stream's own (the
/// technology's origin, an earlier assessment). When the answers already
/// refuse every stream, only the applicant's. An answer the case gives
/// that is not asked here, or that is not among a question's choices,
/// cannot change the result (`tests/questions.rs`).
///
/// Reads a case that `evaluate` may refuse (an answer that contradicts
/// another), so a form can ask its questions while the person corrects it.
pub fn questions(case: &Case) -> Vec<Question> {
    questions_for(case, &run_unchecked(case))
}

/// [`questions`], from the case's evaluation.
pub fn questions_for(case: &Case, e: &Evaluation) -> Vec<Question> {
    let Some(rs) = e.rule_set else {
        // No phase on that date: nothing to ask but another date. A stream
        // chosen stays a visible answer (the result names it).
        return case
            .project
            .stream
            .map(|s| Question {
                field: Field::Stream,
                choices: Choices::Streams(vec![StreamChoice {
                    stream: s,
                    terms: None,
                }]),
                needed: false,
            })
            .into_iter()
            .collect();
    };
    let p = &e.project;
    // The applicant's questions, whichever stream is asked: they decide
    // whether any stream is open. When every stream refuses the applicant,
    // those alone (the stream is not asked, even if one was chosen); else
    // with the stream and the asked stream's own.
    let applicant = applicant_questions(&e.streams).0;
    let asked = if all_refused(&e.streams) {
        applicant
    } else {
        // The cost too, whichever stream: every stream's row reads it.
        let mut a = p.asked.union(applicant);
        a.insert(Field::Stream);
        a.insert(Field::Cost);
        a
    };
    asked
        .iter()
        .map(|field| Question {
            field,
            choices: choices(rs, case, field),
            needed: p.missing.contains(&field),
        })
        .collect()
}

fn choices(rs: &'static RuleSet, case: &Case, field: Field) -> Choices {
    match field {
        Field::Route => Choices::Routes(match case.applicant.factory_region {
            Some(region) => routes_for(rs, region),
            None => Route::ALL.to_vec(),
        }),
        Field::Stream => Choices::Streams(
            rs.offered()
                .map(|(stream, t)| StreamChoice {
                    stream,
                    terms: Some(t),
                })
                .chain(
                    case.project
                        .stream
                        .filter(|c| rs.offered().all(|(x, _)| x != *c))
                        .map(|stream| StreamChoice {
                            stream,
                            terms: None,
                        }),
                )
                .collect(),
        ),
        _ => Choices::All,
    }
}

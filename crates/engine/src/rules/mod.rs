//! The rules engine: a case goes in, an explained result comes out.
//!
//! - `data`: the programme's figures, by phase, with sources (the only place
//!   they live);
//! - `model`: the shape of that data;
//! - `case`, `result`: the contract's input and output, as types;
//! - `engine`: eligibility and sponsorship (`conditions`: what a stream
//!   checks of the applicant and of an earlier assessment);
//! - `fields`: sets of fields in the form's order (what a stream reads, what
//!   a case still needs);
//! - `questions`: which answers a case needs, in the form's order;
//! - `changes`: what changed from one phase to the next, from the data;
//! - `invariants`: what every evaluation must satisfy (checked by tests and fuzzing).
//!
//! Nothing here touches a browser, a terminal, a file or the clock.

pub mod case;
pub mod changes;
mod conditions;
pub mod data;
pub mod engine;
pub mod fields;
pub mod input;
pub mod invariants;
pub mod model;
pub mod questions;
pub mod result;

pub use case::*;
pub use data::PROGRAMME;
pub use engine::{
    applicable, estimate, evaluate, evaluate_project, routes_for, rule_set_for, split, Context,
};
pub use fields::{Fields, ORDER};
pub use input::CaseBuilder;
pub use model::{Applicable, Ceiling, OutsideSectors, Per, Rate, RuleSet, Source, Terms, Who};
pub use questions::{questions, questions_for, Choices, Question, StreamChoice};
pub use result::*;

//! THE PROGRAMME'S FIGURES, as the engine holds them: static tables written
//! at build time from the rule files in `rules/` at the repository's root
//! (`phases/<id>.toml`, `sources.toml`, `recognition.toml`,
//! `programme.toml`), each figure beside its source. Nothing here is
//! written by hand, and no figure of the programme is in any `.rs` file.
//!
//! To update for a new phase: add its file to `rules/phases/`, run
//! `make rules-docs` and `make test` (README.md, "Updating the rules").

use super::case::{Sector, Stream, TechnologyOrigin};
use super::model::*;
use crate::date::Date;

include!(concat!(env!("OUT_DIR"), "/rules_data.rs"));

/// A source by its id.
pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().copied().find(|s| s.id == id)
}

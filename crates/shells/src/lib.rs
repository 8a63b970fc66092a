//! The JSON and CSV shells around the engine (`shared/contract.md`): a case
//! read from JSON (`json`) or from a CSV row (`batch`), a result written as
//! the contract's JSON or as a CSV row. The errors only these formats can
//! have (a JSON value of the wrong type, an unknown field name, text that
//! is not JSON or a CSV row) live here, in [`ReadError`], beside the
//! engine's [`InputError`] that it wraps; their texts are the texts crate's
//! generated messages. `encoding` turns a CSV file in the encodings
//! officers' files come in (Big5, GB18030) into the UTF-8 the batch reads.
//! `cpfund` (crates/cli) and the tests read cases through here; the widget
//! does not.

pub mod batch;
pub mod encoding;
mod error;
pub mod json;

pub use error::{Expected, ReadError, SyntaxProblem};

//! The CP Funding Estimator's rules engine: a case goes in, an explained
//! result comes out. The programme's figures (`rules::data`), the case and
//! result types, the evaluation, exact money and dates. It depends on no
//! other crate of the project and on nothing of texts, browsers, serde or
//! I/O: those live above it (`cp-texts`, the widget, `cpfund`), and Cargo
//! refuses an import upwards because the dependency does not exist.

pub mod date;
pub mod money;
pub mod rules;

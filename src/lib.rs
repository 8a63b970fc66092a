//! CP Funding Estimator: what Hong Kong's Cleaner Production Partnership
//! Programme would pay towards a factory's project, and whether it may apply.
//!
//! The crate is one engine with thin shells around it: the rules engine
//! ([`rules`]) is pure; [`json`] speaks the contract's formats for the
//! `cpfund` command line. See ARCHITECTURE.md.

pub mod date;
pub mod i18n;
pub mod money;
pub mod rules;
pub mod rules_page;
pub mod summary;
pub mod widget;

#[cfg(feature = "web")]
pub mod embed;

#[cfg(feature = "json")]
pub mod json;

#[cfg(feature = "cli")]
pub mod batch;

#[cfg(all(feature = "ssr", not(target_arch = "wasm32")))]
pub mod site;

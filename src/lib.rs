//! CP Funding Estimator: what Hong Kong's Cleaner Production Partnership
//! Programme would pay towards a factory's project, and whether it may apply.
//!
//! This package is the widget (and, behind features, the `cpfund` shells);
//! it stands on two crates of the workspace, re-exported here under the
//! names the shells use: the rules engine (`cp-engine`: [`rules`],
//! [`money`], [`date`]) and the texts (`cp-texts`: [`i18n`], [`summary`],
//! [`rules_page`]). See ARCHITECTURE.md.

pub use cp_engine::{date, money, rules};
pub use cp_texts as i18n;
/// The rules page (native: its texts are not in the widget's).
#[cfg(feature = "json")]
pub use cp_texts::rules_page;
pub use cp_texts::summary;

pub mod widget;

#[cfg(feature = "web")]
pub mod embed;

#[cfg(feature = "json")]
pub mod json;

#[cfg(feature = "cli")]
pub mod batch;

#[cfg(all(feature = "ssr", not(target_arch = "wasm32")))]
pub mod site;

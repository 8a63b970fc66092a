//! CP Funding Estimator: what Hong Kong's Cleaner Production Partnership
//! Programme would pay towards a factory's project, and whether it may apply.
//!
//! This package is the widget; it stands on two crates of the workspace,
//! re-exported here: the rules engine (`cp-engine`: [`rules`], [`money`],
//! [`date`]) and the texts (`cp-texts`: [`i18n`], [`summary`]). The JSON
//! and CSV shells (crates/shells) and `cpfund` (crates/cli) are packages
//! of their own. See ARCHITECTURE.md.

pub use cp_engine::{date, money, rules};
pub use cp_texts as i18n;
pub use cp_texts::summary;

pub mod widget;

#[cfg(feature = "web")]
pub mod embed;

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

/// The wasm's allocator: talc, about 1.5 KB smaller in the download than
/// the standard library's dlmalloc (BENCHMARKS.md, "Issue 18 parts 1, 3
/// and 4"). The widget is single-threaded (no `atomics`).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

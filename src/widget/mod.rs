//! The embeddable widget. `state` and `share` are pure Rust and tested
//! natively; `view` (Yew components) and `crate::embed` (the page-facing
//! API) exist only in the `web` build.

pub mod share;
pub mod state;

#[cfg(feature = "web")]
pub mod view;

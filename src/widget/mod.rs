//! The embeddable widget. `fields`, `share`, `state` and `screen` (what
//! the view shows, decided) are pure Rust and tested natively; `view` (Yew components) and `crate::embed` (the page-facing
//! API) exist only in the `web` build.

pub mod fields;
pub mod screen;
pub mod share;
pub mod state;

#[cfg(any(feature = "web", feature = "ssr"))]
pub mod view;

#[cfg(all(feature = "ssr", not(target_arch = "wasm32")))]
pub mod prerender;

//! Server rendering (native, feature `ssr`): the widget's view as static
//! HTML, from the very components the browser runs. Used for the
//! pre-rendered first view of the demo pages (`cpfund render`) and for
//! native component tests.

use super::view::{App, AppProps};

/// Renders the widget for `props`. `hydratable` adds Yew's markers so the
/// browser can take the markup over instead of drawing it again.
pub fn render(props: AppProps, hydratable: bool) -> std::io::Result<String> {
    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    let local = tokio::task::LocalSet::new();
    Ok(local.block_on(
        &runtime,
        yew::LocalServerRenderer::<App>::with_props(props)
            .hydratable(hydratable)
            .render(),
    ))
}

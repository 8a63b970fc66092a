//! Server rendering (native, feature `ssr`): the widget's view as static
//! HTML, from the very components the browser runs. Used for the
//! pre-rendered first view of the demo pages (`cpfund render`, `cpfund
//! site`) and for native component tests.

use super::view::{App, AppProps};
use yew::BaseComponent;

/// Renders the widget for `props` (plain HTML: the browser swaps the live
/// widget in rather than hydrating, see ARCHITECTURE.md).
pub fn render(props: AppProps) -> std::io::Result<String> {
    render_component::<App>(props)
}

/// Renders any component to plain HTML.
pub fn render_component<C: BaseComponent>(props: C::Properties) -> std::io::Result<String> {
    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    let local = tokio::task::LocalSet::new();
    Ok(local.block_on(
        &runtime,
        yew::LocalServerRenderer::<C>::with_props(props)
            .hydratable(false)
            .render(),
    ))
}

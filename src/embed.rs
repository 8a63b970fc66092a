//! The page-facing API (wasm only): `mount(element, options)` returning a
//! handle with `update(options)` and `destroy()`. The custom element
//! `<cp-funding-estimator>` (www/cp-funding-estimator.js) is built on it.
//! The widget never touches the page outside its element: no storage, no
//! cookies, no network, no change to the page's address.

use crate::date::Date;
use crate::i18n::Lang;
use crate::widget::state::{Mode, Options};
use crate::widget::view::{App, AppProps};
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use yew::AppHandle;

thread_local! {
    static INSTANCES: Cell<u32> = const { Cell::new(0) };
}

/// One mounted widget.
#[wasm_bindgen]
pub struct Handle {
    app: Option<AppHandle<App>>,
    props: AppProps,
    /// Option values already warned about (warn once, not on every update).
    warned: Vec<String>,
}

#[wasm_bindgen]
impl Handle {
    /// Applies new options (`lang`, `mode`, `date`) without losing answers.
    pub fn update(&mut self, options: JsValue) {
        self.props.options = read_options(&options, self.props.options.today, &mut self.warned);
        if let Some(app) = self.app.as_mut() {
            app.update(self.props.clone());
        }
    }

    /// Removes the widget and its listeners.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

fn today() -> Date {
    let ms = js_sys::Date::now();
    // Hong Kong time; whole days since 1970 (f64 of a timestamp, not money).
    let days = ((ms / 1000.0) as i64 + 8 * 3600).div_euclid(86_400);
    Date::from_unix_days(days)
}

fn get(options: &JsValue, key: &str) -> Option<String> {
    js_sys::Reflect::get(options, &JsValue::from_str(key))
        .ok()
        .and_then(|v| v.as_string())
        .filter(|s| !s.trim().is_empty())
}

/// Says in the console that an option was not understood, once per value.
fn warn(warned: &mut Vec<String>, key: &str, value: &str, msg: String) {
    let seen = format!("{key}={value}");
    if !warned.contains(&seen) {
        gloo::console::warn!(msg);
        warned.push(seen);
    }
}

/// Reads `{lang, mode, date}`; an invalid value falls back to the default
/// and says so in the console (once).
fn read_options(options: &JsValue, today: Date, warned: &mut Vec<String>) -> Options {
    let lang = match get(options, "lang") {
        None => Lang::En,
        Some(t) => Lang::from_tag(&t).unwrap_or_else(|| {
            warn(
                warned,
                "lang",
                &t,
                format!(
                    "cp-funding-estimator: lang=\"{t}\" is not en, zh-Hant or zh-Hans; using en"
                ),
            );
            Lang::En
        }),
    };
    let mode = match get(options, "mode") {
        None => Mode::Public,
        Some(t) => Mode::parse(&t).unwrap_or_else(|| {
            warn(
                warned,
                "mode",
                &t,
                format!("cp-funding-estimator: mode=\"{t}\" is not public or staff; using public"),
            );
            Mode::Public
        }),
    };
    let date = get(options, "date").and_then(|t| match Date::parse(&t) {
        Ok(d) => Some(d),
        Err(_) => {
            warn(
                warned,
                "date",
                &t,
                format!(
                    "cp-funding-estimator: date=\"{t}\" is not a date (YYYY-MM-DD); ignoring it"
                ),
            );
            None
        }
    });
    Options {
        lang,
        mode,
        date,
        today,
    }
}

/// Mounts a widget inside `element` (typically a shadow root's container).
/// Options: `lang`, `mode`, `date`, and `typed` (what was entered in a
/// pre-rendered form, in the share link's form; the loader passes it).
#[wasm_bindgen]
pub fn mount(element: web_sys::Element, options: JsValue) -> Handle {
    let today = today();
    let instance = INSTANCES.with(|c| {
        let n = c.get() + 1;
        c.set(n);
        n
    });
    let location = web_sys::window().map(|w| w.location());
    let fragment = location
        .as_ref()
        .and_then(|l| l.hash().ok())
        .filter(|h| !h.is_empty());
    let base_url = location
        .and_then(|l| l.href().ok())
        .map(|h| h.split('#').next().unwrap_or("").to_string())
        .unwrap_or_default();
    let mut warned = Vec::new();
    let props = AppProps {
        options: read_options(&options, today, &mut warned),
        fragment,
        base_url,
        instance,
        prerendered: false,
        typed: get(&options, "typed"),
    };
    let app = yew::Renderer::<App>::with_root_and_props(element, props.clone()).render();
    Handle {
        app: Some(app),
        props,
        warned,
    }
}

/// The wasm linear memory in bytes (for the memory benchmark).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(js_name = memoryBytes)]
pub fn memory_bytes() -> usize {
    core::arch::wasm32::memory_size(0) * 65536
}

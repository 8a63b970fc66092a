//! The page-facing API (wasm only): `loadTexts(tag, bytes)` for a language's
//! texts, and `mount(element, options)` returning a handle with
//! `update(options)` and `destroy()`. The custom element
//! `<cp-funding-estimator>` (assets/cp-funding-estimator.js) is built on it.
//! The widget never touches the page outside its element: no storage, no
//! cookies, no change to the page's address, and no request but for its
//! own texts, through the loader's `texts` function.

use crate::date::Date;
use crate::i18n::Lang;
use crate::widget::state::{Mode, Options};
use crate::widget::view::{App, AppProps, TextsSource};
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
    /// What the widget will show of its options once drawn (its
    /// `data-shown`): the loader's "ready" and `update` wait for it.
    pub fn shown(&self) -> String {
        self.props.options.shown()
    }

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

/// Loads a language's texts, the bytes of `texts/<tag>.txt` (the loader
/// fetches them: the page's language before `mount`, another one when a
/// person switches to it). A file that is not UTF-8 or from another build
/// is refused, with why.
#[wasm_bindgen(js_name = loadTexts)]
pub fn load_texts(tag: &str, text: &[u8]) -> Result<(), JsValue> {
    let l = Lang::from_tag(tag).ok_or_else(|| JsValue::from_str("not a language of the widget"))?;
    crate::i18n::catalogue::load(l, text).map_err(|e| {
        JsValue::from_str(&format!("cp-funding-estimator: texts/{}.txt: {e}", l.tag()))
    })
}

/// The language whose texts a `lang` option needs (`zh-HK` → `zh-Hant`).
#[wasm_bindgen(js_name = textsTag)]
pub fn texts_tag(tag: &str) -> String {
    Lang::from_tag(tag).unwrap_or_default().tag().into()
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
    // The loader loads the language's texts first; never render without them.
    let lang = match Lang::ALL
        .into_iter()
        .find(|&x| crate::i18n::catalogue::loaded(x))
    {
        Some(any) if !crate::i18n::catalogue::loaded(lang) => {
            warn(
                warned,
                "texts",
                lang.tag(),
                format!(
                    "cp-funding-estimator: the texts of {} are not loaded; using {}",
                    lang.tag(),
                    any.tag()
                ),
            );
            any
        }
        _ => lang,
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
/// Options: `lang`, `mode`, `date`, `publicPages` (the public page's
/// address in each language, resolved, separated by spaces: the loader
/// makes it from `publicPage`; read once, here), `typed` (what was entered in a
/// pre-rendered form, in the share link's form) and `texts` (a function
/// `tag → Promise` that fetches a language's texts and loads them); the
/// loader passes the last two.
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
        public_pages: get(&options, "publicPages"),
        instance,
        prerendered: false,
        typed: get(&options, "typed"),
        texts: js_sys::Reflect::get(&options, &JsValue::from_str("texts"))
            .ok()
            .and_then(|f| f.dyn_into().ok())
            .map(TextsSource),
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

//! Component tests in a real browser (`wasm-pack test --headless --chrome`):
//! the Yew widget mounted through the page-facing API, driven by events that
//! bubble (Yew listens at its root).
#![cfg(all(target_arch = "wasm32", feature = "web"))]

use cp_estimator::embed::{load_texts, mount};
use cp_estimator::i18n::{catalogue, Lang};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// One turn of the event loop (a zero timeout): Yew renders in between.
async fn turn() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

/// Waits for the state, not for a time: a turn at a time until `ready`
/// holds (at most 2,000 turns, seconds at the browser's clamped 4 ms).
async fn until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..2000 {
        if ready() {
            return;
        }
        turn().await;
    }
    panic!("never happened: {what}");
}

fn options(lang: &str, date: &str) -> JsValue {
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &"lang".into(), &lang.into()).unwrap();
    js_sys::Reflect::set(&o, &"date".into(), &date.into()).unwrap();
    o.into()
}

fn host() -> web_sys::Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

fn headline_of(root: &web_sys::Element) -> String {
    let el = root
        .query_selector(".cpfe-headline")
        .unwrap()
        .expect("a headline");
    el.text_content().unwrap_or_default()
}

fn click(root: &web_sys::Element, selector: &str) {
    let el: web_sys::HtmlElement = root
        .query_selector(selector)
        .unwrap()
        .expect(selector)
        .dyn_into()
        .unwrap();
    el.click();
}

#[wasm_bindgen_test]
async fn renders_in_the_attributes_language_and_answers() {
    // The loader loads the page's language's texts before mounting (this
    // build has none built in), and refuses a file of another language.
    assert!(!catalogue::loaded(Lang::ZhHant) && !catalogue::loaded(Lang::En));
    assert!(load_texts("zh-Hant", catalogue::built_in(Lang::En).as_bytes()).is_err());
    // Bytes that are not UTF-8 (a file saved in Big5, say) are refused with why.
    let err = load_texts("zh-Hant", b"ui-case = \xb0\xb8").unwrap_err();
    assert!(
        err.as_string()
            .unwrap()
            .ends_with("texts/zh-Hant.txt: this texts file is not UTF-8 text"),
        "{err:?}"
    );
    load_texts("zh-Hant", catalogue::built_in(Lang::ZhHant).as_bytes()).unwrap();
    let root = host();
    let mut handle = mount(root.clone(), options("zh-HK", "2018-05-01"));
    until("the widget drawn", || {
        root.inner_html().contains("清潔生產資助估算")
    })
    .await;
    let html = root.inner_html();
    assert!(html.contains("清潔生產資助估算"), "{html}");
    assert!(root
        .query_selector(".cpfe[lang=\"zh-Hant\"]")
        .unwrap()
        .is_some());
    // A trade association on the 2015-2020 phase's organisation support.
    // (Questions are named by the field table's share-link keys.)
    click(&root, "input[name=\"k\"][value=\"hk_business\"]");
    let kinds = root.query_selector_all("input[name=\"k\"]").unwrap();
    let assoc: web_sys::HtmlElement = kinds.item(1).unwrap().dyn_into().unwrap();
    assoc.click();
    until("the association's streams asked", || {
        root.query_selector_all("input[name=\"p\"]")
            .unwrap()
            .length()
            == 3
    })
    .await;
    let streams = root.query_selector_all("input[name=\"p\"]").unwrap();
    assert_eq!(streams.length(), 3, "the 2015-2020 phase's three streams");
    let last: web_sys::HtmlElement = streams.item(2).unwrap().dyn_into().unwrap();
    last.click();
    let cost: web_sys::HtmlInputElement = root
        .query_selector("input[inputmode=\"decimal\"]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    cost.set_value("200000");
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    cost.dispatch_event(&web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    until("the answer", || headline_of(&root).contains("你可以申請")).await;
    let headline = headline_of(&root);
    assert!(headline.contains("你可以申請"), "{headline}");
    // English is not loaded yet: the widget keeps its language, never blank.
    handle.update(options("en", "2018-05-01"));
    // Nothing to wait for (nothing changes): a few turns for a render that
    // would change it.
    for _ in 0..10 {
        turn().await;
    }
    assert!(
        headline_of(&root).contains("你可以申請"),
        "{}",
        headline_of(&root)
    );
    load_texts("en", catalogue::built_in(Lang::En).as_bytes()).unwrap();
    handle.update(options("en", "2018-05-01"));
    until("English shown", || {
        headline_of(&root).contains("You can apply")
    })
    .await;
    let headline = headline_of(&root);
    assert!(
        headline.contains("You can apply"),
        "answers kept across a language change: {headline}"
    );
    handle.destroy();
    until("the widget removed", || {
        root.query_selector(".cpfe").unwrap().is_none()
    })
    .await;
    assert!(
        root.query_selector(".cpfe").unwrap().is_none(),
        "destroy removes the widget"
    );
}

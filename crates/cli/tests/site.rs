//! The demo site's generator (`cpfund site`): a page template gets its
//! layout, the widget pre-rendered by the same components the browser runs,
//! and the no-JavaScript rates from the rule data.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../../../tests/common/mod.rs"]
mod common;

use common::html_text;
use cp_engine::date::Date;
use cp_engine::rules::*;
use cp_texts::{self as i18n, Lang};

#[test]
fn site_templates_get_the_prerendered_widget_and_the_rates() {
    use cpfund::site::fill;
    let today = Date::parse("2018-05-01").unwrap();
    let page = fill(
        r#"<html lang="zh-Hant"><body><cp-funding-estimator mode="staff"><!--cpfe:prerender--></cp-funding-estimator><!--cpfe:rates--><header><!--cpfe:hotline--></header></body></html>"#,
        today,
    )
    .unwrap();
    let text = html_text(&page);
    // The header's hotline: a phone link, in the page's language.
    let c = &PROGRAMME.contacts;
    assert!(
        page.contains(&format!(
            "<header><a href=\"tel:{}\">{}：{}</a></header>",
            c.hotline_tel,
            i18n::messages::widget_call_hotline(Lang::ZhHant),
            c.hotline
        )),
        "{page}"
    );
    assert!(text.contains("<template shadowrootmode=\"open\">"));
    assert!(!text.contains("inert"), "a working form, not an inert one");
    assert!(
        text.contains("aria-busy=\"true\""),
        "busy until the live widget takes over"
    );
    assert!(
        text.contains("type=\"button\" class=\"cpfe-button\""),
        "its button submits nothing before the live widget"
    );
    // Named by the field table, so the loader can hand over what is entered.
    // Ids too come from the share key now (`cpfe1-k`, was `cpfe1-kind`).
    assert!(
        text.contains("name=\"c\""),
        "the cost field is named by its share key"
    );
    assert!(
        text.contains("value=\"hk_business\" type=\"radio\" id=\"cpfe1-k-0\" name=\"k\""),
        "radios carry the share link's key and the contract's values"
    );
    assert!(
        text.contains(&i18n::messages::widget_staff_title(Lang::ZhHant)),
        "mode from the element"
    );
    assert!(text.contains("<noscript>"));
    assert!(
        text.contains(&i18n::messages::widget_needs_javascript(Lang::ZhHant)),
        "the page's language"
    );
    // Every stream the phase offers, with its rate and ceiling from the data.
    let rs = rule_set_for(today).unwrap();
    for (s, t) in rs.offered() {
        assert!(text.contains(&i18n::stream_label(s, Lang::ZhHant)), "{s:?}");
        assert!(text.contains(&i18n::ceiling_text(t, Lang::ZhHant)), "{s:?}");
    }
    assert!(!page.contains("<!--cpfe:"), "every placeholder filled");
    assert!(!page.contains("<!--<"), "no hydration markers");
    for (bad, why) in [
        (
            "<html><cp-funding-estimator><!--cpfe:prerender--></cp-funding-estimator>",
            "lang",
        ),
        (
            r#"<html lang="en"><div><!--cpfe:prerender--></div>"#,
            "outside",
        ),
        (
            r#"<html lang="en"><cp-funding-estimator mode="root"><!--cpfe:prerender-->"#,
            "root",
        ),
        (
            r#"<html lang="en"><cp-funding-estimator date="2019-13-45"><!--cpfe:prerender-->"#,
            "2019-13-45",
        ),
    ] {
        let e = fill(bad, today).unwrap_err();
        assert!(e.contains(why), "{bad}: {e}");
    }
}

/// Rendered after the last known phase's last day, the first view and the
/// `<noscript>` table show that phase's terms, marked provisional.
#[test]
fn after_the_last_phase_the_first_view_says_provisional() {
    use cpfund::site::fill;
    let last = PROGRAMME.last().unwrap();
    let today = Date::from_unix_days(last.to.unix_days() + 61);
    let notice = Notice::Provisional {
        rule_set: last.id,
        to: last.to,
    };
    for lang in Lang::ALL {
        let page = fill(
            &format!(r#"<html lang="{}"><body><cp-funding-estimator><!--cpfe:prerender--></cp-funding-estimator><!--cpfe:rates--></body></html>"#, lang.tag()),
            today,
        )
        .unwrap();
        let text = html_text(&page);
        let line = i18n::phase_line(last.id, last.from, last.to, true, lang);
        let (first_view, noscript) = text.split_once("<noscript>").unwrap();
        assert!(
            first_view.contains(&line),
            "{lang:?}: the first view's phase line"
        );
        assert!(noscript.contains(&line), "{lang:?}: the rates table");
        assert!(
            noscript.contains(&i18n::notice_text(&notice, lang)),
            "{lang:?}: the rates' notice"
        );
        assert!(
            text.contains(&i18n::notice_text(&notice, lang)),
            "{lang:?}: the notice"
        );
        assert!(
            text.contains("data-provisional"),
            "{lang:?}: marked for the eye"
        );
    }
    // Inside the phase: no provisional line, no notice.
    let page = html_text(
        &fill(
            r#"<html lang="en"><body><cp-funding-estimator><!--cpfe:prerender--></cp-funding-estimator><!--cpfe:rates--></body></html>"#,
            last.to,
        )
        .unwrap(),
    );
    assert!(!page.contains("provisional"), "{page}");
}

#[test]
fn page_files_go_into_the_layout() {
    use cpfund::site::page;
    let layout = "<html lang=\"{{lang}}\"><title>{{title}}</title>{{head}}<main>{{main}}</main>";
    let out = page(
        "<!--cpfe:page\nlang: zh-Hans\ntitle: 標題: 二\n-->\n<p>body</p>\n",
        layout,
    )
    .unwrap();
    assert_eq!(
        out,
        "<html lang=\"zh-Hans\"><title>標題: 二</title><main><p>body</p>\n</main>"
    );
    assert_eq!(page("<p>as is</p>", layout).unwrap(), "<p>as is</p>");
    for (bad, why) in [
        ("<!--cpfe:page\nlang: en\n", "no end"),
        ("<!--cpfe:page\nlang en\n-->", "key: value"),
        ("<!--cpfe:page\nlang: en\n-->", "{{title}}"),
    ] {
        let e = page(bad, layout).unwrap_err();
        assert!(e.contains(why), "{bad}: {e}");
    }
}

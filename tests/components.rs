//! Component tests without a browser: the Yew widget rendered on the server
//! (feature `ssr`), from the same components the browser runs. Checks what a
//! person would read: the language, the questions, and for every published
//! acceptance case reproduced through a share link, the verdict and amount
//! the engine gives.
#![cfg(all(feature = "ssr", not(target_arch = "wasm32")))]

mod common;

use common::html_text;

use cp_estimator::date::Date;
use cp_estimator::i18n::format_hkd;
use cp_estimator::i18n::{self, Lang};
use cp_estimator::rules::*;
use cp_estimator::widget::fields::{FormField, FORM_FIELDS};
use cp_estimator::widget::prerender::render;
use cp_estimator::widget::share;
use cp_estimator::widget::state::{Form, Mode, Options};
use cp_estimator::widget::view::AppProps;
use cp_shells::json::evaluate_value;
use serde_json::Value;

fn props(lang: Lang, mode: Mode, fragment: Option<String>) -> AppProps {
    AppProps {
        options: Options {
            lang,
            mode,
            date: None,
            today: Date::parse("2018-05-01").unwrap(),
        },
        fragment,
        base_url: "https://example.org/page".into(),
        public_pages: None,
        instance: 1,
        prerendered: false,
        typed: None,
        texts: None,
    }
}

#[test]
fn first_view_in_each_language_and_mode() {
    for lang in Lang::ALL {
        for mode in [Mode::Public, Mode::Staff] {
            let html = html_text(&render(props(lang, mode, None)).unwrap());
            let ctx = format!("{lang:?} {mode:?}");
            assert!(
                html.contains(&format!("lang=\"{}\"", lang.tag())),
                "{ctx}: root lang"
            );
            assert!(html.contains(&i18n::product_title(lang)), "{ctx}: title");
            assert!(
                html.contains(&i18n::field_question(Field::Kind, lang)),
                "{ctx}: first question"
            );
            for &k in ApplicantKind::ALL {
                assert!(
                    html.contains(&i18n::kind_label(k, lang)),
                    "{ctx}: option {k:?}"
                );
            }
            assert!(
                html.contains(&i18n::messages::widget_cost_label(lang)),
                "{ctx}: cost field"
            );
            assert_eq!(
                html.contains(&i18n::messages::widget_intro(lang)),
                mode == Mode::Public,
                "{ctx}: the introduction is for the public page only"
            );
            assert_eq!(
                html.contains(&i18n::messages::widget_staff_title(lang)),
                mode == Mode::Staff,
                "{ctx}: staff title"
            );
            // Not a word of another language's title.
            for other in Lang::ALL.into_iter().filter(|&o| o != lang) {
                assert!(
                    !html.contains(&i18n::product_title(other)),
                    "{ctx}: {other:?} title leaked in"
                );
            }
        }
    }
}

/// The form a person would fill in for an acceptance case: each contract
/// field through its row of the field table (its path, its kind).
fn form_of(case: &Value) -> Form {
    let mut form = Form::default();
    for row in &FORM_FIELDS {
        let field = row.field;
        let value = field.path().split('.').fold(case, |v, k| &v[k]);
        let text = match value {
            Value::Null => continue,
            Value::Bool(b) => if *b { "1" } else { "0" }.to_string(),
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        // A value the form cannot hold stays unanswered, as it would.
        let _ = row.set(&mut form, &text);
    }
    // A person who describes an earlier assessment answers "yes" to the
    // question before it (the contract implies it).
    let described = case["history"]
        .as_object()
        .is_some_and(|h| h.keys().any(|k| k != "previous_assessment"));
    let had = FormField::of(Field::PreviousAssessment);
    if had.get(&form).is_none() && described {
        had.set(&mut form, "1");
    }
    form
}

#[test]
fn acceptance_and_project_cases_through_a_share_link_show_the_engines_answer() {
    let mut checked = 0;
    let cases = common::acceptance_cases()
        .into_iter()
        .map(|c| (c["name"].as_str().unwrap_or("?").to_string(), c))
        .chain(common::project_cases());
    for (name, c) in cases {
        let name = name.as_str();
        let expect = &c["expect"];
        if expect.get("error").is_some() {
            continue;
        }
        // Only what a person can enter: the form offers the routes that fit
        // the factory's region and asks only the questions that apply, so a
        // case it cannot hold is checked by the library and cpfund instead.
        let form = form_of(&c["case"]);
        let mut state =
            cp_estimator::widget::state::State::new(props(Lang::En, Mode::Public, None).options);
        state.form = form.clone();
        let refused = state.settle().asks(Field::Stream).is_none();
        // The contract implies "had an earlier assessment" from any answer
        // about it, which the form asks outright; and once the answers refuse
        // every stream, the form asks nothing about the project.
        let normal = |mut case: Case| {
            case.history.previous_assessment = case.history.had_previous();
            if refused {
                case.project = Default::default();
                case.history = Default::default();
            }
            case
        };
        let contract = cp_shells::json::case_from_value(&c["case"]).ok();
        if state.case().0.map(normal) != contract.map(normal) {
            continue;
        }
        let fragment = format!("#{}", share::encode(&form, Lang::En));
        let engine = evaluate_value(&c["case"], &Context { today: None })
            .unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(
            engine.project.verdict.as_str(),
            expect["verdict"].as_str().unwrap(),
            "{name}: the engine itself"
        );
        // What the form holds is the contract's case, but for the project
        // when every stream is refused: the engine's answer to that.
        let shown = evaluate(&state.case().0.unwrap(), &Context { today: None }).unwrap();
        if !refused {
            assert_eq!(shown, engine, "{name}");
        }
        for lang in Lang::ALL {
            let html =
                html_text(&render(props(lang, Mode::Public, Some(fragment.clone()))).unwrap());
            let ctx = format!("{name} {lang:?}");
            let headline = i18n::headline(&shown.project, lang);
            assert!(html.contains(&headline), "{ctx}: headline {headline}");
            // The next steps, from the programme's contacts (through the
            // texts: the view names no rule data).
            let c = &PROGRAMME.contacts;
            for link in [
                format!("href=\"tel:{}\"", c.hotline_tel),
                format!("href=\"mailto:{}\"", c.email),
                format!("<a href=\"{}\" data-n=\"", c.guide_url),
            ] {
                assert!(html.contains(&link), "{ctx}: next step {link}");
            }
            if let Some(amount) = expect["sponsorship"].as_str() {
                let shown = format_hkd(amount.parse().unwrap(), lang);
                assert!(html.contains(&shown), "{ctx}: amount {shown}");
            }
        }
        checked += 1;
    }
    assert!(checked >= 70, "only {checked} cases checked");
}

/// A stream chosen under one date stays chosen when the date moves to a
/// phase that does not offer it: the answer must stay visible and
/// changeable in the form, never an invisible answer behind the headline
/// "This phase does not fund this".
#[test]
fn a_stream_the_phase_does_not_offer_stays_visible() {
    let fragment =
        "#cpfe1&d=2021-09-01&k=hk_business&g=prd&r=gd_wfoe&b=1&s=textiles&p=demonstration&c=1000";
    for lang in Lang::ALL {
        let html = html_text(&render(props(lang, Mode::Public, Some(fragment.into()))).unwrap());
        let label = i18n::stream_label(Stream::Demonstration, lang);
        assert!(
            html.contains(i18n::messages::headline_not_offered(lang).as_str()),
            "{lang:?}: the headline says the phase does not fund it"
        );
        // The chosen stream is an option of the question, checked, and
        // marked as not offered in this phase.
        let fieldset = html
            .split("id=\"cpfe1-p\"")
            .nth(1)
            .expect("the stream question");
        let fieldset = fieldset.split("</fieldset>").next().unwrap();
        let option = fieldset
            .split("<div class=\"cpfe-radio\">")
            .find(|o| o.contains(&format!(">{label}</label>")))
            .unwrap_or_else(|| {
                panic!("{lang:?}: the chosen stream is not among the options: {fieldset}")
            });
        assert!(
            option.contains("checked"),
            "{lang:?}: the chosen stream is checked: {option}"
        );
        assert!(
            option.contains(&i18n::verdict_short(Verdict::NotOffered, lang)),
            "{lang:?}: and marked as not offered: {option}"
        );
    }
}

/// While the date cannot be read (a half-typed date, 30 February), the
/// stream options keep today's phase's terms, as the engine's questions
/// give them: none is marked "Not offered" (the form holds no second copy
/// of what a phase offers).
#[test]
fn an_unreadable_date_does_not_mark_the_streams_not_offered() {
    for date in ["2018-02-30", "2018-05", ""] {
        let fragment = format!("#cpfe1&d={date}&k=hk_business&g=prd&r=gd_wfoe&b=1&s=textiles");
        for lang in Lang::ALL {
            let html =
                html_text(&render(props(lang, Mode::Public, Some(fragment.clone()))).unwrap());
            let fieldset = html
                .split("id=\"cpfe1-p\"")
                .nth(1)
                .unwrap_or_else(|| panic!("{date} {lang:?}: the stream question: {html}"));
            let fieldset = fieldset.split("</fieldset>").next().unwrap();
            assert!(
                !fieldset.contains(&i18n::verdict_short(Verdict::NotOffered, lang)),
                "{date} {lang:?}: {fieldset}"
            );
            // Today's (2018-05-01) phase: the demonstration project's terms.
            let rs = applicable(Date::ymd(2018, 5, 1)).unwrap().rule_set;
            let (_, terms) = rs
                .offered()
                .find(|(s, _)| *s == Stream::Demonstration)
                .unwrap();
            assert!(
                fieldset.contains(&i18n::terms_short(terms, lang)),
                "{date} {lang:?}: {fieldset}"
            );
        }
    }
}

/// Chinese text takes the full-width colon: no "熱線: " anywhere in a
/// rendered answer (the colon is written once, `Lang::colon`).
#[test]
fn chinese_labels_take_the_full_width_colon() {
    let fragment =
        "#cpfe1&d=2018-05-01&k=hk_business&g=prd&r=gd_wfoe&b=1&p=demonstration&c=1000000";
    for lang in [Lang::ZhHant, Lang::ZhHans] {
        let html = html_text(&render(props(lang, Mode::Staff, Some(fragment.into()))).unwrap());
        let chars: Vec<char> = html.chars().collect();
        for w in chars.windows(3) {
            let cjk = ('\u{4e00}'..='\u{9fff}').contains(&w[0]);
            assert!(
                !(cjk && w[1] == ':' && w[2] == ' '),
                "{lang:?}: an ASCII colon after {}",
                w[0]
            );
        }
    }
}

#[test]
fn a_link_too_long_to_read_back_says_so() {
    // 10,000 CJK characters fit a link as typed, but not percent-encoded.
    let fragment = format!("#cpfe1&d=2018-05-01&c={}", "萬".repeat(10_000));
    let html = html_text(&render(props(Lang::En, Mode::Public, Some(fragment))).unwrap());
    assert!(html.contains(&i18n::messages::widget_link_too_long(Lang::En)));
    let short =
        html_text(&render(props(Lang::En, Mode::Public, Some("#cpfe1&c=1000".into()))).unwrap());
    assert!(!short.contains(&i18n::messages::widget_link_too_long(Lang::En)));
}

/// On paper every link to another site prints its number, and the foot
/// lists the addresses under those numbers: 1, 2, 3 … in the order the
/// answer shows them, and the foot's list in that order. Rendered twice:
/// the second answer numbers from 1 again. (An address linked twice
/// keeping its number is link.rs's own test: no answer here repeats one.)
#[test]
fn printed_links_are_numbered_in_order_and_listed_at_the_foot() {
    let fragment =
        "#cpfe1&d=2021-09-01&k=hk_business&g=prd&r=gd_wfoe&b=1&s=textiles&p=demonstration&c=1000";
    for mode in [Mode::Public, Mode::Staff] {
        for _ in 0..2 {
            let html = render(props(Lang::En, mode, Some(fragment.into()))).unwrap();
            // What paper shows of the answer comes before "also worth
            // knowing" (not printed), and the list of addresses after it.
            let (answer, foot) = html.split_once("<ol class=\"cpfe-print-links\">").unwrap();
            let answer = answer.split("<details class=\"cpfe-more\"").next().unwrap();
            let mut numbered: Vec<&str> = Vec::new();
            for link in answer.split("<a href=\"").skip(1) {
                let Some((href, rest)) = link.split_once("\" data-n=\"") else {
                    continue; // the telephone and e-mail links: not numbered
                };
                let n: usize = rest.split('"').next().unwrap().parse().unwrap();
                numbered.push(href);
                assert_eq!(n, numbered.len(), "{mode:?}: {href} is the next number");
            }
            assert!(numbered.len() >= 3, "{mode:?}: {numbered:?}");
            let foot = foot.split("</ol>").next().unwrap();
            let listed: Vec<&str> = foot
                .split("<li>")
                .skip(1)
                .map(|li| li.split("</li>").next().unwrap())
                .collect();
            assert_eq!(
                listed, numbered,
                "{mode:?}: the foot lists the addresses in order"
            );
        }
    }
}

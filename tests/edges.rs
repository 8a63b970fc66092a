//! The widget at the edges of the form and of the programme's calendar
//! (issue 32), rendered on the server from the components the browser
//! runs (feature `ssr`) and read as text, as a person reads it: the
//! headline, the notices, the phase line, the next steps, the questions.
#![cfg(all(feature = "ssr", not(target_arch = "wasm32")))]

mod common;

use common::html_text;
use cp_estimator::date::Date;
use cp_estimator::i18n::{self, Lang};
use cp_estimator::rules::*;
use cp_estimator::widget::prerender::render;
use cp_estimator::widget::state::{Mode, Options};
use cp_estimator::widget::view::AppProps;

/// The widget opened with a share link's `fragment`, on `today`.
fn page(lang: Lang, fragment: &str, today: &str) -> String {
    page_in(Mode::Public, lang, fragment, today)
}

fn page_in(mode: Mode, lang: Lang, fragment: &str, today: &str) -> String {
    let p = AppProps {
        options: Options {
            lang,
            mode,
            date: None,
            today: Date::parse(today).unwrap(),
        },
        fragment: Some(fragment.into()),
        base_url: "https://example.org/page".into(),
        public_pages: None,
        instance: 1,
        prerendered: false,
        typed: None,
        texts: None,
    };
    html_text(&render(p).unwrap())
}

/// The text of every element whose class list starts with `class`, tags
/// removed, in the page's order.
fn texts(html: &str, class: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in html.split(&format!("class=\"{class}")).skip(1) {
        // Back to the element's start tag's end, then to its close.
        let Some((_, rest)) = part.split_once('>') else {
            continue;
        };
        let mut depth = 1usize;
        let mut text = String::new();
        let mut s = rest;
        while let Some(i) = s.find('<') {
            text.push_str(&s[..i]);
            let tag_end = s[i..].find('>').map_or(s.len(), |j| i + j + 1);
            let tag = &s[i..tag_end];
            if tag.starts_with("</") {
                depth -= 1;
            } else if !tag.ends_with("/>") && !is_void(tag) {
                depth += 1;
            }
            s = &s[tag_end..];
            if depth == 0 {
                break;
            }
        }
        out.push(text.trim().to_string());
    }
    out
}

fn is_void(tag: &str) -> bool {
    ["<input", "<br", "<img", "<hr", "<meta", "<link"]
        .iter()
        .any(|v| tag.starts_with(v))
}

fn headline(html: &str) -> String {
    texts(html, "cpfe-headline")
        .into_iter()
        .next()
        .unwrap_or_default()
}

/// The questions shown, by their share-link key (`name="k"`), in order.
fn asked(html: &str) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for part in html.split(" name=\"").skip(1) {
        let key = part.split('"').next().unwrap().to_string();
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

const TODAY: &str = "2018-05-01";

/// "Project:" stands before a headline only where a project is asked in a
/// phase: not before a refusal of the applicant, nor where no phase is
/// open; and the first headline does not promise "one more answer" while
/// several are needed.
#[test]
fn the_headline_names_a_project_only_where_one_applies() {
    for lang in Lang::ALL {
        let project = i18n::messages::ui_stream(lang);
        for fragment in [
            "#cpfe1&d=2018-05-01",
            "#cpfe1&d=2018-05-01&k=hk_business&g=elsewhere",
            "#cpfe1&d=2015-05-01",
            "#cpfe1&d=2015-05-01&p=demonstration",
        ] {
            let h = headline(&page(lang, fragment, TODAY));
            assert!(!h.is_empty(), "{lang:?} {fragment}: a headline");
            assert!(!h.starts_with(&project), "{lang:?} {fragment}: {h}");
        }
        let stream = i18n::stream_label(Stream::Demonstration, lang);
        let h = headline(&page(lang, "#cpfe1&d=2018-05-01&p=demonstration", TODAY));
        assert!(h.starts_with(&stream), "{lang:?}: {h}");
    }
    let first = headline(&page(Lang::En, "#cpfe1&d=2018-05-01", TODAY));
    assert_eq!(first, "More answers needed. Next: Who is applying?");
}

/// A factory outside the area is refused on that answer: the form asks
/// nothing more (not its registration, not its industry), and the refusal
/// follows the question that decided it.
#[test]
fn a_factory_in_fujian_is_asked_nothing_after_its_region() {
    for lang in Lang::ALL {
        for day in ["2010-05-01", "2018-05-01", "2026-01-15"] {
            let html = page(
                lang,
                &format!("#cpfe1&d={day}&k=hk_business&g=elsewhere"),
                TODAY,
            );
            assert_eq!(asked(&html), ["d", "k", "g"], "{lang:?} {day}");
            assert!(
                html.contains("data-verdict=\"no\""),
                "{lang:?} {day}: refused"
            );
        }
    }
}

/// Every way a date can be incomplete or impossible has its own message,
/// in the reader's language, in the form the reader sees: none names a
/// field's path or a format code, none in Chinese holds a Latin letter.
#[test]
fn every_unreadable_date_has_its_own_message() {
    use cp_estimator::i18n::DateProblem as P;
    use cp_estimator::widget::state::date_problem;
    let cases: &[(&str, bool, Option<P>)] = &[
        ("2018-05-01", false, None),
        ("", false, Some(P::Empty)),
        ("  ", false, Some(P::Empty)),
        ("", true, Some(P::Unfinished)),
        ("01/05/2018", false, Some(P::Order)),
        ("5.1.2018", false, Some(P::Order)),
        ("2018/05/01", false, Some(P::Malformed)),
        ("2018-5-1", false, Some(P::Malformed)),
        ("1 May 2018", false, Some(P::Malformed)),
        ("2018-05", false, Some(P::Malformed)),
        ("20180-05-01", false, Some(P::Year)),
        ("01-05-20180", false, Some(P::Year)),
        ("2018-13-01", false, Some(P::NoSuchMonth { month: 13 })),
        ("2018-00-01", false, Some(P::NoSuchMonth { month: 0 })),
        (
            "2019-02-30",
            false,
            Some(P::NoSuchDay {
                year: 2019,
                month: 2,
                day: 30,
                days: 28,
            }),
        ),
        (
            "2019-02-29",
            false,
            Some(P::NoSuchDay {
                year: 2019,
                month: 2,
                day: 29,
                days: 28,
            }),
        ),
        (
            "2020-04-31",
            false,
            Some(P::NoSuchDay {
                year: 2020,
                month: 4,
                day: 31,
                days: 30,
            }),
        ),
        (
            "2020-04-00",
            false,
            Some(P::NoSuchDay {
                year: 2020,
                month: 4,
                day: 0,
                days: 30,
            }),
        ),
    ];
    let mut seen = Vec::new();
    for &(text, unfinished, want) in cases {
        assert_eq!(
            date_problem(text, unfinished),
            want,
            "{text:?} {unfinished}"
        );
        let Some(p) = want else { continue };
        for lang in Lang::ALL {
            let t = i18n::date_problem_text(p, lang);
            assert!(
                !t.is_empty() && !t.contains("YYYY") && !t.contains("date:"),
                "{lang:?} {p:?}: {t}"
            );
            if lang != Lang::En {
                assert!(
                    !t.chars().any(|c| c.is_ascii_alphabetic()),
                    "{lang:?} {p:?}: {t}"
                );
            }
            if lang == Lang::En && !seen.contains(&t) {
                seen.push(t);
            }
        }
    }
    // Each kind its own sentence (two impossible days of one month share it).
    assert!(seen.len() >= 9, "{seen:?}");
    let feb = i18n::date_problem_text(
        P::NoSuchDay {
            year: 2019,
            month: 2,
            day: 30,
            days: 28,
        },
        Lang::En,
    );
    assert_eq!(
        feb,
        "There is no 30 February 2019: that month has 28 days. Check the day and the month."
    );
    let feb = i18n::date_problem_text(
        P::NoSuchDay {
            year: 2019,
            month: 2,
            day: 30,
            days: 28,
        },
        Lang::ZhHant,
    );
    assert_eq!(
        feb,
        "日曆上沒有2019年2月30日：該月只有28日。請檢查月份和日子。"
    );
}

/// While the date cannot be read, the form does not say false things: no
/// "no phase takes applications", the project chosen is not "not
/// offered", and the answer says what it waits for instead of vanishing.
#[test]
fn a_half_typed_date_keeps_the_questions_and_says_what_it_waits_for() {
    use cp_estimator::widget::screen::Screen;
    use cp_estimator::widget::state::{Action, State};
    // The date typed, or given by a share link.
    for (lang, linked) in Lang::ALL.into_iter().flat_map(|l| [(l, false), (l, true)]) {
        let options = Options {
            lang,
            mode: Mode::Public,
            date: None,
            today: Date::parse("2026-01-15").unwrap(),
        };
        let mut s = match linked {
            true => State::start(
                options,
                Some("#cpfe1&d=2018-05-01&k=hk_business&p=demonstration"),
                None,
            ),
            false => State::new(options),
        };
        if !linked {
            for a in [
                Action::Answer(Field::Date, "2018-05-01".into()),
                Action::Answer(Field::Kind, "hk_business".into()),
                Action::Answer(Field::Stream, "demonstration".into()),
            ] {
                s.reduce(a);
            }
        }
        for (unreadable, leave) in [
            (Action::DateUnfinished, true),
            (Action::Answer(Field::Date, "2018-02-30".into()), true),
            (Action::Answer(Field::Date, String::new()), false),
        ] {
            let mut s = s.clone();
            s.reduce(unreadable);
            if leave {
                s.reduce(Action::Leave(Field::Date));
            }
            let settled = s.settle();
            // The 2018 phase's questions: demonstration is offered, with its terms.
            let q = settled.asks(Field::Stream).expect("the stream asked");
            let Choices::Streams(choices) = &q.choices else {
                panic!()
            };
            let chosen = choices
                .iter()
                .find(|c| c.stream == Stream::Demonstration)
                .unwrap();
            assert!(
                chosen.terms.is_some(),
                "{lang:?} linked {linked}: not 'not offered'"
            );
            let screen = Screen::of(&s, &settled, "https://example.org/", None);
            assert_eq!(screen.phase.0, i18n::messages::widget_phase_unread(lang));
            let error = settled.error(Field::Date).expect("the date's error");
            let text = screen.error_text(Field::Date, error);
            assert_eq!(Some(text.clone()), screen.date_error);
            assert_eq!(
                screen.error(Field::Date).is_some(),
                leave,
                "{lang:?} {text}: shows once left"
            );
            if lang != Lang::En {
                assert!(
                    !text.chars().any(|c| c.is_ascii_alphabetic()),
                    "{lang:?}: {text}"
                );
            }
        }
    }
    // Rendered: the headline says what the answer waits for.
    for lang in Lang::ALL {
        let html = page(lang, "#cpfe1&d=2019-02-30&k=hk_business", TODAY);
        assert_eq!(headline(&html), i18n::messages::widget_headline_date(lang));
        assert!(texts(&html, "cpfe-phase")[0].contains(&i18n::messages::widget_phase_unread(lang)));
    }
}

/// Every error the widget can show, in Chinese, without a Latin letter:
/// the field named by its question's label, not by the contract's path.
#[test]
fn errors_in_chinese_hold_no_english() {
    use cp_estimator::widget::screen::Screen;
    use cp_estimator::widget::state::{Action, State};
    let second = [
        (Field::Kind, "hk_business"),
        (Field::FactoryRegion, "prd"),
        (Field::Route, "gd_resident_majority"),
        (Field::BrRegistered, "1"),
        (Field::Stream, "onsite_assessment"),
        (Field::PreviousAssessment, "1"),
    ];
    let bad: &[(Field, &str)] = &[
        (Field::Cost, "abc"),
        (Field::Cost, "0"),
        (Field::Cost, "1.234"),
        (Field::Cost, "1,00,000"),
        (Field::Cost, "1 00 000"),
        (Field::Cost, "1000000000000"),
        (Field::ResidentShareMainland, "abc"),
        (Field::ResidentShareMainland, "101"),
        (
            Field::ResidentShareHkBusiness,
            "50.123456789012345678901234567",
        ),
        (Field::PreviousAssessmentCompleted, "2019-01-01"),
        (Field::PreviousAssessmentCompleted, "2018-02-30"),
        (Field::Date, "2018-13-01"),
    ];
    for lang in [Lang::ZhHant, Lang::ZhHans] {
        for &(field, text) in bad {
            let mut s = State::new(Options {
                lang,
                mode: Mode::Public,
                date: None,
                today: Date::parse("2018-05-01").unwrap(),
            });
            for (f, v) in second {
                s.reduce(Action::Answer(f, v.into()));
            }
            s.reduce(Action::Answer(field, text.into()));
            s.reduce(Action::Submit);
            let settled = s.settle();
            let screen = Screen::of(&s, &settled, "https://example.org/", None);
            assert!(
                !settled.errors.is_empty(),
                "{lang:?} {field:?}={text}: an error"
            );
            for e in &settled.errors {
                let t = screen.error_text(e.field, &e.error);
                assert!(
                    !t.chars().any(|c| c.is_ascii_alphabetic()),
                    "{lang:?} {field:?}={text}: {t}"
                );
            }
        }
    }
}

fn shift(d: Date, days: i64) -> Date {
    Date::from_unix_days(d.unix_days() + days)
}

/// The calendar's edges, over every phase boundary in the rule data (each
/// first and last day, a day either side, the gap of 2015, the day after
/// the last known phase, and near an assumed day), in three languages:
/// the phase line, the headline, the notices beside it and the next
/// steps each say what is true on that date.
#[test]
fn the_calendar_at_every_phase_boundary() {
    let phases = PROGRAMME.rule_sets;
    let mut days: Vec<Date> = Vec::new();
    for rs in phases {
        for d in [
            shift(rs.from, -1),
            rs.from,
            shift(rs.from, 1),
            shift(rs.to, -20),
            shift(rs.to, -1),
            rs.to,
            shift(rs.to, 1),
        ] {
            if !days.contains(&d) {
                days.push(d);
            }
        }
    }
    let window = i64::from(PROGRAMME.assumed_dates_window_days);
    for lang in Lang::ALL {
        for &day in &days {
            let frag = format!("#cpfe1&d={day}&k=hk_business");
            // Applying on that day (today then), as a factory would.
            let html = page(lang, &frag, &day.to_string());
            let ctx = format!("{lang:?} {day}");
            let h = headline(&html);
            let phase = texts(&html, "cpfe-phase").join(" ");
            let notices = texts(&html, "cpfe-notice");
            let next = texts(&html, "cpfe-next").join(" ");
            let open = phases.iter().find(|r| r.from <= day && day <= r.to);
            let last = PROGRAMME.last().unwrap();
            match open {
                Some(rs) => {
                    assert!(
                        phase.contains(&i18n::phase_line(rs.id, rs.from, rs.to, false, lang)),
                        "{ctx}: {phase}"
                    );
                    let closing = if rs.to_assumed {
                        "next_steps_closing_assumed"
                    } else {
                        "next_steps_closing"
                    };
                    assert!(next.contains(&lang.date(rs.to)), "{ctx}: {closing}: {next}");
                    // Near an assumed day: one notice that says how near, with the day.
                    let to_go = rs.to.unix_days() - day.unix_days();
                    let since = day.unix_days() - rs.from.unix_days();
                    let near_close = rs.to_assumed && to_go < window;
                    let near_open = rs.from_assumed && since < window;
                    // The notices that name the phase's first or last day.
                    // (Not "the sources date from …", which may name the first day.)
                    let old = i18n::notice_text(
                        &Notice::SourcesOld {
                            rule_set: rs.id,
                            as_of: rs.sources_as_of,
                            years: PROGRAMME.stale_after_years,
                        },
                        lang,
                    );
                    let dated: Vec<&String> = notices
                        .iter()
                        .filter(|n| **n != old)
                        .filter(|n| {
                            n.contains(&lang.date(rs.to)) || n.contains(&lang.date(rs.from))
                        })
                        .collect();
                    if near_close {
                        assert_eq!(dated.len(), 1, "{ctx}: {notices:?}");
                        assert!(dated[0].contains(&lang.date(rs.to)), "{ctx}: {notices:?}");
                        if lang == Lang::En && to_go > 1 {
                            assert!(
                                dated[0].contains(&format!(
                                    "assumed to close in {to_go} days, on {}",
                                    lang.date(rs.to)
                                )),
                                "{ctx}: {notices:?}"
                            );
                        }
                    } else if near_open {
                        assert_eq!(dated.len(), 1, "{ctx}: {notices:?}");
                        assert!(dated[0].contains(&lang.date(rs.from)), "{ctx}: {notices:?}");
                    } else {
                        assert!(dated.is_empty(), "{ctx}: {notices:?}");
                    }
                }
                None if day > last.to => {
                    // Provisional: one notice, which names the last day (and
                    // that it is assumed, where it is); the phase line does
                    // not say "applications … to" that day.
                    assert!(
                        phase.contains(&i18n::phase_line(last.id, last.from, last.to, true, lang)),
                        "{ctx}: {phase}"
                    );
                    assert!(
                        !phase
                            .contains(&i18n::phase_line(last.id, last.from, last.to, false, lang)),
                        "{ctx}: {phase}"
                    );
                    assert_eq!(notices.len(), 1, "{ctx}: one notice: {notices:?}");
                    assert!(
                        notices[0].contains(&lang.date(last.to)),
                        "{ctx}: {notices:?}"
                    );
                    assert!(
                        h.contains(&i18n::messages::headline_provisional(lang, &"")),
                        "{ctx}: {h}"
                    );
                }
                None => {
                    // Before the programme or between phases: when the next opens.
                    let after = phases
                        .iter()
                        .filter(|r| r.from > day)
                        .min_by_key(|r| r.from)
                        .unwrap();
                    assert_eq!(phase, i18n::messages::widget_no_phase(lang), "{ctx}");
                    assert!(h.contains(&lang.date(day)), "{ctx}: {h}");
                    assert!(
                        next.contains(&lang.date(after.from)) && next.contains(after.id),
                        "{ctx}: {next}"
                    );
                    if lang == Lang::En {
                        assert!(
                            next.contains(&format!(
                                "Applications for the {} phase open on {}.",
                                after.id,
                                lang.date(after.from)
                            )),
                            "{ctx}: {next}"
                        );
                    }
                    assert!(notices.is_empty(), "{ctx}: {notices:?}");
                }
            }
            let _ = TODAY;
        }
    }
}

/// Words: an association is told of the associations' stream only where
/// the phase has one; a Hong Kong university's technology is said to be a
/// Hong Kong institution's; the technology's question follows the
/// project's type, before the cost; Chinese brackets are full-width.
#[test]
fn words_that_fit_the_phase_and_the_language() {
    for rs in PROGRAMME.rule_sets {
        let has = rs.offered().any(|(_, t)| t.who == Who::Associations);
        let Some((stream, _)) = rs.offered().find(|(_, t)| t.who != Who::Associations) else {
            continue;
        };
        let html = page(
            Lang::En,
            &format!(
                "#cpfe1&d={}&k=trade_association&p={}",
                rs.from,
                stream.as_str()
            ),
            TODAY,
        );
        let tip = i18n::messages::reason_applicant_kind_association_instead(Lang::En);
        assert_eq!(html.contains(&tip), has, "{}: {tip}", rs.id);
    }
    let with_origin = common::origin_ceiling_phase();
    for lang in Lang::ALL {
        // Well inside the phase: an assumed date stands among the conditions.
        let day = shift(with_origin.0.from, 100);
        let html = page(
            lang,
            &format!("#cpfe1&d={day}&k=hk_business&p={}", with_origin.1.as_str()),
            TODAY,
        );
        assert!(
            html.contains(&i18n::choice_hint(Field::TechnologyOrigin, "hong_kong", lang).unwrap()),
            "{lang:?}"
        );
        let q = asked(&html);
        let (o, c) = (
            q.iter().position(|k| k == "o"),
            q.iter().position(|k| k == "c"),
        );
        assert!(o.is_some() && o < c, "{lang:?}: {q:?}");
        // An assumption among the conditions, in brackets of the language.
        let marked = texts(&html, "cpfe-assumption");
        assert!(!marked.is_empty());
        for m in marked {
            match lang {
                Lang::En => assert!(m.starts_with(" (") || m.starts_with('('), "{m}"),
                _ => assert!(m.starts_with('（') && m.ends_with('）'), "{lang:?}: {m}"),
            }
        }
    }
}

/// The hotline's streams table (issue 33): where the rule has two ceilings
/// by the technology's origin, the ceiling cell says the one that applies to
/// this case, with the rule beside it; the origin not yet answered, the
/// rule alone.
#[test]
fn the_staff_table_gives_the_ceiling_that_applies_to_the_case() {
    let (rs, stream) = common::origin_ceiling_phase();
    let terms = rs.offered().find(|(s, _)| *s == stream).unwrap().1;
    let higher = terms.origin_ceiling.unwrap();
    let origin = higher.origins[0];
    let day = shift(rs.from, 100);
    let call = format!(
        "#cpfe1&d={day}&k=hk_business&g=prd&r=gd_wfoe&b=1&s=textiles&p={}&c=100000000",
        stream.as_str()
    );
    for lang in Lang::ALL {
        let rule = i18n::ceiling_text(terms, lang);
        let cells = |o: &str| {
            let html = page_in(Mode::Staff, lang, &format!("{call}{o}"), TODAY);
            texts(&html, "cpfe-streams")
        };
        let answered = cells(&format!("&o={}", origin.as_str())).join(" ");
        let case = i18n::format_hkd(higher.amount.amount(), lang);
        let said = i18n::ceiling_for_case(terms, Some(higher.amount.amount()), lang);
        assert!(
            said.contains(&case) && said.contains(&rule),
            "{lang:?}: {said}"
        );
        assert!(answered.contains(&said), "{lang:?}: {answered}");
        let unanswered = cells("").join(" ");
        assert!(unanswered.contains(&rule), "{lang:?}: {unanswered}");
        assert!(!unanswered.contains(&said), "{lang:?}: {unanswered}");
    }
}

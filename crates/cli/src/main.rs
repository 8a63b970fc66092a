//! `cpfund`: the CP Funding Estimator on the command line. A thin shell over
//! the same engine as the widget; formats and exit statuses are those of
//! `shared/contract.md`.

use clap::{Parser, Subcommand};
use cpfund::site;

use cp_engine::date::Date;
use cp_engine::rules::{self, Context, Field, InputErrorKind, Stream, TechnologyOrigin};
use cp_estimator::widget::state::{Mode, Options};
use cp_shells::json::{error_json, evaluate_value, evaluation_json, rules_json, syntax_error};
use cp_shells::{batch, encoding, ReadError};
use cp_texts::{self as i18n, summary, Lang};
use serde_json::Value;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "cpfund",
    version,
    about = "What the Cleaner Production Partnership Programme would pay, and whether a factory may apply."
)]
struct Cli {
    /// Today's date (YYYY-MM-DD) for the "check the current rules" notices; defaults to the system date.
    #[arg(long, global = true, env = "CPFUND_TODAY", value_parser = parse_date)]
    today: Option<Date>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Evaluate one case, or an array of cases, given as JSON.
    Check {
        /// A file of JSON, or - (the default) for standard input.
        file: Option<String>,
        /// Print the contract's JSON instead of text for a person.
        #[arg(long)]
        json: bool,
        #[arg(long, default_value = "en", value_parser = parse_lang)]
        lang: Lang,
    },
    /// Quick estimate for one stream; the applicant is assumed eligible.
    Estimate {
        #[arg(long, value_parser = parse_stream)]
        stream: Stream,
        /// The eligible project cost, as people write it: 250000, HK$250,000, 33萬, 1.2m.
        #[arg(long, allow_hyphen_values = true)]
        cost: String,
        /// Application date (YYYY-MM-DD); defaults to today.
        #[arg(long, value_parser = parse_date)]
        date: Option<Date>,
        /// For new_technology_demonstration: hong_kong, guangdong_hong_kong or other.
        #[arg(long, value_parser = parse_origin)]
        technology_origin: Option<TechnologyOrigin>,
        #[arg(long)]
        json: bool,
        #[arg(long, default_value = "en", value_parser = parse_lang)]
        lang: Lang,
    },
    /// Evaluate a CSV file of cases, one a row; results as CSV on standard output.
    Batch {
        /// The CSV file (- for standard input).
        file: String,
        #[arg(long, default_value = "en", value_parser = parse_lang)]
        lang: Lang,
        /// The CSV file's encoding: utf-8, big5 or gb18030 (else from a byte
        /// order mark, valid UTF-8, or a guess, said on standard error).
        #[arg(long, value_parser = encoding::Named::parse)]
        encoding: Option<encoding::Named>,
    },
    /// The rule sets: dates, area, who may apply, streams, rates, ceilings,
    /// recognition awards and the source of each figure.
    Rules {
        /// The contract's JSON (the same as --format json).
        #[arg(long)]
        json: bool,
        /// markdown (the default: readable as it is, and what docs/rules.*.md
        /// holds) or json.
        #[arg(long, default_value = "markdown", value_parser = ["markdown", "json"])]
        format: String,
        #[arg(long, default_value = "en", value_parser = parse_lang)]
        lang: Lang,
    },
    /// The widget's first view as static HTML (a declarative shadow root to
    /// put inside <cp-funding-estimator>), rendered by the same components.
    Render {
        #[arg(long, default_value = "en", value_parser = parse_lang)]
        lang: Lang,
        /// public or staff.
        #[arg(long, default_value = "public", value_parser = parse_mode)]
        mode: Mode,
        /// A pinned application date, as the element's date attribute.
        #[arg(long, value_parser = parse_date)]
        date: Option<Date>,
    },
    /// Generates the demo pages: every *.html page in --templates put into
    /// its _layout.html, with the widget pre-rendered and the no-JavaScript
    /// rates filled in.
    Site {
        #[arg(long, default_value = "pages")]
        templates: String,
        #[arg(long, default_value = "www")]
        out: String,
    },
}

fn parse_mode(s: &str) -> Result<Mode, String> {
    Mode::parse(s).ok_or_else(|| format!("unknown mode \"{s}\": use public or staff"))
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::from_tag(s).ok_or_else(|| format!("unknown language \"{s}\": use en, zh-Hant or zh-Hans"))
}
fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s).map_err(|_| format!("\"{s}\" is not a date: write YYYY-MM-DD, e.g. 2018-05-01"))
}
fn parse_stream(s: &str) -> Result<Stream, String> {
    Stream::parse(s).ok_or_else(|| {
        let all: Vec<_> = Stream::ALL.iter().map(|s| s.as_str()).collect();
        format!("unknown stream \"{s}\": use one of {}", all.join(", "))
    })
}
fn parse_origin(s: &str) -> Result<TechnologyOrigin, String> {
    TechnologyOrigin::parse(s).ok_or_else(|| {
        format!("unknown origin \"{s}\": use hong_kong, guangdong_hong_kong or other")
    })
}

/// Today from the system clock (UTC+8, Hong Kong time).
fn system_today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    Date::from_unix_days((secs + 8 * 3600).div_euclid(86_400))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let today = cli.today.unwrap_or_else(system_today);
    let ctx = Context { today: Some(today) };
    let result = match cli.command {
        Command::Check { file, json, lang } => check(file.as_deref(), json, lang, &ctx),
        Command::Estimate {
            stream,
            cost,
            date,
            technology_origin,
            json,
            lang,
        } => estimate(
            stream,
            &cost,
            date.unwrap_or(today),
            technology_origin,
            json,
            lang,
            &ctx,
        ),
        Command::Batch {
            file,
            lang,
            encoding,
        } => run_batch(&file, lang, encoding, &ctx),
        Command::Rules { json, format, lang } => print_rules(json || format == "json", lang),
        Command::Render { lang, mode, date } => site::widget(Options {
            lang,
            mode,
            date,
            today,
        })
        .and_then(|html| write_out(&(html + "\n")))
        .map(|()| ExitCode::SUCCESS),
        Command::Site { templates, out } => site(&templates, &out, today),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            // Internal failure: reading or writing failed.
            let _ = writeln!(io::stderr(), "cpfund: {e}");
            ExitCode::from(1)
        }
    }
}

/// Fills every template of `templates` into `out` (same file names).
fn site(templates: &str, out: &str, today: Date) -> io::Result<ExitCode> {
    let read = |p: &std::path::Path| {
        std::fs::read_to_string(p)
            .map_err(|e| io::Error::new(e.kind(), format!("cannot read {}: {e}", p.display())))
    };
    let layout_path = std::path::Path::new(templates).join("_layout.html");
    let layout = if layout_path.exists() {
        read(&layout_path)?
    } else {
        String::new()
    };
    let mut names: Vec<_> = std::fs::read_dir(templates)
        .map_err(|e| io::Error::new(e.kind(), format!("cannot read {templates}: {e}")))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('_'))
        })
        .collect();
    names.sort();
    if names.is_empty() {
        return Err(io::Error::other(format!(
            "no .html templates in {templates}"
        )));
    }
    for path in names {
        let page = site::page(&read(&path)?, &layout)
            .and_then(|p| site::fill(&p, today))
            .map_err(|e| io::Error::other(format!("{}: {e}", path.display())))?;
        let target = std::path::Path::new(out).join(path.file_name().unwrap_or_default());
        std::fs::write(&target, page).map_err(|e| {
            io::Error::new(e.kind(), format!("cannot write {}: {e}", target.display()))
        })?;
        eprintln!("wrote {}", target.display());
    }
    // Each language's texts, which the widget loads beside its wasm.
    let dir = std::path::Path::new(out).join("texts");
    std::fs::create_dir_all(&dir)
        .map_err(|e| io::Error::new(e.kind(), format!("cannot create {}: {e}", dir.display())))?;
    for l in Lang::ALL {
        let target = dir.join(format!("{}.txt", l.tag()));
        std::fs::write(&target, i18n::catalogue::for_widget(l)).map_err(|e| {
            io::Error::new(e.kind(), format!("cannot write {}: {e}", target.display()))
        })?;
        eprintln!("wrote {}", target.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn open(file: Option<&str>) -> io::Result<Box<dyn BufRead>> {
    match file {
        None | Some("-") => Ok(Box::new(BufReader::new(io::stdin()))),
        Some(path) => std::fs::File::open(path)
            .map(|f| Box::new(BufReader::new(f)) as Box<dyn BufRead>)
            .map_err(|e| io::Error::new(e.kind(), format!("cannot read {path}: {e}"))),
    }
}

fn print_json(v: &Value) -> io::Result<()> {
    write_out(&(serde_json::to_string_pretty(v).map_err(io::Error::other)? + "\n"))
}

fn write_out(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

fn check(file: Option<&str>, json: bool, lang: Lang, ctx: &Context) -> io::Result<ExitCode> {
    let mut text = String::new();
    open(file)?.read_to_string(&mut text).map_err(|e| {
        io::Error::new(
            e.kind(),
            format!("cannot read the input as UTF-8 text: {e}"),
        )
    })?;
    // Each case evaluated once; rendered as JSON or as text.
    let (outcomes, array): (Vec<Result<rules::Evaluation, ReadError>>, bool) =
        match serde_json::from_str::<Value>(&text) {
            Err(e) => (vec![Err(syntax_error(e))], false),
            Ok(Value::Array(cases)) => {
                (cases.iter().map(|c| evaluate_value(c, ctx)).collect(), true)
            }
            Ok(v) => (vec![evaluate_value(&v, ctx)], false),
        };
    let any_error = outcomes.iter().any(Result::is_err);
    let code = ExitCode::from(if any_error { 2 } else { 0 });
    if json {
        let mut results: Vec<Value> = outcomes
            .iter()
            .map(|o| match o {
                Ok(e) => evaluation_json(e, lang),
                Err(e) => error_json(e, lang),
            })
            .collect();
        let v = if array {
            Value::Array(results)
        } else {
            results.pop().unwrap_or(Value::Null)
        };
        print_json(&v)?;
        return Ok(code);
    }
    let mut out = String::new();
    for (i, o) in outcomes.iter().enumerate() {
        if array {
            out += &format!("── {} {} ──\n", i18n::messages::ui_case(lang), i + 1);
        }
        match o {
            Ok(e) => out += &summary::text(e, lang),
            Err(e) => out += &format!("✗ {} [{}]\n", e.text(lang), e.field()),
        }
        out.push('\n');
    }
    write_out(&out)?;
    Ok(code)
}

fn estimate(
    stream: Stream,
    cost: &str,
    date: Date,
    origin: Option<TechnologyOrigin>,
    json: bool,
    lang: Lang,
    ctx: &Context,
) -> io::Result<ExitCode> {
    let cost = match cp_engine::money::Cost::parse(cost) {
        Ok(c) => c,
        Err(e) => {
            let err = ReadError::input(Field::Cost.path(), InputErrorKind::Money(e));
            if json {
                print_json(&error_json(&err, lang))?;
            } else {
                let _ = writeln!(io::stderr(), "cpfund: {}", err.text(lang));
            }
            return Ok(ExitCode::from(2));
        }
    };
    let e = rules::estimate(date, stream, cost, origin, ctx);
    if json {
        print_json(&evaluation_json(&e, lang))?;
    } else {
        write_out(&summary::text(&e, lang))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn run_batch(
    file: &str,
    lang: Lang,
    named: Option<encoding::Named>,
    ctx: &Context,
) -> io::Result<ExitCode> {
    let shown = if file == "-" { "-" } else { file };
    let (input, enc, how) = encoding::utf8_reader(open(Some(file))?, named)?;
    if how == encoding::How::Guessed {
        let _ = writeln!(
            io::stderr(),
            "cpfund batch: {}",
            i18n::messages::batch_encoding_guessed(
                lang,
                i18n::messages::BatchEncodingGuessed {
                    encoding: &enc.name(),
                    file: &shown,
                }
            )
        );
    }
    let out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    match batch::run(input, out, ctx, lang) {
        Ok(t) => Ok(ExitCode::from(if t.input_errors > 0 { 2 } else { 0 })),
        Err(batch::BatchError::Header(e)) => {
            let _ = writeln!(
                io::stderr(),
                "cpfund batch: {}",
                i18n::messages::batch_header_unusable(
                    lang,
                    i18n::messages::BatchHeaderUnusable {
                        columns: &"date,kind,br_registered,route,factory_region,stream,cost",
                        message: &e.text(lang),
                    }
                )
            );
            Ok(ExitCode::from(2))
        }
        Err(batch::BatchError::Csv(e)) => {
            // Bytes the encoding does not hold: which, where, and what to do.
            if let csv::ErrorKind::Io(io) = e.kind() {
                if let Some(u) = io
                    .get_ref()
                    .and_then(|x| x.downcast_ref::<encoding::Undecodable>())
                {
                    let _ = writeln!(
                        io::stderr(),
                        "cpfund batch: {}",
                        i18n::messages::batch_encoding_undecodable(
                            lang,
                            i18n::messages::BatchEncodingUndecodable {
                                encoding: &u.encoding.name(),
                                file: &shown,
                                line: &u.line,
                            }
                        )
                    );
                    return Ok(ExitCode::from(2));
                }
            }
            Err(io::Error::other(format!(
                "reading or writing CSV failed: {e}"
            )))
        }
    }
}

fn print_rules(json: bool, lang: Lang) -> io::Result<ExitCode> {
    if json {
        print_json(&rules_json(lang))?;
    } else {
        write_out(&i18n::rules_page::markdown(lang))?;
    }
    Ok(ExitCode::SUCCESS)
}

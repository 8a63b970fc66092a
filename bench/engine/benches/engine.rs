//! Time per case for the engine (the published acceptance cases, round
//! robin) and per string for the money parser. `make bench-engine`.

use cp_estimator::money::Cost;
use cp_estimator::rules::{evaluate, evaluate_project, Case, Context};
use cp_shells::json::case_from_value;
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use std::path::PathBuf;

fn cases() -> Vec<Case> {
    let dir = std::env::var_os("CP_SHARED_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    let text = std::fs::read_to_string(dir.join("acceptance/cases.json"))
        .expect("acceptance cases (set CP_SHARED_DIR)");
    let all: serde_json::Value = serde_json::from_str(&text).unwrap();
    all.as_array()
        .unwrap()
        .iter()
        .filter_map(|c| case_from_value(&c["case"]).ok())
        .collect()
}

fn engine(c: &mut Criterion) {
    let cases = cases();
    let ctx = Context { today: None };
    let mut g = c.benchmark_group("engine");
    g.throughput(Throughput::Elements(cases.len() as u64));
    g.bench_function(
        format!("evaluate, all streams ({} cases)", cases.len()),
        |b| {
            b.iter(|| {
                for case in &cases {
                    black_box(evaluate(black_box(case), &ctx).ok());
                }
            })
        },
    );
    g.bench_function(
        format!("evaluate_project, as batch ({} cases)", cases.len()),
        |b| {
            b.iter(|| {
                for case in &cases {
                    black_box(evaluate_project(black_box(case), &ctx).ok());
                }
            })
        },
    );
    g.finish();
}

fn money(c: &mut Criterion) {
    let inputs = [
        "250000",
        "250,000",
        "HK$250,000.50",
        "$ 1,200,000",
        "HKD 5,000",
        "２５００００",
        "1.2m",
        "300k",
        "33萬",
        "1.5億",
        "港幣28,000元",
        "not money",
    ];
    let mut g = c.benchmark_group("money");
    g.throughput(Throughput::Elements(inputs.len() as u64));
    g.bench_function(format!("Cost::parse ({} strings)", inputs.len()), |b| {
        b.iter(|| {
            for s in &inputs {
                black_box(Cost::parse(black_box(s)).ok());
            }
        })
    });
    g.finish();
}

criterion_group!(benches, engine, money);
criterion_main!(benches);

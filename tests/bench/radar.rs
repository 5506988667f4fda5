//! Native micro-benchmark: how long the core takes to score a full set of answers and render
//! the radar SVG, the work done on every answer. Run by `cargo xtask bench`; it reports and
//! never fails on a number.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::hint::black_box;
    use std::time::Instant;

    use partnership_readiness::core::assess::scoring::{assess, Answers};
    use partnership_readiness::core::questions::set::{built_in_set, Answer};
    use partnership_readiness::core::words::{radar, report};

    const SAMPLES: usize = 31;
    const RUNS_PER_SAMPLE: usize = 200;

    let set = built_in_set();
    // Every statement answered, cycling through the scale and "don't know".
    let scale = [
        Answer::StronglyAgree,
        Answer::Agree,
        Answer::Neither,
        Answer::Disagree,
        Answer::DontKnow,
    ];
    let answers: Answers = set
        .statements()
        .enumerate()
        .map(|(n, (_, statement))| (statement.id().to_string(), scale[n % scale.len()]))
        .collect();

    let mut per_render_us = Vec::with_capacity(SAMPLES);
    let mut svg_bytes = 0;
    for _ in 0..SAMPLES {
        let started = Instant::now();
        for _ in 0..RUNS_PER_SAMPLE {
            let assessment = assess(set, black_box(&answers));
            let chart = report::chart(
                partnership_readiness::core::questions::content::Content::english(),
                &assessment,
                "bench",
            );
            let svg = radar::render(&chart).expect("the chart renders");
            svg_bytes = black_box(svg).len();
        }
        per_render_us.push(started.elapsed().as_secs_f64() * 1e6 / RUNS_PER_SAMPLE as f64);
    }
    per_render_us.sort_by(f64::total_cmp);
    let median = per_render_us[SAMPLES / 2];
    let (fastest, slowest) = (per_render_us[0], per_render_us[SAMPLES - 1]);
    println!("score + render radar SVG (native, {SAMPLES} samples of {RUNS_PER_SAMPLE}):");
    println!("  median {median:.1} µs, fastest {fastest:.1} µs, slowest {slowest:.1} µs, SVG {svg_bytes} bytes");
    let json = format!(
        "{{\"median_us\":{median:.2},\"fastest_us\":{fastest:.2},\"slowest_us\":{slowest:.2},\"svg_bytes\":{svg_bytes}}}"
    );
    if let Some(path) = std::env::var_os("PRC_BENCH_OUT") {
        std::fs::write(path, json).expect("write the radar benchmark result");
    }
}

//! Lighthouse (mobile, simulated throttling) on our release build and on the hand-written
//! reference page, three runs each, interleaved. Reports the run with the median performance
//! score, its accessibility and best-practices scores and paint figures, and every audit that
//! costs points. Run by `cargo xtask bench`, which installs the pinned Lighthouse and passes it
//! as PRC_LIGHTHOUSE; it reports and never fails on a number.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
#[path = "../support/mod.rs"]
mod support;

#[cfg(not(target_arch = "wasm32"))]
#[path = "pages.rs"]
#[allow(dead_code)] // The browser bench uses the rest.
mod pages;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if let Err(error) = lighthouse::run() {
        eprintln!("Lighthouse benchmark failed: {error}");
        std::process::exit(1);
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod lighthouse {
    use std::path::{Path, PathBuf};
    use std::process::Command;

    use serde_json::{json, Value};

    use crate::support::{dist_dir, ServerOptions, StaticServer};

    type Outcome<T> = Result<T, Box<dyn std::error::Error>>;

    const RUNS: usize = 3;
    const CATEGORIES: [&str; 3] = ["performance", "accessibility", "best-practices"];
    /// Chromium as the tests run it, headless; Lighthouse's own defaults do the rest (a mobile
    /// device, simulated slow 4G and a 4x slower CPU).
    const CHROME_FLAGS: &str = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage \
        --disable-background-networking --disable-component-update --disable-sync --no-first-run";

    pub fn run() -> Outcome<()> {
        let lighthouse = std::env::var_os("PRC_LIGHTHOUSE")
            .map(PathBuf::from)
            .ok_or("PRC_LIGHTHOUSE is not set: run `cargo xtask bench`, which installs it")?;
        let out_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
        std::fs::create_dir_all(&out_dir)?;
        let ours = StaticServer::start_with(
            dist_dir(),
            ServerOptions {
                kit: true,
                ..ServerOptions::default()
            },
        );
        let reference = StaticServer::start(crate::pages::reference_dir());
        let pages = [("ours", ours.url("/")), ("reference", reference.url("/"))];
        let mut reports: Vec<Vec<Value>> = vec![Vec::new(); pages.len()];
        for run in 0..RUNS {
            for ((name, url), runs) in pages.iter().zip(reports.iter_mut()) {
                let path = out_dir.join(format!("lighthouse-{name}-{run}.json"));
                audit(&lighthouse, url, &path)?;
                runs.push(serde_json::from_str(&std::fs::read_to_string(&path)?)?);
            }
        }
        let mut summary = serde_json::Map::new();
        for ((name, _), runs) in pages.iter().zip(reports) {
            let page = summarise(runs)?;
            print(name, &page);
            summary.insert((*name).into(), page);
        }
        if let Some(path) = std::env::var_os("PRC_BENCH_OUT") {
            std::fs::write(path, Value::Object(summary).to_string())?;
        }
        Ok(())
    }

    fn audit(lighthouse: &Path, url: &str, out: &Path) -> Outcome<()> {
        let status = Command::new(lighthouse)
            .arg(url)
            .args(["--quiet", "--output=json"])
            .arg(format!("--output-path={}", out.display()))
            .arg(format!("--only-categories={}", CATEGORIES.join(",")))
            .arg(format!("--chrome-flags={CHROME_FLAGS}"))
            .status()
            .map_err(|error| format!("cannot run {}: {error}", lighthouse.display()))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("Lighthouse on {url} failed ({status})").into())
        }
    }

    fn score(report: &Value, category: &str) -> Option<f64> {
        report["categories"][category]["score"]
            .as_f64()
            .map(|score| (score * 100.0).round())
    }

    /// The run with the median performance score stands for the page.
    fn summarise(mut runs: Vec<Value>) -> Outcome<Value> {
        runs.sort_by(|a, b| {
            score(a, "performance")
                .unwrap_or(-1.0)
                .total_cmp(&score(b, "performance").unwrap_or(-1.0))
        });
        let scores: Vec<Option<f64>> = runs.iter().map(|r| score(r, "performance")).collect();
        let median = runs.get(runs.len() / 2).ok_or("no Lighthouse run")?;
        let metric = |id: &str| {
            median["audits"][id]["numericValue"]
                .as_f64()
                .map(f64::round)
        };
        Ok(json!({
            "performance_scores": scores,
            "performance": score(median, "performance"),
            "accessibility": score(median, "accessibility"),
            "best_practices": score(median, "best-practices"),
            "fcp_ms": metric("first-contentful-paint"),
            "lcp_ms": metric("largest-contentful-paint"),
            "tbt_ms": metric("total-blocking-time"),
            "cls": median["audits"]["cumulative-layout-shift"]["numericValue"].as_f64(),
            "speed_index_ms": metric("speed-index"),
            "costly_audits": costly_audits(median),
            "lighthouse_version": median["lighthouseVersion"],
        }))
    }

    /// Every weighted audit that scored below 1, with the points it costs its category:
    /// weight / total weight x (1 - score) x 100.
    fn costly_audits(report: &Value) -> Vec<Value> {
        let mut costly = Vec::new();
        for category in CATEGORIES {
            let refs = report["categories"][category]["auditRefs"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            let total: f64 = refs.iter().filter_map(|r| r["weight"].as_f64()).sum();
            for reference in &refs {
                let weight = reference["weight"].as_f64().unwrap_or(0.0);
                let id = reference["id"].as_str().unwrap_or_default();
                let audit = &report["audits"][id];
                let Some(score) = audit["score"].as_f64() else {
                    continue;
                };
                if weight > 0.0 && score < 1.0 && total > 0.0 {
                    costly.push(json!({
                        "category": category,
                        "id": id,
                        "title": audit["title"],
                        "display_value": audit["displayValue"],
                        "points": ((weight / total * (1.0 - score) * 100.0) * 10.0).round() / 10.0,
                    }));
                }
            }
        }
        costly
    }

    fn print(name: &str, page: &Value) {
        let figure = |key: &str| page[key].as_f64().map_or("-".into(), |v| format!("{v:.0}"));
        println!(
            "{name}: performance {} (runs {}), accessibility {}, best practices {}; FCP {} ms, LCP {} ms, TBT {} ms, CLS {:.3}, speed index {} ms",
            figure("performance"),
            page["performance_scores"],
            figure("accessibility"),
            figure("best_practices"),
            figure("fcp_ms"),
            figure("lcp_ms"),
            figure("tbt_ms"),
            page["cls"].as_f64().unwrap_or(f64::NAN),
            figure("speed_index_ms"),
        );
        for audit in page["costly_audits"].as_array().into_iter().flatten() {
            println!(
                "  costs {} points of {}: {} ({}){}",
                audit["points"],
                audit["category"].as_str().unwrap_or_default(),
                audit["title"].as_str().unwrap_or_default(),
                audit["id"].as_str().unwrap_or_default(),
                audit["display_value"]
                    .as_str()
                    .map(|v| format!(": {v}"))
                    .unwrap_or_default(),
            );
        }
    }
}

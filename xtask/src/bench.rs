//! `cargo xtask bench`: the figures behind the promise of a small, fast widget. It reports and
//! never fails on a number; it fails only when something cannot be measured.

use std::ffi::OsStr;
use std::fs;
use std::path::Path;

use crate::dist::{brotli_size, file_size, files_under, gzip_size};
use crate::process;
use crate::tools::{self, CHROMEDRIVER, CHROMIUM};
use crate::workspace::Workspace;
use crate::Result;

pub fn run(workspace: &Workspace) -> Result {
    tools::ensure_build_tools(workspace)?;
    tools::ensure_browser_tools(workspace)?;
    tools::ensure_brotli(workspace)?;
    let out_dir = workspace.root().join("target/bench");
    fs::create_dir_all(&out_dir)
        .map_err(|error| format!("cannot create {}: {error}", out_dir.display()))?;

    println!("\n==> release build");
    process::run(workspace.command("trunk").args(["build", "--release"]))?;

    println!("\n==> sizes of dist/ (a first visit downloads every file)");
    let sizes = sizes(workspace)?;

    println!("\n==> native: score + render the radar SVG");
    let radar_json = out_dir.join("radar.json");
    run_bench_target(workspace, "radar", &radar_json, &[])?;

    println!("\n==> headless Chromium: start-up, answer-to-chart, memory");
    let browser_json = out_dir.join("browser.json");
    let dist_dir = workspace.dist_dir();
    run_bench_target(
        workspace,
        "browser",
        &browser_json,
        &[
            ("PRC_DIST_DIR", dist_dir.as_os_str()),
            ("CHROMEDRIVER", CHROMEDRIVER.as_ref()),
            ("CHROMIUM", CHROMIUM.as_ref()),
        ],
    )?;

    let report = format!(
        "{{\"sizes\":{sizes},\"radar\":{},\"browser\":{}}}\n",
        read(&radar_json)?,
        read(&browser_json)?
    );
    let report_path = out_dir.join("report.json");
    fs::write(&report_path, report)
        .map_err(|error| format!("cannot write {}: {error}", report_path.display()))?;
    println!("\nall figures as JSON: {}", report_path.display());
    Ok(())
}

/// Runs one `harness = false` target under tests/bench/, which writes its figures to `out`.
fn run_bench_target(
    workspace: &Workspace,
    name: &str,
    out: &Path,
    variables: &[(&str, &OsStr)],
) -> Result {
    let mut command = workspace.command("cargo");
    command
        .args(["bench", "--quiet", "--bench", name])
        .env("PRC_BENCH_OUT", out)
        .envs(variables.iter().copied());
    process::run(&mut command)
}

/// Prints the size table and returns it as JSON.
fn sizes(workspace: &Workspace) -> Result<String> {
    let dist = workspace.dist_dir();
    println!(
        "{:<48} {:>10} {:>10} {:>10}",
        "file", "bytes", "gzip -9", "brotli"
    );
    let mut rows = Vec::new();
    let mut totals = [0u64; 3];
    for file in files_under(&dist)? {
        let name = file
            .strip_prefix(&dist)
            .unwrap_or(&file)
            .display()
            .to_string();
        let row = [
            file_size(&file)?,
            gzip_size(workspace, &file)?,
            brotli_size(workspace, &file)?,
        ];
        println!("{name:<48} {:>10} {:>10} {:>10}", row[0], row[1], row[2]);
        for (total, size) in totals.iter_mut().zip(row) {
            *total += size;
        }
        rows.push(format!(
            "{{\"file\":\"{name}\",\"bytes\":{},\"gzip\":{},\"brotli\":{}}}",
            row[0], row[1], row[2]
        ));
    }
    println!(
        "{:<48} {:>10} {:>10} {:>10}",
        "first visit (all files)", totals[0], totals[1], totals[2]
    );
    Ok(format!(
        "{{\"files\":[{}],\"first_visit\":{{\"bytes\":{},\"gzip\":{},\"brotli\":{}}}}}",
        rows.join(","),
        totals[0],
        totals[1],
        totals[2]
    ))
}

fn read(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|error| format!("cannot read {}: {error}", path.display()))
}

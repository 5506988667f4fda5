//! `cargo xtask test`: every check CI runs, in one command, in the order that fails fastest.

use std::process::Command;
use std::time::{Duration, Instant};

use crate::process;
use crate::tools::{self, CHROMEDRIVER, CHROMIUM, WASM_TARGET};
use crate::workspace::{Workspace, SPLIT_FEATURE};
use crate::Result;

struct Step {
    name: &'static str,
    command: Command,
}

pub fn run(workspace: &Workspace) -> Result {
    tools::ensure_build_tools(workspace)?;
    tools::ensure_browser_tools(workspace)?;
    let engines = tools::ensure_engine_tools(workspace)?;
    tools::ensure_nginx(workspace)?;

    let mut timings = Vec::new();
    for mut step in steps(workspace, &engines) {
        println!("\n==> {}", step.name);
        let started = Instant::now();
        let outcome = process::run(&mut step.command);
        timings.push((step.name, started.elapsed()));
        if let Err(error) = outcome {
            print_summary(&timings, false);
            return Err(format!("step `{}` failed: {error}", step.name));
        }
    }
    print_summary(&timings, true);
    Ok(())
}

/// Cheap static checks first, then the release build the end-to-end tests drive, then tests.
fn steps(workspace: &Workspace, engines: &tools::EngineTools) -> Vec<Step> {
    let dist_dir = workspace.dist_dir();
    let axe_script = tools::axe_core_script(workspace);
    vec![
        step(workspace, "cargo fmt --check", &["fmt", "--all", "--check"]),
        step(
            workspace,
            "clippy (native)",
            &[
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ],
        ),
        // The UI code and tests/browser.rs sit behind cfg(target_arch = "wasm32"), so they are only
        // linted when built for wasm32.
        step(
            workspace,
            "clippy (wasm32)",
            &[
                "clippy",
                "--target",
                WASM_TARGET,
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ],
        ),
        // The shipped build's later views are split points (`split`, ui::parts), which the
        // steps above compile as plain calls.
        step(
            workspace,
            "clippy (wasm32, split build)",
            &[
                "clippy",
                "--target",
                WASM_TARGET,
                "--lib",
                "--bins",
                "--features",
                SPLIT_FEATURE,
                "--",
                "-D",
                "warnings",
            ],
        ),
        // A build may leave out the views after the questionnaire (Cargo features, ui::views):
        // the widget without them must build, warning-free, as `cargo xtask bench` builds it.
        step(
            workspace,
            "clippy (wasm32, later views left out)",
            &[
                "clippy",
                "--target",
                WASM_TARGET,
                "--lib",
                "--no-default-features",
                "--",
                "-D",
                "warnings",
            ],
        ),
        Step {
            name: "trunk build --release",
            command: {
                let mut command = workspace.trunk();
                command.args(["build", "--release", "--features", SPLIT_FEATURE]);
                command
            },
        },
        // The tests' pseudo-language exists only in a build with the `pseudo-language` feature
        // (a release build ignores `?lang=qps`): a quick unoptimised build of its own, which
        // tests/languages.rs serves for the pseudo-language walk.
        Step {
            name: "trunk build (test-only pseudo-language)",
            command: {
                let mut command = workspace.trunk();
                command.args([
                    "build",
                    "--features",
                    &format!("pseudo-language,{SPLIT_FEATURE}"),
                    "--dist",
                ]);
                command.arg(workspace.pseudo_dist_dir());
                command
            },
        },
        // tests/e2e.rs serves dist/ and drives it in real Chromium through ChromeDriver.
        with_env(
            step(workspace, "native + e2e tests", &["test", "--workspace"]),
            &[
                ("PRC_DIST_DIR", dist_dir.to_string_lossy().as_ref()),
                (
                    "PRC_PSEUDO_DIST_DIR",
                    workspace.pseudo_dist_dir().to_string_lossy().as_ref(),
                ),
                ("PRC_AXE_JS", axe_script.to_string_lossy().as_ref()),
                ("CHROMEDRIVER", CHROMEDRIVER),
                ("CHROMIUM", CHROMIUM),
                ("PRC_FIREFOX", tools::FIREFOX),
                (
                    "GECKODRIVER",
                    engines.geckodriver.to_string_lossy().as_ref(),
                ),
                ("WEBKIT_DRIVER", tools::WEBKIT_DRIVER),
                (
                    "PRC_MINIBROWSER",
                    engines.minibrowser.to_string_lossy().as_ref(),
                ),
                ("PRC_XVFB", tools::XVFB),
                // tests/nginx.rs runs the hosting kit's nginx.conf with it.
                ("PRC_NGINX", tools::NGINX),
            ],
        ),
        // Runs through wasm-bindgen-test-runner (the wasm32 runner in .cargo/config.toml).
        with_env(
            step(
                workspace,
                "browser component tests (wasm32)",
                // The core's unit tests run natively above; this binary holds the browser tests.
                // `render-count` (test builds only) lets them count each component's renders.
                &[
                    "test",
                    "--target",
                    WASM_TARGET,
                    "--test",
                    "browser",
                    "--features",
                    "render-count",
                ],
            ),
            &[
                ("CHROMEDRIVER", CHROMEDRIVER),
                // The default 20 s is too short for a first headless Chromium start on 2 cores.
                ("WASM_BINDGEN_TEST_TIMEOUT", "120"),
            ],
        ),
    ]
}

fn step(workspace: &Workspace, name: &'static str, cargo_args: &[&str]) -> Step {
    let mut command = workspace.command("cargo");
    command.args(cargo_args);
    Step { name, command }
}

fn with_env(mut step: Step, variables: &[(&str, &str)]) -> Step {
    for (name, value) in variables {
        step.command.env(name, value);
    }
    step
}

/// Step times help spot what makes CI slow; the last line is what CI looks for.
fn print_summary(timings: &[(&str, Duration)], all_passed: bool) {
    println!("\n==> summary");
    for (index, (name, duration)) in timings.iter().enumerate() {
        let failed = !all_passed && index == timings.len() - 1;
        let mark = if failed { "FAILED" } else { "ok" };
        println!("  {name:<36} {mark:<6} {:>8.1}s", duration.as_secs_f64());
    }
    let total: Duration = timings.iter().map(|(_, duration)| *duration).sum();
    println!("  {:<36} {:<6} {:>8.1}s", "total", "", total.as_secs_f64());
    let failed = usize::from(!all_passed);
    println!("{} passed, {failed} failed", timings.len() - failed);
}

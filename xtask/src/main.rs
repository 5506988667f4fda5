//! Project automation for the Partnership Readiness Check widget.
//!
//! `cargo xtask <command>` (the alias lives in .cargo/config.toml) replaces a Makefile or shell
//! scripts: it is plain Rust with few dependencies, so it builds in seconds on any machine that can
//! build the widget, and it installs the pinned build tools itself so a fresh machine or CI runner
//! needs nothing but rustup, Node and apt.

mod bench;
mod cli;
mod compress;
mod critical_path;
mod dist;
mod languages;
mod parts;
mod post_build;
mod prerender;
mod process;
mod serve;
mod short_imports;
mod split;
mod test;
mod tools;
mod workspace;

use std::process::ExitCode;

use cli::Task;
use workspace::Workspace;

/// Errors are human-readable messages: every failure ends the run, so nothing needs to match on them.
pub type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let task = match cli::parse(std::env::args().skip(1)) {
        Ok(task) => task,
        Err(message) => {
            eprintln!("error: {message}\n\n{}", cli::USAGE);
            // 2 is the conventional exit status for a usage error.
            return ExitCode::from(2);
        }
    };
    if let Task::WasmBindgen { args } = &task {
        // Its exit code is the real wasm-bindgen's, which Trunk reads.
        return match Workspace::locate().and_then(|workspace| split::run(&workspace, args)) {
            Ok(code) => code,
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::FAILURE
            }
        };
    }
    match run(task) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(task: Task) -> Result {
    if let Task::Help = task {
        println!("{}", cli::USAGE);
        return Ok(());
    }
    let workspace = Workspace::locate()?;
    match task {
        Task::Help | Task::WasmBindgen { .. } => unreachable!("handled above"),
        Task::Serve { port } => serve::run(&workspace, port),
        Task::Dist { public_url } => dist::run(&workspace, &public_url),
        Task::Test => test::run(&workspace),
        Task::Bench => bench::run(&workspace),
        Task::PostBuild => post_build::run(&workspace),
        Task::Languages { review: false } => languages::run(&workspace),
        Task::Languages { review: true } => languages::review::run(&workspace),
    }
}

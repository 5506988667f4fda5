//! `cargo xtask wasm-bindgen ARGS`: what Trunk runs as `wasm-bindgen` (tools.rs puts a
//! two-line script of that name first on the PATH of every `trunk` xtask starts). A wasm built
//! with the `split` feature has its later views behind `#[wasm_split]` functions (src/ui/parts):
//! the splitter (wasm_split_cli_support) moves their code into parts, then the real
//! wasm-bindgen makes the glue for what is left, with Trunk's own arguments. Anything else (the
//! `--version` Trunk checks, a wasm without split points) goes to the real wasm-bindgen as it is.
//!
//! The parts and the splitter's link module (`__wasm_split.js`, which loads them) are kept in
//! target/prc-parts/<the glue's hash>/ until post-build (parts.rs) names each part for its bytes
//! and puts the link module into the glue: Trunk copies only the glue and the main wasm.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use crate::critical_path::content_hash;
use crate::languages::{read_bytes, write_file};
use crate::workspace::Workspace;
use crate::Result;

/// The import module the split functions name before the splitter links them
/// (wasm_split_macros' PLACEHOLDER_IMPORT_MODULE): a wasm without it has no split points.
const SPLIT_PLACEHOLDER: &[u8] = b"__wasm_split_placeholder__";
/// The link module's name, as the main wasm imports it and the glue therefore imports it.
pub const LINK_MODULE: &str = "__wasm_split.js";
/// What the splitter writes beside the parts: each split's files, and the glue they belong to.
pub const MANIFEST: &str = "parts.json";

/// Runs as Trunk's wasm-bindgen; the exit code is the real wasm-bindgen's.
pub fn run(workspace: &Workspace, args: &[String]) -> Result<ExitCode> {
    let real = workspace.cargo_bin().join("wasm-bindgen");
    let Some(input) = input_wasm(args) else {
        return pass_through(&real, args);
    };
    let wasm = read_bytes(Path::new(input))?;
    if !contains(&wasm, SPLIT_PLACEHOLDER) {
        return pass_through(&real, args);
    }
    let out_dir = option_value(args, "--out-dir").ok_or("wasm-bindgen: no --out-dir")?;
    let out_name = option_value(args, "--out-name").ok_or("wasm-bindgen: no --out-name")?;
    let staging = Path::new(out_dir).join("prc-parts");
    remove_dir_if_present(&staging)?;
    let main_wasm = staging.join("main.wasm");
    let split = wasm_split_cli_support::transform({
        let mut options = wasm_split_cli_support::Options::new(&wasm);
        options.output_dir = &staging;
        options.main_out_path = &main_wasm;
        options
    })
    .map_err(|error| format!("splitting {input}: {error:#}"))?;
    // The real wasm-bindgen on the main part, keeping the exports the parts link against.
    let mut bindgen_args: Vec<String> = args
        .iter()
        .map(|arg| match arg == input {
            true => main_wasm.to_string_lossy().into_owned(),
            false => arg.clone(),
        })
        .collect();
    bindgen_args.push("--keep-lld-exports".to_string());
    let code = pass_through(&real, &bindgen_args)?;
    if code != ExitCode::SUCCESS {
        return Ok(code);
    }
    let glue = read_bytes(&Path::new(out_dir).join(format!("{out_name}.js")))?;
    let kept = parts_dir(workspace, &glue);
    // Only this build's parts are kept: its post-build runs next, before any other build.
    if let Some(all) = kept.parent() {
        remove_dir_if_present(all)?;
    }
    std::fs::create_dir_all(&kept)
        .map_err(|error| format!("cannot create {}: {error}", kept.display()))?;
    for file in split.split_modules.iter().map(PathBuf::as_path) {
        copy_into(file, &kept)?;
    }
    copy_into(&staging.join(LINK_MODULE), &kept)?;
    let manifest = serde_json::json!({ "splits": split.prefetch_map });
    write_file(&kept.join(MANIFEST), &manifest.to_string())?;
    println!(
        "wasm-bindgen (xtask): {} part file(s) split off, kept in {}",
        split.split_modules.len(),
        kept.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// Where the parts of the build whose glue is `glue` (as wasm-bindgen wrote it) are kept, named
/// by the glue's hash: post-build finds the parts of the very glue it was given, and refuses a
/// glue whose parts were not kept (the last build's folder is the only one).
pub fn parts_dir(workspace: &Workspace, glue: &[u8]) -> PathBuf {
    workspace
        .root()
        .join("target/prc-parts")
        .join(content_hash(glue))
}

/// The wasm file Trunk passes: the one argument that is not an option and names a .wasm.
fn input_wasm(args: &[String]) -> Option<&str> {
    args.iter()
        .map(String::as_str)
        .find(|arg| !arg.starts_with('-') && arg.ends_with(".wasm"))
}

/// `--name=value` or `--name value`.
fn option_value<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    let prefix = format!("{name}=");
    args.iter().enumerate().find_map(|(index, arg)| {
        if let Some(value) = arg.strip_prefix(&prefix) {
            return Some(value);
        }
        (arg == name)
            .then(|| args.get(index + 1).map(String::as_str))
            .flatten()
    })
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

fn pass_through(real: &Path, args: &[String]) -> Result<ExitCode> {
    let status = Command::new(real)
        .args(args)
        .status()
        .map_err(|error| format!("could not start {}: {error}", real.display()))?;
    Ok(match status.code() {
        Some(0) => ExitCode::SUCCESS,
        Some(code) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
        None => ExitCode::FAILURE,
    })
}

fn remove_dir_if_present(dir: &Path) -> Result {
    match std::fs::remove_dir_all(dir) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
            Err(format!("cannot remove {}: {error}", dir.display()))
        }
        _ => Ok(()),
    }
}

fn copy_into(file: &Path, dir: &Path) -> Result {
    let name = file
        .file_name()
        .ok_or_else(|| format!("{} has no file name", file.display()))?;
    std::fs::copy(file, dir.join(name))
        .map(|_| ())
        .map_err(|error| format!("cannot copy {}: {error}", file.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn the_input_and_options_are_read_as_trunk_writes_them() {
        let args = words(
            "--target=web --out-dir=/t/wasm-bindgen/release --out-name x-1 /t/x.wasm --no-typescript",
        );
        assert_eq!(input_wasm(&args), Some("/t/x.wasm"));
        assert_eq!(
            option_value(&args, "--out-dir"),
            Some("/t/wasm-bindgen/release")
        );
        assert_eq!(option_value(&args, "--out-name"), Some("x-1"));
        assert_eq!(option_value(&args, "--keep-debug"), None);
        assert_eq!(input_wasm(&words("--version")), None);
    }

    #[test]
    fn a_wasm_without_split_points_is_told_apart() {
        assert!(contains(
            b"..__wasm_split_placeholder__..",
            SPLIT_PLACEHOLDER
        ));
        assert!(!contains(b"__wasm_split_placeholder_", SPLIT_PLACEHOLDER));
    }
}

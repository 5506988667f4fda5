//! Installs the build and test tools at pinned versions, idempotently.
//!
//! Versions are pinned because Trunk only uses a wasm-bindgen / wasm-opt from PATH when it reports
//! exactly the version Trunk.toml asks for; otherwise it tries to download one, which fails on
//! machines without general internet access. Each pin below says why it is that version.

use std::path::{Path, PathBuf};

use crate::process::{self, probe};
use crate::workspace::Workspace;
use crate::Result;

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// 0.22.x needs a newer rustc than this project's 1.95.
const TRUNK_VERSION: &str = "0.21.14";
/// Must equal the `wasm-bindgen = "=..."` pin in the root Cargo.toml and `wasm_bindgen` in Trunk.toml.
const WASM_BINDGEN_VERSION: &str = "0.2.130";
/// From npm because Debian's binaryen 108 cannot parse current wasm-bindgen output.
const BINARYEN_NPM_VERSION: &str = "132.0.0";
/// What that package's `wasm-opt --version` reports ("wasm-opt version 132 (version_132)").
const WASM_OPT_VERSION: &str = "132";

/// The CSS and JavaScript minifier post-build runs on a release build.
const ESBUILD_NPM_VERSION: &str = "0.28.2";
/// The accessibility engine the end-to-end tests inject into each view (from the npm registry).
const AXE_CORE_NPM_VERSION: &str = "4.14.1";
/// The bench's Lighthouse. 13 needs Node 22 (these machines have Node 20), and npm refuses the
/// lock files of 12.3 to 13.4 here; 12.2.3 is tested on this kind of machine.
pub const LIGHTHOUSE_NPM_VERSION: &str = "12.2.3";

/// Debian's packages put them here; the e2e tests and wasm-bindgen-test-runner use these paths.
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// Firefox ESR and WebKitGTK (the engine of Safari) from Debian, at whatever version the archive
/// holds (printed in the log); WebKit's MiniBrowser needs a display, which Xvfb gives it.
pub const FIREFOX: &str = "/usr/bin/firefox-esr";
pub const WEBKIT_DRIVER: &str = "/usr/bin/WebKitWebDriver";
pub const XVFB: &str = "/usr/bin/Xvfb";
/// Debian's nginx and its brotli module, for the test that runs the hosting kit's nginx.conf
/// (tests/nginx.rs), at whatever version the archive holds (printed in the log).
pub const NGINX: &str = "/usr/sbin/nginx";
const NGINX_BROTLI_MODULE: &str = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";
/// The WebDriver server for Firefox is a crates.io crate; pinned like the other cargo tools.
const GECKODRIVER_VERSION: &str = "0.37.1";

/// Everything `trunk build` / `trunk serve` needs.
pub fn ensure_build_tools(workspace: &Workspace) -> Result {
    // Node first: the npm wasm-opt is a Node program.
    ensure_node(workspace)?;
    ensure_wasm_target(workspace)?;
    ensure_trunk(workspace)?;
    ensure_wasm_bindgen(workspace)?;
    ensure_wasm_opt(workspace)?;
    ensure_esbuild(workspace)?;
    ensure_split_wrapper(workspace)
}

/// The `wasm-bindgen` Trunk finds first on `Workspace::trunk`'s PATH: a script that runs this
/// very xtask binary's `wasm-bindgen` command (split.rs), which calls the real one. Written on
/// every run, as it names the binary by its path.
fn ensure_split_wrapper(workspace: &Workspace) -> Result {
    let xtask = std::env::current_exe()
        .map_err(|error| format!("cannot find xtask's own binary: {error}"))?;
    let xtask = xtask.to_string_lossy();
    if xtask.contains('\'') {
        return Err(format!("xtask's path has a quote in it: {xtask}"));
    }
    let dir = workspace.split_bin();
    std::fs::create_dir_all(&dir)
        .map_err(|error| format!("cannot create {}: {error}", dir.display()))?;
    let script = dir.join("wasm-bindgen");
    crate::languages::write_file(
        &script,
        &format!("#!/bin/sh\nexec '{xtask}' wasm-bindgen \"$@\"\n"),
    )?;
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755))
        .map_err(|error| format!("cannot make {} runnable: {error}", script.display()))
}

/// Chromium and ChromeDriver for the headless-browser and end-to-end tests.
pub fn ensure_browser_tools(workspace: &Workspace) -> Result {
    if !(Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists()) {
        println!("tool chromium: not found at {CHROMIUM} / {CHROMEDRIVER}");
        install_debian_packages(workspace, &["chromium", "chromium-driver"])?;
    }
    check_browser_versions_match(workspace)?;
    ensure_axe_core(workspace)
}

/// nginx with `brotli_static` (Debian's libnginx-mod-http-brotli-static), as a web team would
/// install it, for the test of the kit's nginx.conf. Installing only puts the files in place:
/// nothing is started (the test runs its own nginx on a loopback port).
pub fn ensure_nginx(workspace: &Workspace) -> Result {
    if !(Path::new(NGINX).exists() && Path::new(NGINX_BROTLI_MODULE).exists()) {
        println!(
            "tool nginx: not found at {NGINX} / {NGINX_BROTLI_MODULE} (installing takes ~7 s)"
        );
        let started = std::time::Instant::now();
        install_debian_packages(workspace, &["nginx", "libnginx-mod-http-brotli-static"])?;
        println!(
            "tool nginx: installed in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
    for package in ["nginx", "libnginx-mod-http-brotli-static"] {
        println!(
            "tool {package}: found {}",
            debian_version(workspace, package)
        );
    }
    Ok(())
}

/// Where each engine's pieces are, for the end-to-end tests (passed as environment variables).
pub struct EngineTools {
    pub geckodriver: PathBuf,
    pub minibrowser: PathBuf,
}

/// Firefox ESR with geckodriver, and WebKitGTK's WebDriver and MiniBrowser under Xvfb, for the
/// journeys that run in every engine.
pub fn ensure_engine_tools(workspace: &Workspace) -> Result<EngineTools> {
    let missing: Vec<&str> = [
        (FIREFOX, "firefox-esr"),
        (WEBKIT_DRIVER, "webkit2gtk-driver"),
        (XVFB, "xvfb"),
    ]
    .iter()
    .filter(|(path, _)| !Path::new(path).exists())
    .map(|(_, package)| *package)
    .collect();
    if !missing.is_empty() {
        println!("tool engines: missing {}", missing.join(", "));
        install_debian_packages(workspace, &missing)?;
    }
    let geckodriver = PinnedTool {
        name: "geckodriver",
        version: GECKODRIVER_VERSION,
        programs: vec![workspace.cargo_bin().join("geckodriver")],
        first_install_time: "~2 min",
    };
    ensure_pinned(workspace, &geckodriver, || {
        cargo_install_locked(workspace, "geckodriver", GECKODRIVER_VERSION)
    })?;
    let minibrowser = minibrowser(workspace)?;
    let firefox = probe(workspace.command(FIREFOX).arg("--version")).unwrap_or_default();
    println!("tool firefox: found {}", firefox.trim());
    for package in ["webkit2gtk-driver", "libwebkit2gtk-4.1-0", "xvfb"] {
        println!(
            "tool {package}: found {}",
            debian_version(workspace, package)
        );
    }
    println!("tool minibrowser: {}", minibrowser.display());
    Ok(EngineTools {
        geckodriver: workspace.cargo_bin().join("geckodriver"),
        minibrowser,
    })
}

/// The installed version of a Debian package, as dpkg knows it.
fn debian_version(workspace: &Workspace, package: &str) -> String {
    probe(
        workspace
            .command("dpkg-query")
            .args(["-W", "-f", "${Version}", package]),
    )
    .unwrap_or_default()
    .trim()
    .to_string()
}

/// MiniBrowser is not on PATH: it lives in the WebKitGTK library package's own folder.
fn minibrowser(workspace: &Workspace) -> Result<PathBuf> {
    let files = probe(
        workspace
            .command("dpkg")
            .args(["-L", "libwebkit2gtk-4.1-0"]),
    )
    .ok_or("cannot list the files of libwebkit2gtk-4.1-0")?;
    files
        .lines()
        .find(|line| line.ends_with("/MiniBrowser"))
        .map(PathBuf::from)
        .ok_or_else(|| "libwebkit2gtk-4.1-0 has no MiniBrowser".to_string())
}

/// Where the tests find axe-core's browser bundle; `cargo xtask test` passes it as PRC_AXE_JS.
pub fn axe_core_script(workspace: &Workspace) -> PathBuf {
    workspace
        .npm_prefix()
        .join("node_modules/axe-core/axe.min.js")
}

fn ensure_axe_core(workspace: &Workspace) -> Result {
    let manifest = workspace
        .npm_prefix()
        .join("node_modules/axe-core/package.json");
    let installed = std::fs::read_to_string(&manifest).ok();
    let pinned = format!("\"version\": \"{AXE_CORE_NPM_VERSION}\"");
    if installed
        .as_deref()
        .is_some_and(|text| text.contains(&pinned))
    {
        println!("tool axe-core: found {AXE_CORE_NPM_VERSION}, ok");
        return Ok(());
    }
    println!("tool axe-core: installing {AXE_CORE_NPM_VERSION} (takes ~5 s the first time)");
    npm_install(workspace, &format!("axe-core@{AXE_CORE_NPM_VERSION}"))?;
    if axe_core_script(workspace).is_file() {
        Ok(())
    } else {
        Err(format!(
            "tool axe-core: installed, but {} is missing",
            axe_core_script(workspace).display()
        ))
    }
}

/// Where `cargo xtask bench` finds Lighthouse's command, installed by `ensure_lighthouse`.
pub fn lighthouse_command(workspace: &Workspace) -> PathBuf {
    workspace
        .bench_npm_prefix()
        .join("node_modules/.bin/lighthouse")
}

/// Lighthouse, for the bench only (never for `cargo xtask test`), pinned in its own prefix.
pub fn ensure_lighthouse(workspace: &Workspace) -> Result {
    ensure_node(workspace)?;
    let manifest = workspace
        .bench_npm_prefix()
        .join("node_modules/lighthouse/package.json");
    let installed = std::fs::read_to_string(&manifest).ok();
    let pinned = format!("\"version\": \"{LIGHTHOUSE_NPM_VERSION}\"");
    if installed
        .as_deref()
        .is_some_and(|text| text.contains(&pinned))
        && lighthouse_command(workspace).is_file()
    {
        println!("tool lighthouse: found {LIGHTHOUSE_NPM_VERSION}, ok");
        return Ok(());
    }
    println!("tool lighthouse: installing {LIGHTHOUSE_NPM_VERSION} (takes ~10 s the first time)");
    npm_install_into(
        workspace,
        &workspace.bench_npm_prefix(),
        &format!("lighthouse@{LIGHTHOUSE_NPM_VERSION}"),
    )?;
    if lighthouse_command(workspace).is_file() {
        Ok(())
    } else {
        Err(format!(
            "tool lighthouse: installed, but {} is missing",
            lighthouse_command(workspace).display()
        ))
    }
}

/// Installs one pinned npm package into target/tools, beside the others already there.
fn npm_install(workspace: &Workspace, package: &str) -> Result {
    npm_install_into(workspace, &workspace.npm_prefix(), package)
}

/// Installs one pinned npm package into `prefix`.
fn npm_install_into(workspace: &Workspace, prefix: &Path, package: &str) -> Result {
    std::fs::create_dir_all(prefix)
        .map_err(|error| format!("cannot create {}: {error}", prefix.display()))?;
    process::run(
        workspace
            .command("npm")
            .arg("install")
            .arg("--prefix")
            .arg(prefix)
            .args(["--no-audit", "--no-fund", "--save-exact"])
            .arg(package),
    )
}

fn ensure_node(workspace: &Workspace) -> Result {
    let node = probe(workspace.command("node").arg("--version"));
    let npm = probe(workspace.command("npm").arg("--version"));
    if let (Some(node), Some(npm)) = (&node, &npm) {
        println!("tool node: found {}, npm {}, ok", node.trim(), npm.trim());
        return Ok(());
    }
    println!("tool node: node or npm not found");
    install_debian_packages(workspace, &["nodejs", "npm"])
}

fn ensure_wasm_target(workspace: &Workspace) -> Result {
    let installed = probe(
        workspace
            .command("rustup")
            .args(["target", "list", "--installed"]),
    )
    .unwrap_or_default();
    if installed.lines().any(|line| line.trim() == WASM_TARGET) {
        println!("tool rust target {WASM_TARGET}: found, ok");
        return Ok(());
    }
    println!("tool rust target {WASM_TARGET}: installing (takes ~1 min the first time)");
    process::run(
        workspace
            .command("rustup")
            .args(["target", "add", WASM_TARGET]),
    )
}

fn ensure_trunk(workspace: &Workspace) -> Result {
    let tool = PinnedTool {
        name: "trunk",
        version: TRUNK_VERSION,
        programs: vec![PathBuf::from("trunk")],
        first_install_time: "~9 min",
    };
    ensure_pinned(workspace, &tool, || {
        cargo_install_locked(workspace, "trunk", TRUNK_VERSION)
    })
}

/// `cargo install --locked` of one crate at exactly `version`.
fn cargo_install_locked(workspace: &Workspace, krate: &str, version: &str) -> Result {
    process::run(workspace.command("cargo").args([
        "install",
        krate,
        "--locked",
        "--version",
        version,
    ]))
}

fn ensure_wasm_bindgen(workspace: &Workspace) -> Result {
    let tool = PinnedTool {
        name: "wasm-bindgen-cli",
        version: WASM_BINDGEN_VERSION,
        // The test runner comes from the same crate; check both so a half-installed CLI is redone.
        programs: vec![
            PathBuf::from("wasm-bindgen"),
            PathBuf::from("wasm-bindgen-test-runner"),
        ],
        first_install_time: "~3 min",
    };
    ensure_pinned(workspace, &tool, || {
        // No --locked: its lockfile names a webpki-roots release the reachable index lacks.
        process::run(workspace.command("cargo").args([
            "install",
            "wasm-bindgen-cli",
            "--version",
            WASM_BINDGEN_VERSION,
        ]))
    })
}

fn ensure_wasm_opt(workspace: &Workspace) -> Result {
    let tool = PinnedTool {
        name: "wasm-opt",
        version: WASM_OPT_VERSION,
        // The exact path, so Debian's /usr/bin/wasm-opt can never pass the check.
        programs: vec![workspace.npm_bin().join("wasm-opt")],
        first_install_time: "~5 s",
    };
    ensure_pinned(workspace, &tool, || {
        npm_install(workspace, &format!("binaryen@{BINARYEN_NPM_VERSION}"))
    })
}

/// The minifier of the files before the first screen (critical_path.rs), from npm: its
/// package brings the one native binary for this platform from the registry.
fn ensure_esbuild(workspace: &Workspace) -> Result {
    let tool = PinnedTool {
        name: "esbuild",
        version: ESBUILD_NPM_VERSION,
        programs: vec![workspace.npm_bin().join("esbuild")],
        first_install_time: "~3 s",
    };
    ensure_pinned(workspace, &tool, || {
        npm_install(workspace, &format!("esbuild@{ESBUILD_NPM_VERSION}"))
    })
}

/// A tool that must report exactly `version` from `<program> --version` for each of `programs`.
struct PinnedTool {
    name: &'static str,
    version: &'static str,
    programs: Vec<PathBuf>,
    first_install_time: &'static str,
}

/// Does nothing when the pinned version is present, else runs `install` and checks again.
fn ensure_pinned(
    workspace: &Workspace,
    tool: &PinnedTool,
    install: impl FnOnce() -> Result,
) -> Result {
    let name = tool.name;
    if has_pinned_version(workspace, tool) {
        println!("tool {name}: found {}, ok", tool.version);
        return Ok(());
    }
    match reported_version(workspace, &tool.programs[0]) {
        Some(found) => println!("tool {name}: found {found}, need {}", tool.version),
        None => println!("tool {name}: not found"),
    }
    println!(
        "tool {name}: installing {} (takes {} the first time)",
        tool.version, tool.first_install_time
    );
    install()?;
    if has_pinned_version(workspace, tool) {
        println!("tool {name}: installed {}, ok", tool.version);
        Ok(())
    } else {
        Err(format!(
            "tool {name}: installed, but `{} --version` still does not report {} \
             (is an older copy earlier on PATH than {}?)",
            tool.programs[0].display(),
            tool.version,
            workspace.cargo_bin().display()
        ))
    }
}

fn has_pinned_version(workspace: &Workspace, tool: &PinnedTool) -> bool {
    tool.programs.iter().all(|program| {
        let output = probe(workspace.command(program).arg("--version"));
        output.is_some_and(|text| version_tokens(&text).contains(&tool.version))
    })
}

fn reported_version(workspace: &Workspace, program: &Path) -> Option<String> {
    let output = probe(workspace.command(program).arg("--version"))?;
    version_tokens(&output)
        .first()
        .map(|token| token.to_string())
}

/// The number-like words in a `--version` line, e.g. "wasm-opt version 132 (version_132)" gives
/// ["132", "132"] and "Chromium 131.0.6778.85 built on Debian 12.8" gives ["131.0.6778.85", "12.8"].
/// Comparing whole tokens (not substrings) keeps "0.21.140" from passing for "0.21.14".
fn version_tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .map(|token| token.trim_matches('.'))
        .filter(|token| token.starts_with(|c: char| c.is_ascii_digit()))
        .collect()
}

fn major_version(version: &str) -> &str {
    version.split('.').next().unwrap_or(version)
}

/// ChromeDriver only drives the Chromium major version it was built for; Debian ships them as a
/// pair, but a partial upgrade can split them and then every browser test fails obscurely.
fn check_browser_versions_match(workspace: &Workspace) -> Result {
    let chromium = browser_version(workspace, CHROMIUM)?;
    let chromedriver = browser_version(workspace, CHROMEDRIVER)?;
    println!("tool chromium: found {chromium}");
    println!("tool chromedriver: found {chromedriver}");
    if major_version(&chromium) == major_version(&chromedriver) {
        println!("tool chromium/chromedriver: same major version, ok");
        Ok(())
    } else {
        Err(format!(
            "chromium {chromium} and chromedriver {chromedriver} have different major versions; \
             run: apt-get update && apt-get install -y chromium chromium-driver"
        ))
    }
}

fn browser_version(workspace: &Workspace, program: &str) -> Result<String> {
    let output = probe(workspace.command(program).arg("--version"))
        .ok_or_else(|| format!("`{program} --version` failed"))?;
    version_tokens(&output)
        .first()
        .map(|token| token.to_string())
        .ok_or_else(|| {
            format!(
                "no version in `{program} --version` output: {}",
                output.trim()
            )
        })
}

/// apt needs root; without it, say exactly what to run instead of failing halfway.
fn install_debian_packages(workspace: &Workspace, packages: &[&str]) -> Result {
    let list = packages.join(" ");
    if !running_as_root(workspace) {
        return Err(format!(
            "missing Debian packages; install them with:\n  \
             sudo apt-get update && sudo apt-get install -y {list}"
        ));
    }
    println!("installing Debian packages: {list}");
    // A fresh machine has no package lists, so install alone would fail to find the packages.
    process::run(workspace.command("apt-get").arg("update"))?;
    process::run(
        workspace
            .command("apt-get")
            .args(["install", "-y"])
            .args(packages)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

fn running_as_root(workspace: &Workspace) -> bool {
    probe(workspace.command("id").arg("-u")).is_some_and(|uid| uid.trim() == "0")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_tokens_pick_whole_versions_out_of_tool_banners() {
        assert_eq!(version_tokens("trunk 0.21.14\n"), ["0.21.14"]);
        assert_eq!(
            version_tokens("wasm-bindgen 0.2.130 (abc1234)"),
            ["0.2.130", "1234"]
        );
        assert_eq!(
            version_tokens("wasm-opt version 132 (version_132)"),
            ["132", "132"]
        );
        assert_eq!(
            version_tokens("Chromium 131.0.6778.85 built on Debian 12.8, running on Debian 12.8"),
            ["131.0.6778.85", "12.8", "12.8"]
        );
    }

    #[test]
    fn a_longer_version_does_not_pass_for_the_pinned_one() {
        assert!(!version_tokens("trunk 0.21.140").contains(&"0.21.14"));
        assert!(!version_tokens("wasm-opt version 1320").contains(&"132"));
    }

    #[test]
    fn major_version_is_the_first_component() {
        assert_eq!(major_version("131.0.6778.85"), "131");
        assert_eq!(major_version("132"), "132");
    }
}

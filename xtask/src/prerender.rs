//! The prerendered first screen in index.html: the welcome, rendered by the widget's own
//! components natively (the `prerender` example, built with the workspace's features so it shares
//! the test build's artifacts), for each shipped language, put into `#app` after the loading line.
//! How the page shows it and the app replaces it: src/ui/prerender.rs.

use std::path::{Path, PathBuf};

use crate::languages::{read_file, write_file};
use crate::process;
use crate::workspace::Workspace;
use crate::Result;

/// The loading line index.html holds in `#app`; the prerender follows it.
const LOADING_LINE: &str = "<p class=\"loading\" id=\"prc-loading\">";

pub fn write(workspace: &Workspace, build: &Path) -> Result {
    let program = build_example(workspace)?;
    let out = workspace.root.join("target/prerender/first-screen.json");
    process::run(
        workspace
            .command(&program)
            .arg("--build")
            .arg(build)
            .arg("--out")
            .arg(&out),
    )?;
    let rendered: serde_json::Value = serde_json::from_str(&read_file(&out)?)
        .map_err(|error| format!("{}: {error}", out.display()))?;
    let block = rendered["block"]
        .as_str()
        .ok_or_else(|| format!("{} has no block", out.display()))?;
    let index = build.join("index.html");
    let html = read_file(&index)?;
    write_file(&index, &with_prerender(&html, block)?)?;
    println!(
        "post-build: the first screen prerendered in {} ({} bytes)",
        rendered["languages"],
        block.len()
    );
    Ok(())
}

/// Builds the example natively (`--workspace`, so features resolve as for `cargo test
/// --workspace` and the widget's native build is shared with the tests) and returns its path.
fn build_example(workspace: &Workspace) -> Result<PathBuf> {
    let messages = process::output(workspace.command("cargo").args([
        "build",
        "--quiet",
        "--workspace",
        "--example",
        "prerender",
        "--message-format=json-render-diagnostics",
    ]))?;
    messages
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|message| message["target"]["name"] == "prerender")
        .find_map(|message| message["executable"].as_str().map(PathBuf::from))
        .ok_or_else(|| "cargo built no prerender example".to_string())
}

/// `html` with `block` inside `#app`, right after the loading line. A page without that line is
/// an error: a build would otherwise ship without its first screen and nobody would notice.
fn with_prerender(html: &str, block: &str) -> Result<String> {
    let start = html
        .find(LOADING_LINE)
        .ok_or("index.html has no loading line (#prc-loading) to put the first screen after")?;
    let end = start
        + html[start..]
            .find("</p>")
            .ok_or("index.html's loading line is not closed")?
        + "</p>".len();
    if html.contains("class=\"prerender\"") {
        return Err("index.html already holds a prerendered first screen".into());
    }
    Ok(format!("{}{block}{}", &html[..end], &html[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<body><div id=\"app\">\n<p class=\"loading\" id=\"prc-loading\"><span>Loading</span></p>\n</div></body>";

    #[test]
    fn the_first_screen_goes_into_app_after_the_loading_line() {
        let html = with_prerender(PAGE, "<div class=\"prerender\">W</div>").unwrap();
        assert_eq!(
            html,
            "<body><div id=\"app\">\n<p class=\"loading\" id=\"prc-loading\"><span>Loading</span></p><div class=\"prerender\">W</div>\n</div></body>"
        );
    }

    #[test]
    fn a_page_without_the_loading_line_or_with_a_prerender_already_fails_the_build() {
        let error = with_prerender("<div id=\"app\"></div>", "x").unwrap_err();
        assert!(error.contains("no loading line"), "{error}");
        let once = with_prerender(PAGE, "<div class=\"prerender\">W</div>").unwrap();
        let error = with_prerender(&once, "<div class=\"prerender\">W</div>").unwrap_err();
        assert!(error.contains("already"), "{error}");
    }
}

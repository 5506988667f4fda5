//! What every visit downloads before its first screen, made as small as it can be after Trunk
//! has written the build (Trunk's own minifier cannot do it: it rewrites index.html, which the
//! steps after it read, and fails on the wasm-bindgen glue):
//! - the widget's stylesheets become one file, `widget-<hash>.css`: one request that blocks the
//!   first paint instead of seven (each a round trip on a slow connection), in index.html's order;
//! - in a release build that file, the wasm-bindgen glue, boot.js and loader.js are minified by
//!   esbuild (pinned in tools.rs), a well-kept minifier for both CSS and JavaScript.
//!
//! Trunk's hashed names stay as they are for the scripts: the minified file is a fixed function of
//! the file Trunk hashed, so the name still changes exactly when the content does.

use std::fs;
use std::path::{Path, PathBuf};

use sha2::Digest as _;

use crate::languages::write_file;
use crate::process;
use crate::workspace::Workspace;
use crate::Result;

/// The one stylesheet's name before its hash (`widget-<16 hex digits>.css`).
const STYLESHEET_STEM: &str = "widget";
/// The classic scripts that run before the first screen, as index.html names them.
const BOOT_SCRIPT_STEM: &str = "boot-";
const LOADER_SCRIPT: &str = "loader.js";

pub fn run(workspace: &Workspace, build: &Path, release: bool) -> Result {
    let index = build.join("index.html");
    let html = read(&index)?;
    let stylesheets = stylesheet_files(&html);
    if stylesheets.is_empty() {
        return Err("index.html links no stylesheet to combine".into());
    }
    let mut combined = String::new();
    for file in &stylesheets {
        combined.push_str(&read(&build.join(file))?);
        combined.push('\n');
    }
    let combined_path = build.join(format!("{STYLESHEET_STEM}.css"));
    write_file(&combined_path, &combined)?;
    let mut scripts = Vec::new();
    if release {
        minify(workspace, &combined_path)?;
        scripts = scripts_to_minify(&html);
        for script in &scripts {
            minify(workspace, &build.join(script))?;
        }
    }
    let name = format!(
        "{STYLESHEET_STEM}-{}.css",
        content_hash(&fs::read(&combined_path).map_err(|e| format!("{e}"))?)
    );
    fs::rename(&combined_path, build.join(&name))
        .map_err(|error| format!("cannot name {name}: {error}"))?;
    for file in &stylesheets {
        fs::remove_file(build.join(file))
            .map_err(|error| format!("cannot remove {file}: {error}"))?;
    }
    write_file(&index, &with_one_stylesheet(&html, &stylesheets, &name)?)?;
    println!(
        "post-build: {} stylesheets in {name}{}",
        stylesheets.len(),
        if release {
            format!(", minified with {}", scripts.join(", "))
        } else {
            String::new()
        }
    );
    Ok(())
}

fn read(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|error| format!("cannot read {}: {error}", path.display()))
}

/// The esbuild program `cargo xtask` installs (tools.rs).
fn esbuild(workspace: &Workspace) -> PathBuf {
    workspace.npm_bin().join("esbuild")
}

/// Minifies `path` in place (CSS or JavaScript, by its extension).
fn minify(workspace: &Workspace, path: &Path) -> Result {
    let program = esbuild(workspace);
    if !program.exists() {
        return Err(format!(
            "{} is missing: build through `cargo xtask serve`, `test`, `dist` or `bench`, which \
             install it",
            program.display()
        ));
    }
    let minified = path.with_extension(format!(
        "min.{}",
        path.extension().and_then(|e| e.to_str()).unwrap_or("")
    ));
    process::run(
        workspace
            .command(&program)
            .arg(path)
            .args(["--minify", "--log-level=warning"])
            .arg(format!("--outfile={}", minified.display())),
    )?;
    fs::rename(&minified, path)
        .map_err(|error| format!("cannot replace {}: {error}", path.display()))
}

/// The first 16 hex digits of the SHA-256 of `bytes`, as Trunk's names carry.
fn content_hash(bytes: &[u8]) -> String {
    sha2::Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// The value of an HTML tag's attribute `name`, as written.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = start + tag[start..].find('"')?;
    Some(&tag[start..end])
}

/// The last path segment of a link (Trunk writes `{public_url}{file}`).
fn file_name(href: &str) -> &str {
    href.rsplit('/').next().unwrap_or(href)
}

/// The tags in `html` that start with `opener` ("<link ").
fn tags<'a>(html: &'a str, opener: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    html.match_indices(opener).filter_map(move |(start, _)| {
        let end = start + html[start..].find('>')? + 1;
        Some(&html[start..end])
    })
}

/// The stylesheet files index.html links, in its order.
fn stylesheet_files(html: &str) -> Vec<String> {
    tags(html, "<link ")
        .filter(|tag| attribute(tag, "rel") == Some("stylesheet"))
        .filter_map(|tag| attribute(tag, "href"))
        .map(|href| file_name(href).to_string())
        .collect()
}

/// The glue (the loader's `data-js`), boot.js (its hashed name) and loader.js.
fn scripts_to_minify(html: &str) -> Vec<String> {
    let mut scripts: Vec<String> = tags(html, "<script ")
        .filter_map(|tag| attribute(tag, "src"))
        .map(|src| file_name(src).to_string())
        .filter(|file| file.starts_with(BOOT_SCRIPT_STEM) || file == LOADER_SCRIPT)
        .collect();
    scripts.extend(
        tags(html, "<script ")
            .filter(|tag| attribute(tag, "id") == Some("prc-loader"))
            .filter_map(|tag| attribute(tag, "data-js"))
            .map(|src| file_name(src).to_string()),
    );
    scripts
}

/// index.html with the first stylesheet link pointing at `name` and the others' lines gone.
fn with_one_stylesheet(html: &str, files: &[String], name: &str) -> Result<String> {
    let mut out = String::with_capacity(html.len());
    let mut replaced = false;
    for line in html.split_inclusive('\n') {
        let linked = tags(line, "<link ")
            .filter(|tag| attribute(tag, "rel") == Some("stylesheet"))
            .find_map(|tag| attribute(tag, "href"))
            .filter(|href| files.iter().any(|file| file == file_name(href)));
        match linked {
            Some(href) if !replaced => {
                let combined = format!("{}{name}", &href[..href.len() - file_name(href).len()]);
                out.push_str(&line.replacen(href, &combined, 1));
                replaced = true;
            }
            Some(_) => {
                if line.trim_start().starts_with("<link") && line.trim_end().ends_with('>') {
                    continue;
                }
                return Err(format!(
                    "index.html holds a stylesheet link that is not alone on its line: {}",
                    line.trim()
                ));
            }
            None => out.push_str(line),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<head>\n    <script src=\"./boot-12ab.js\" data-integrity=\"none\"></script>\n    <link rel=\"icon\" href=\"data:,\" />\n    <link rel=\"stylesheet\" href=\"./tokens-1a.css\" data-integrity=\"none\"/>\n    <link rel=\"stylesheet\" href=\"./base-2b.css\" data-integrity=\"none\"/>\n    <script id=\"prc-loader\" src=\"./loader.js\" data-js=\"./app-3c.js\" data-wasm=\"./app-3c_bg.wasm\" defer></script>\n</head>\n";

    #[test]
    fn the_stylesheets_become_one_link_in_the_first_ones_place() {
        let files = stylesheet_files(PAGE);
        assert_eq!(files, ["tokens-1a.css", "base-2b.css"]);
        let page = with_one_stylesheet(PAGE, &files, "widget-0123.css").unwrap();
        assert!(page.contains(
            "<link rel=\"icon\" href=\"data:,\" />\n    <link rel=\"stylesheet\" href=\"./widget-0123.css\" data-integrity=\"none\"/>\n    <script id=\"prc-loader\""
        ));
        assert_eq!(stylesheet_files(&page), ["widget-0123.css"]);
    }

    #[test]
    fn under_a_pinned_public_url_the_link_keeps_it() {
        let page = PAGE.replace("./", "/tools/readiness/");
        let files = stylesheet_files(&page);
        let page = with_one_stylesheet(&page, &files, "widget-0123.css").unwrap();
        assert!(page.contains("href=\"/tools/readiness/widget-0123.css\""));
    }

    #[test]
    fn the_scripts_before_the_first_screen_are_found() {
        assert_eq!(
            scripts_to_minify(PAGE),
            ["boot-12ab.js", "loader.js", "app-3c.js"]
        );
    }

    #[test]
    fn a_link_sharing_its_line_is_refused_rather_than_half_removed() {
        let page = "<link rel=\"stylesheet\" href=\"./a-1.css\"/>\n<p></p><link rel=\"stylesheet\" href=\"./b-2.css\"/>\n";
        let files = stylesheet_files(page);
        assert!(with_one_stylesheet(page, &files, "widget-0.css").is_err());
    }

    #[test]
    fn the_hash_is_sixteen_hex_digits_of_the_content() {
        let hash = content_hash(b"body{}");
        assert_eq!(hash.len(), 16);
        assert!(hash.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_ne!(hash, content_hash(b"body{ }"));
    }
}

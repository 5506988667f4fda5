//! What every visit downloads before its first screen, made as small as it can be after Trunk
//! has written the build (Trunk's own minifier cannot do it: it rewrites index.html, which the
//! steps after it read, and fails on the wasm-bindgen glue):
//! - the widget's stylesheets become one file, `widget-<hash>.css`: one request that blocks the
//!   first paint instead of seven (each a round trip on a slow connection), in index.html's order;
//! - in a release build that file, the wasm-bindgen glue, boot.js and loader.js are minified by
//!   esbuild (pinned in tools.rs), a well-kept minifier for both CSS and JavaScript.
//!
//! A minified hashed script is renamed for its minified bytes (`boot-<hash>.js`, the glue), so a
//! name always stands for the bytes it ships (the wasm is renamed for its bytes before, by
//! short_imports.rs).

use std::fs;
use std::path::{Path, PathBuf};

use sha2::Digest as _;

use crate::languages::{read_bytes, read_file, write_file};
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
    let html = read_file(&index)?;
    let stylesheets = stylesheet_files(&html);
    if stylesheets.is_empty() {
        return Err("index.html links no stylesheet to combine".into());
    }
    if stylesheets
        .iter()
        .any(|file| file.starts_with(&format!("{STYLESHEET_STEM}-")))
    {
        return Err(
            "index.html already links the combined stylesheet (post-build ran twice)".into(),
        );
    }
    let mut combined = String::new();
    for file in &stylesheets {
        combined.push_str(&read_file(&build.join(file))?);
        combined.push('\n');
    }
    let combined_path = build.join(format!("{STYLESHEET_STEM}.css"));
    write_file(&combined_path, &combined)?;
    if release {
        minify(workspace, &combined_path, Target::Stylesheet)?;
    }
    let name = format!(
        "{STYLESHEET_STEM}-{}.css",
        content_hash(&read_bytes(&combined_path)?)
    );
    fs::rename(&combined_path, build.join(&name))
        .map_err(|error| format!("cannot name {name}: {error}"))?;
    for file in &stylesheets {
        fs::remove_file(build.join(file))
            .map_err(|error| format!("cannot remove {file}: {error}"))?;
    }
    let mut html = with_one_stylesheet(&html, &stylesheets, &name)?;
    let mut minified = Vec::new();
    if release {
        for (script, target) in scripts_to_minify(&html) {
            let path = build.join(&script);
            minify(workspace, &path, target)?;
            // A hashed name follows the bytes that ship: a new esbuild or flag is a new name, so
            // no cache keeps an older output under a name it holds for a year.
            let shipped = match rehashed(&script, &read_bytes(&path)?) {
                Some(renamed) => {
                    fs::rename(&path, build.join(&renamed))
                        .map_err(|error| format!("cannot name {renamed}: {error}"))?;
                    html = html.replace(&script, &renamed);
                    renamed
                }
                None => script,
            };
            minified.push(shipped);
        }
    }
    write_file(&index, &html)?;
    println!(
        "post-build: {} stylesheets combined into {name}{}",
        stylesheets.len(),
        if release {
            format!("; it and {} minified by esbuild", minified.join(", "))
        } else {
            String::new()
        }
    );
    Ok(())
}

/// What a minified file must still run in: esbuild lowers newer syntax to it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Target {
    /// The browsers the widget supports (docs/hosting.md): no newer CSS syntax than theirs.
    Stylesheet,
    /// boot.js and loader.js: classic scripts that must still parse in an old browser, so that
    /// loader.js can say the widget cannot start there.
    ClassicScript,
    /// The wasm-bindgen glue, an ES module (it uses `import.meta`).
    Module,
}

impl Target {
    fn esbuild_flag(self) -> &'static str {
        match self {
            Target::Stylesheet => "--target=chrome109,edge109,firefox115,safari15.4",
            Target::ClassicScript => "--target=es2015",
            Target::Module => "--target=es2020",
        }
    }
}

/// The esbuild program `cargo xtask` installs (tools.rs).
fn esbuild(workspace: &Workspace) -> PathBuf {
    workspace.npm_bin().join("esbuild")
}

/// Minifies `path` in place (CSS or JavaScript, by its extension) for `target`.
fn minify(workspace: &Workspace, path: &Path, target: Target) -> Result {
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
            .args(["--minify", "--log-level=warning", target.esbuild_flag()])
            .arg(format!("--outfile={}", minified.display())),
    )?;
    fs::rename(&minified, path)
        .map_err(|error| format!("cannot replace {}: {error}", path.display()))
}

/// The first 16 hex digits of the SHA-256 of `bytes`, as Trunk's names carry.
pub fn content_hash(bytes: &[u8]) -> String {
    sha2::Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// The value of an HTML tag's attribute `name`, as written.
pub fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = start + tag[start..].find('"')?;
    Some(&tag[start..end])
}

/// The last path segment of a link (Trunk writes `{public_url}{file}`).
pub fn file_name(href: &str) -> &str {
    href.rsplit('/').next().unwrap_or(href)
}

/// The tags in `html` that start with `opener` ("<link ").
pub fn tags<'a>(html: &'a str, opener: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    html.match_indices(opener).filter_map(move |(start, _)| {
        let end = start + html[start..].find('>')? + 1;
        Some(&html[start..end])
    })
}

/// The `<link rel="stylesheet" ...>` tags in `html`, as written, in its order.
pub fn stylesheet_tags(html: &str) -> impl Iterator<Item = &str> {
    tags(html, "<link ").filter(|tag| attribute(tag, "rel") == Some("stylesheet"))
}

/// The stylesheet files index.html links, in its order.
fn stylesheet_files(html: &str) -> Vec<String> {
    stylesheet_tags(html)
        .filter_map(|tag| attribute(tag, "href"))
        .map(|href| file_name(href).to_string())
        .collect()
}

/// boot.js (its hashed name), loader.js and the glue (the loader's `data-js`), each with what it
/// must run in.
fn scripts_to_minify(html: &str) -> Vec<(String, Target)> {
    let mut scripts: Vec<(String, Target)> = tags(html, "<script ")
        .filter_map(|tag| attribute(tag, "src"))
        .map(|src| file_name(src).to_string())
        .filter(|file| file.starts_with(BOOT_SCRIPT_STEM) || file == LOADER_SCRIPT)
        .map(|file| (file, Target::ClassicScript))
        .collect();
    scripts.extend(
        tags(html, "<script ")
            .filter(|tag| attribute(tag, "id") == Some("prc-loader"))
            .filter_map(|tag| attribute(tag, "data-js"))
            .map(|src| (file_name(src).to_string(), Target::Module)),
    );
    scripts
}

/// A hashed script's name for its shipped bytes (`boot-<hash>.js` keeps `boot`), or None for a
/// fixed name (loader.js).
fn rehashed(file: &str, bytes: &[u8]) -> Option<String> {
    let (stem, _) = file.strip_suffix(".js")?.rsplit_once('-')?;
    Some(format!("{stem}-{}.js", content_hash(bytes)))
}

/// index.html with the first stylesheet link pointing at `name` and the others' lines gone.
fn with_one_stylesheet(html: &str, files: &[String], name: &str) -> Result<String> {
    let mut out = String::with_capacity(html.len());
    let mut replaced = false;
    for line in html.split_inclusive('\n') {
        let linked = stylesheet_tags(line)
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
    fn the_scripts_before_the_first_screen_are_found_each_with_what_it_must_run_in() {
        assert_eq!(
            scripts_to_minify(PAGE),
            [
                ("boot-12ab.js".to_string(), Target::ClassicScript),
                ("loader.js".to_string(), Target::ClassicScript),
                ("app-3c.js".to_string(), Target::Module)
            ]
        );
    }

    #[test]
    fn a_hashed_script_is_named_for_its_shipped_bytes_and_a_fixed_name_stays() {
        let renamed = rehashed("partnership-readiness-edf037c978a0c6da.js", b"x").unwrap();
        assert_eq!(
            renamed,
            format!("partnership-readiness-{}.js", content_hash(b"x"))
        );
        assert_ne!(
            rehashed("boot-12ab.js", b"x"),
            rehashed("boot-12ab.js", b"y")
        );
        assert_eq!(rehashed("loader.js", b"x"), None);
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

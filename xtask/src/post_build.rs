//! `cargo xtask post-build`: what Trunk cannot do, done to every build after Trunk has made it
//! (Trunk.toml runs it as a post_build hook, on the staging folder, before the folder becomes
//! dist/), so the tests, `serve`, `bench` and `dist` all see exactly what ships:
//! 1. the languages (languages.rs): `lang/<code>.<fingerprint>.json`, `lang/loader-<code>.js`,
//!    index.html's `<noscript>` line in every language;
//!    then the first screen prerendered into index.html (prerender.rs);
//!    then the lazily loaded parts named for their bytes, their loaders put into the glue
//!    (parts.rs);
//!    then short names for what the wasm imports from the glue (short_imports.rs);
//!    then one stylesheet, and the scripts before the first screen minified (critical_path.rs);
//! 2. 404.html and link-fallback.js: the page static hosts send for a missing path, which opens a
//!    result or comparison link whose `#` a mail system encoded;
//! 3. version.txt: which build this is;
//! 4. a `.br` and a `.gz` beside every text and wasm file (compress.rs).

use std::fs;
use std::path::Path;

use crate::compress;
use crate::critical_path;
use crate::languages::{self, escape, read_file, write_file, Languages};
use crate::parts;
use crate::prerender;
use crate::process;
use crate::short_imports;
use crate::workspace::Workspace;
use crate::Result;

/// The fallback page's template and script, in the source tree.
const FALLBACK_TEMPLATE: &str = "src/host/404.html";
const FALLBACK_SCRIPT: &str = "src/host/link-fallback.js";
/// The names they get in the build, at its top level.
pub const FALLBACK_PAGE: &str = "404.html";
pub const FALLBACK_SCRIPT_NAME: &str = "link-fallback.js";
pub const VERSION_FILE: &str = "version.txt";

pub fn run(workspace: &Workspace) -> Result {
    let build = languages::build_dir(workspace);
    // Trunk passes the --public-url it built with; "./" (relative) unless a host pinned it.
    let public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "./".to_string());
    let languages = languages::write(&workspace.root, &build)?;
    // After the languages: the prerender reads each language's file from the build.
    prerender::write(workspace, &build)?;
    // Only release builds ship (and `serve`, `test`, `bench` and `dist` all build for release);
    // an unoptimised build, such as the tests' pseudo-language build, is never sent anywhere.
    let release = !std::env::var("TRUNK_PROFILE").is_ok_and(|profile| profile != "release");
    // Before critical_path, which minifies the glue this puts the parts' loaders into.
    if let Some(shipped) = parts::run(workspace, &build, release)? {
        println!(
            "post-build: {} part file(s) named for their bytes, their loaders put into the glue",
            shipped.files.len()
        );
    }
    // After parts (its anchors are in the glue as wasm-bindgen wrote it), before critical_path.
    let shortened = short_imports::run(&build)?;
    println!(
        "post-build: {} of the wasm's imports given short names; the wasm is now {}",
        shortened.names, shortened.wasm
    );
    // Before the fallback page, which links the stylesheets as index.html does.
    critical_path::run(workspace, &build, release)?;
    write_fallback_page(&workspace.root, &build, &languages, &public_url)?;
    let version = version_text(workspace, &languages)?;
    write_file(&build.join(VERSION_FILE), &version)?;
    // Last, so that every file above is compressed as it ships (an unoptimised build has a wasm
    // many times larger).
    if !release {
        println!("post-build: not a release build, so no precompressed copies");
        return Ok(());
    }
    compress::precompress_all(&build)
}

/// 404.html from its template: each language's `fallback-*` words (English first, as the page's
/// own language, then the others, each marked with its `lang`: nothing can choose a language on
/// a page for an address that does not exist), and the widget's stylesheets as index.html links
/// them, so the page looks like the widget.
fn write_fallback_page(
    root: &Path,
    build: &Path,
    languages: &Languages,
    public_url: &str,
) -> Result {
    let template = read_file(&root.join(FALLBACK_TEMPLATE))?;
    let index = read_file(&build.join("index.html"))?;
    let page = fallback_page(&template, &index, &languages.texts, public_url)?;
    write_file(&build.join(FALLBACK_PAGE), &page)?;
    write_file(
        &build.join(FALLBACK_SCRIPT_NAME),
        &read_file(&root.join(FALLBACK_SCRIPT))?,
    )
}

fn fallback_page(
    template: &str,
    index_html: &str,
    texts: &serde_json::Map<String, serde_json::Value>,
    public_url: &str,
) -> Result<String> {
    let mut codes: Vec<&String> = texts.keys().collect();
    codes.sort_by_key(|code| (code.as_str() != "en", code.as_str()));
    let word = |code: &str, key: &str| -> Result<String> {
        texts[code][key]
            .as_str()
            .map(escape)
            .ok_or_else(|| format!("src/lang/{code}/page.ftl has no {key}"))
    };
    let mut titles = Vec::new();
    let mut sections = String::new();
    for code in codes {
        let tag = if code == "en" { "en-GB" } else { code.as_str() };
        titles.push(word(code, "fallback-title")?);
        sections.push_str(&format!(
            "        <section class=\"app-main\" lang=\"{tag}\">\n          <h1>{}</h1>\n          <p>{}</p>\n          <p><a href=\"{}\">{}</a></p>\n        </section>\n",
            word(code, "fallback-heading")?,
            word(code, "fallback-explanation")?,
            escape(public_url).replace('"', "&quot;"),
            word(code, "fallback-start")?,
        ));
    }
    let page = template
        .replace("{{title}}", &titles.join(" · "))
        .replace("{{base}}", &escape(public_url).replace('"', "&quot;"))
        .replace("{{stylesheets}}", &stylesheet_links(index_html).join("\n"))
        .replace("{{sections}}", sections.trim_end());
    match page.find("{{") {
        Some(at) => Err(format!(
            "{FALLBACK_TEMPLATE} has a slot post-build does not fill: {}",
            &page[at..page.len().min(at + 20)]
        )),
        None => Ok(page),
    }
}

/// index.html's `<link rel="stylesheet" ...>` tags (the combined stylesheet), as they are.
fn stylesheet_links(index_html: &str) -> Vec<String> {
    critical_path::stylesheet_tags(index_html)
        .map(|tag| format!("    {tag}"))
        .collect()
}

/// version.txt: the widget's version (its Cargo.toml), the git commit it was built from (when
/// built from a git checkout; marked when the tree had uncommitted changes), and each language
/// file's fingerprint. The widget does not read it; it is for the people who publish the files
/// and for anyone asked "which build is this?".
fn version_text(workspace: &Workspace, languages: &Languages) -> Result<String> {
    let manifest = workspace.root.join("Cargo.toml");
    let manifest = fs::read_to_string(&manifest)
        .map_err(|e| format!("cannot read {}: {e}", manifest.display()))?;
    let version = package_version(&manifest).ok_or("Cargo.toml has no [package] version")?;
    let commit = process::probe(workspace.command("git").args(["rev-parse", "HEAD"]))
        .map(|commit| commit.trim().to_string())
        .filter(|commit| !commit.is_empty());
    let changed = process::probe(workspace.command("git").args([
        "status",
        "--porcelain",
        "--untracked-files=no",
    ]))
    .is_some_and(|status| !status.trim().is_empty());
    let commit = match commit {
        Some(commit) if changed => format!("{commit} (with uncommitted changes)"),
        Some(commit) => commit,
        None => "unknown (not built from a git checkout)".to_string(),
    };
    let mut text = format!("Partnership Readiness Check\nversion: {version}\ncommit: {commit}\n");
    for (code, fingerprint, file) in &languages.catalogues {
        text.push_str(&format!("language {code}: {fingerprint} ({file})\n"));
    }
    Ok(text)
}

/// The `version = "..."` of the `[package]` table.
fn package_version(manifest: &str) -> Option<String> {
    let package = &manifest[manifest.find("[package]")?..];
    package
        .lines()
        .skip(1)
        .take_while(|line| !line.trim_start().starts_with('['))
        .find_map(|line| {
            let value = line.trim().strip_prefix("version")?.trim_start();
            let value = value.strip_prefix('=')?.trim();
            Some(value.trim_matches('"').to_string())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts() -> serde_json::Map<String, serde_json::Value> {
        let words = |prefix: &str| {
            serde_json::json!({
                "fallback-title": format!("{prefix} title"),
                "fallback-heading": format!("{prefix} heading"),
                "fallback-explanation": format!("{prefix} <explanation> & more"),
                "fallback-start": format!("{prefix} start"),
            })
        };
        let mut texts = serde_json::Map::new();
        texts.insert("cy".into(), words("Welsh"));
        texts.insert("en".into(), words("English"));
        texts
    }

    #[test]
    fn the_fallback_page_has_every_language_english_first_and_the_widgets_styles() {
        let template = include_str!("../../src/host/404.html");
        let index =
            r#"<link rel="icon" href="data:,"/><link rel="stylesheet" href="./base-12ab.css"/>"#;
        let page = fallback_page(template, index, &texts(), "./").unwrap();
        assert!(
            page.contains("<title>English title · Welsh title</title>"),
            "{page}"
        );
        let english = page
            .find("<section class=\"app-main\" lang=\"en-GB\">")
            .unwrap();
        let welsh = page
            .find("<section class=\"app-main\" lang=\"cy\">")
            .unwrap();
        assert!(english < welsh);
        assert!(page.contains("English &lt;explanation&gt; &amp; more"));
        assert!(page.contains("<a href=\"./\">Welsh start</a>"));
        assert!(page.contains("<script src=\"./link-fallback.js\"></script>"));
        assert!(page.contains(r#"    <link rel="stylesheet" href="./base-12ab.css"/>"#));
        assert!(
            !page.contains("data:,\"/>\n"),
            "only stylesheets are copied"
        );
        // A build for a fixed path links everything from there.
        let pinned = fallback_page(template, index, &texts(), "/tools/readiness/").unwrap();
        assert!(pinned.contains("<script src=\"/tools/readiness/link-fallback.js\"></script>"));
        assert!(pinned.contains("<a href=\"/tools/readiness/\">"));
    }

    #[test]
    fn a_missing_word_or_slot_fails_the_build() {
        let mut texts = texts();
        texts["cy"]
            .as_object_mut()
            .unwrap()
            .remove("fallback-start");
        let error = fallback_page("{{sections}}", "", &texts, "./").unwrap_err();
        assert!(
            error.contains("src/lang/cy/page.ftl has no fallback-start"),
            "{error}"
        );
        let error =
            fallback_page("{{sections}} {{nonsense}}", "", &self::texts(), "./").unwrap_err();
        assert!(error.contains("{{nonsense}}"), "{error}");
    }

    #[test]
    fn the_version_is_the_packages_own() {
        let manifest = "[workspace]\nversion = \"9\"\n\n[package]\nname = \"x\"\nversion = \"1.2.3\"\n\n[dependencies]\nversion = \"7\"\n";
        assert_eq!(package_version(manifest).as_deref(), Some("1.2.3"));
        assert_eq!(
            package_version("[package]\nname = \"x\"\n[lib]\nversion = \"2\""),
            None
        );
    }
}

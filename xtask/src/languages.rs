//! The languages of a build: each language's compiled catalogue in the `lang/` folder of the build
//! Trunk is making (TRUNK_STAGING_DIR; dist/ when run by hand), where the widget fetches a language
//! when it is chosen, under a name that carries its fingerprint (`lang/cy.<fp>.json`); the
//! loader's words per language (`lang/loader-cy.js`); and index.html's `<noscript>` line in every
//! language. English is built into the wasm and is written too, for hosts and tools that want
//! every language as a file; the tests' pseudo-language is not. `cargo xtask post-build` (run by
//! Trunk after each build) does this and more; `cargo xtask languages` does only this.
//! `cargo xtask languages --review` writes instead a side-by-side sheet for a language officer
//! (the `review` module).

pub mod review;

use std::fs;
use std::path::{Path, PathBuf};

use crate::workspace::Workspace;
use crate::Result;

/// The tests' pseudo-language: never deployed.
const TEST_ONLY: &str = "qps";

/// What `write` put in the build, for the rest of the post-build step.
pub struct Languages {
    /// (code, fingerprint, file name below the build) of each catalogue, English first.
    pub catalogues: Vec<(String, String, String)>,
    /// Each language's page-level messages (`loader-*`, `fallback-*`) as plain strings.
    pub texts: serde_json::Map<String, serde_json::Value>,
}

/// The folder of the build being made: Trunk's staging folder when Trunk runs the step.
pub fn build_dir(workspace: &Workspace) -> PathBuf {
    std::env::var_os("TRUNK_STAGING_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace.dist_dir())
}

pub fn run(workspace: &Workspace) -> Result {
    write(&workspace.root, &build_dir(workspace)).map(|_| ())
}

/// A catalogue's file name: its fingerprint is the one build.rs gives the widget
/// (CATALOGUE_VERSIONS), so a page asks for exactly the file of its own build, and a folder can
/// hold the files of several builds side by side (an old page keeps finding its own).
pub fn catalogue_file(code: &str, json: &str) -> (String, String) {
    let fingerprint = format!("{:016x}", readiness_lang::fingerprint(json));
    let file = format!("lang/{code}.{fingerprint}.json");
    (fingerprint, file)
}

pub fn write(root: &Path, build: &Path) -> Result<Languages> {
    let catalogues = readiness_lang::compile_all(&root.join("src/lang")).map_err(|errors| {
        format!(
            "the language files have problems:\n  {}",
            errors.join("\n  ")
        )
    })?;
    let folder = build.join("lang");
    fs::create_dir_all(&folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    let mut written = Languages {
        catalogues: Vec::new(),
        texts: serde_json::Map::new(),
    };
    for (code, json) in catalogues.iter().filter(|(code, _)| code != TEST_ONLY) {
        let (fingerprint, file) = catalogue_file(code, json);
        write_file(&build.join(&file), json)?;
        written.catalogues.push((code.clone(), fingerprint, file));
        written.texts.insert(
            code.clone(),
            page_messages(json, &["loader-", "fallback-"])?,
        );
    }
    written
        .catalogues
        .sort_by_key(|(code, _, _)| (code != "en", code.clone()));
    // English's are index.html's own words; each other language's, fetched by loader.js for a
    // visit in that language only.
    for (code, messages) in written.texts.iter().filter(|(code, _)| *code != "en") {
        let loader: serde_json::Map<String, serde_json::Value> = messages
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(key, _)| key.starts_with("loader-"))
            .map(|(key, value)| (key.clone(), value.clone()))
            .collect();
        let script = format!(
            "// Written by `cargo xtask post-build` from src/lang/{code}/page.ftl: the loader's words.\nwindow.prcLoaderText = window.prcLoaderText || {{}};\nwindow.prcLoaderText[{code:?}] = {};\n",
            serde_json::Value::Object(loader)
        );
        write_file(&folder.join(format!("loader-{code}.js")), &script)?;
    }
    let page = build.join("index.html");
    if page.exists() {
        let html = fs::read_to_string(&page)
            .map_err(|e| format!("cannot read {}: {e}", page.display()))?;
        let html = with_noscript_in_every_language(&html, &written.texts);
        write_file(
            &page,
            &with_loading_line_in_every_language(&html, &written.texts),
        )?;
    }
    Ok(written)
}

pub fn write_file(file: &Path, text: &str) -> Result {
    fs::write(file, text).map_err(|e| format!("cannot write {}: {e}", file.display()))
}

/// A file's text; the error names the file.
pub fn read_file(file: &Path) -> Result<String> {
    fs::read_to_string(file).map_err(|e| format!("cannot read {}: {e}", file.display()))
}

/// A file's bytes; the error names the file.
pub fn read_bytes(file: &Path) -> Result<Vec<u8>> {
    fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))
}

/// The messages of a catalogue whose keys start with one of `prefixes`, as plain strings;
/// `{ $error }` is kept as `{error}` for loader.js to fill in.
fn page_messages(json: &str, prefixes: &[&str]) -> Result<serde_json::Value> {
    let catalogue: serde_json::Value = serde_json::from_str(json)
        .map_err(|e| format!("a compiled catalogue does not read: {e}"))?;
    let mut messages = serde_json::Map::new();
    for (key, pattern) in catalogue["interface"].as_object().into_iter().flatten() {
        if !prefixes.iter().any(|prefix| key.starts_with(prefix)) {
            continue;
        }
        let text = match pattern {
            serde_json::Value::String(text) => text.clone(),
            serde_json::Value::Array(parts) => parts
                .iter()
                .map(|part| match (part.as_str(), part["var"].as_str()) {
                    (Some(text), _) => Ok(text.to_string()),
                    (None, Some(name)) => Ok(format!("{{{name}}}")),
                    _ => Err(format!(
                        "{key}: the page's messages cannot use plural choices"
                    )),
                })
                .collect::<Result<String>>()?,
            _ => return Err(format!("{key} is not a message")),
        };
        messages.insert(key.clone(), serde_json::Value::String(text));
    }
    Ok(serde_json::Value::Object(messages))
}

/// (lang tag, text) of the message `key` in every language that has it: English first, as
/// index.html's own language, then the others by code.
fn in_every_language<'a>(
    texts: &'a serde_json::Map<String, serde_json::Value>,
    key: &'a str,
) -> impl Iterator<Item = (&'a str, &'a str)> {
    let mut codes: Vec<&String> = texts.keys().collect();
    codes.sort_by_key(|code| (code.as_str() != "en", code.as_str()));
    codes.into_iter().filter_map(move |code| {
        let tag = if code == "en" { "en-GB" } else { code.as_str() };
        Some((tag, texts[code][key].as_str()?))
    })
}

/// index.html's `<noscript>` line in every language (nothing can choose one without scripts):
/// English first, as the page's own language, then the others, each marked with its `lang`.
fn with_noscript_in_every_language(
    html: &str,
    texts: &serde_json::Map<String, serde_json::Value>,
) -> String {
    const OPEN: &str = "<p class=\"noscript\">";
    let (Some(start), Some(length)) = (
        html.find(OPEN),
        html.find(OPEN).and_then(|s| html[s..].find("</p>")),
    ) else {
        return html.to_string();
    };
    let paragraphs: String = in_every_language(texts, "loader-noscript")
        .map(|(tag, text)| format!("<p class=\"noscript\" lang=\"{tag}\">{}</p>", escape(text)))
        .collect();
    format!(
        "{}{paragraphs}{}",
        &html[..start],
        &html[start + length + "</p>".len()..]
    )
}

/// Each language's words (`loader-loading`), English first, each a `<span>` marked with its
/// `lang`: loader.js puts the visit's language first. index.html's loading line is shown before
/// any script has chosen a language, and stays until the first view is ready (ui::loading).
fn with_loading_line_in_every_language(
    html: &str,
    texts: &serde_json::Map<String, serde_json::Value>,
) -> String {
    const OPEN: &str = "<p class=\"loading\" id=\"prc-loading\">";
    let Some(start) = html.find(OPEN).map(|s| s + OPEN.len()) else {
        return html.to_string();
    };
    let Some(length) = html[start..].find("</p>") else {
        return html.to_string();
    };
    let spans: String = in_every_language(texts, "loader-loading")
        .map(|(tag, text)| format!("<span lang=\"{tag}\">{}</span>", escape(text)))
        .collect();
    format!("{}{spans}{}", &html[..start], &html[start + length..])
}

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loading_line_holds_every_language_english_first() {
        let texts: serde_json::Map<String, serde_json::Value> = serde_json::from_str(
            r#"{"cy": {"loader-loading": "Wrthi’n llwytho…"}, "en": {"loader-loading": "Loading <the> check…"}}"#,
        )
        .unwrap();
        let html = "<div id=\"app\"><p class=\"loading\" id=\"prc-loading\"><span lang=\"en-GB\">Loading…</span></p></div>";
        assert_eq!(
            with_loading_line_in_every_language(html, &texts),
            "<div id=\"app\"><p class=\"loading\" id=\"prc-loading\"><span lang=\"en-GB\">Loading &lt;the&gt; check…</span><span lang=\"cy\">Wrthi’n llwytho…</span></p></div>"
        );
        // A page without the line is left as it is.
        assert_eq!(
            with_loading_line_in_every_language("<p>x</p>", &texts),
            "<p>x</p>"
        );
    }
}

//! `cargo xtask languages`: writes each language's compiled catalogue into the `lang/` folder of
//! the build Trunk is making (TRUNK_STAGING_DIR; dist/ when run by hand), where the widget fetches
//! a language when it is chosen. English is built into the wasm and is written too, for hosts
//! and tools that want every language as a file; the tests' pseudo-language is not.

#[path = "../../src/lang/compile.rs"]
#[allow(dead_code)]
mod compile;

use std::fs;
use std::path::PathBuf;

use crate::workspace::Workspace;
use crate::Result;

/// The tests' pseudo-language: never deployed.
const TEST_ONLY: &str = "qps";

pub fn run(workspace: &Workspace) -> Result {
    let build = std::env::var_os("TRUNK_STAGING_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace.dist_dir());
    let catalogues = compile::compile_all(&workspace.root.join("src/lang")).map_err(|errors| {
        format!(
            "the language files have problems:\n  {}",
            errors.join("\n  ")
        )
    })?;
    let folder = build.join("lang");
    fs::create_dir_all(&folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    let mut loader_text = serde_json::Map::new();
    for (code, json) in catalogues.iter().filter(|(code, _)| code != TEST_ONLY) {
        let file = folder.join(format!("{code}.json"));
        fs::write(&file, json).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
        loader_text.insert(code.clone(), loader_messages(json)?);
    }
    // English's are index.html's own words; each other language's, fetched by loader.js for a
    // visit in that language only.
    for (code, messages) in loader_text.iter().filter(|(code, _)| *code != "en") {
        let script = format!(
            "// Written by `cargo xtask languages` from src/lang/{code}/page.ftl: the loader's words.\nwindow.prcLoaderText = window.prcLoaderText || {{}};\nwindow.prcLoaderText[{code:?}] = {messages};\n"
        );
        write(&folder.join(format!("loader-{code}.js")), &script)?;
    }
    let page = build.join("index.html");
    if page.exists() {
        let html = fs::read_to_string(&page)
            .map_err(|e| format!("cannot read {}: {e}", page.display()))?;
        write(&page, &with_noscript_in_every_language(&html, &loader_text))?;
    }
    Ok(())
}

fn write(file: &std::path::Path, text: &str) -> Result {
    fs::write(file, text).map_err(|e| format!("cannot write {}: {e}", file.display()))
}

/// The `loader-*` messages of a catalogue as plain strings, `{ $error }` kept as `{error}` for
/// loader.js to fill in.
fn loader_messages(json: &str) -> Result<serde_json::Value> {
    let catalogue: serde_json::Value = serde_json::from_str(json)
        .map_err(|e| format!("a compiled catalogue does not read: {e}"))?;
    let mut messages = serde_json::Map::new();
    for (key, pattern) in catalogue["interface"].as_object().into_iter().flatten() {
        if !key.starts_with("loader-") {
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
                        "{key}: the loader's messages cannot use plural choices"
                    )),
                })
                .collect::<Result<String>>()?,
            _ => return Err(format!("{key} is not a message")),
        };
        messages.insert(key.clone(), serde_json::Value::String(text));
    }
    Ok(serde_json::Value::Object(messages))
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
    let mut codes: Vec<&String> = texts.keys().collect();
    codes.sort_by_key(|code| (code.as_str() != "en", code.as_str()));
    let paragraphs: String = codes
        .into_iter()
        .filter_map(|code| {
            let text = texts[code]["loader-noscript"].as_str()?;
            let tag = if code == "en" { "en-GB" } else { code.as_str() };
            Some(format!(
                "<p class=\"noscript\" lang=\"{tag}\">{}</p>",
                escape(text)
            ))
        })
        .collect();
    format!(
        "{}{paragraphs}{}",
        &html[..start],
        &html[start + length + "</p>".len()..]
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

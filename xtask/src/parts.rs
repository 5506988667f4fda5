//! The lazily loaded parts of a split build (src/ui/parts; split.rs splits them off), made
//! ready to ship: each part file optimised (release) and named for its bytes,
//! `partnership-readiness-<part>-<16 hex>_bg.wasm`, and the splitter's link module, which loads
//! them, put into the glue itself. Runs in post-build before critical_path.rs, which then
//! minifies the glue and names it for its final bytes.
//!
//! Why into the glue: the glue imports the link module and the link module calls the glue's
//! `initSync`, so as two files neither name could be the hash of its final bytes. Inside the
//! glue there is no new file, no new request before the first screen, and nothing for the
//! hosting kit's Content-Security-Policy to allow.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::critical_path::{attribute, content_hash, file_name, tags};
use crate::dist::subresource_integrity;
use crate::languages::{read_bytes, read_file, write_file};
use crate::process;
use crate::split::{parts_dir, LINK_MODULE, MANIFEST};
use crate::workspace::Workspace;
use crate::Result;

/// How the glue imports the link module (wasm-bindgen 0.2.130 writes one line per import the
/// wasm makes from it: `import * as import3 from "./__wasm_split.js"`).
const LINK_IMPORT_PREFIX: &str = "import * as ";
const LINK_IMPORT_SUFFIX: &str = " from \"./__wasm_split.js\"";
/// The link module's own import of the glue (the splitter's `main_module`, left at its default).
const GLUE_IMPORT: &str = "import { initSync } from \"./main.js\";";
/// How the link module fetches a part (wasm_split_cli_support 0.2.4's `fetcher`).
const PART_FETCH: &str = "fetch(new URL(\"./";
const PART_FETCH_END: &str = ".wasm\", import.meta.url))";
/// How it compiles a part: only a response typed `application/wasm` can be compiled while it
/// streams in, so a host that sends another type would fail every part. `__prc_instantiate`
/// falls back to reading the whole response, as wasm-bindgen's loader does for the main wasm.
const PART_INSTANTIATE: &str = "WebAssembly.instantiateStreaming(src, imports)";
/// A part that has not arrived within this time is given up (and tried again by the widget),
/// so that a stalled connection never leaves a view loading for ever.
const PART_TIME_LIMIT_MS: u32 = 60_000;

/// What post-build made of the parts, for its report.
pub struct Shipped {
    pub files: Vec<String>,
}

pub fn run(workspace: &Workspace, build: &Path, release: bool) -> Result<Option<Shipped>> {
    let html = read_file(&build.join("index.html"))?;
    let glue_name = tags(&html, "<script ")
        .filter(|tag| attribute(tag, "id") == Some("prc-loader"))
        .find_map(|tag| attribute(tag, "data-js"))
        .map(file_name)
        .ok_or("index.html has no loader tag naming the glue")?
        .to_string();
    let glue_path = build.join(&glue_name);
    let glue_bytes = read_bytes(&glue_path)?;
    let glue =
        String::from_utf8(glue_bytes.clone()).map_err(|_| format!("{glue_name} is not UTF-8"))?;
    if !glue.contains(LINK_IMPORT_SUFFIX) {
        // A split build whose glue is not in the expected shape would ship a glue importing a
        // module that does not exist: refuse it rather than pass it as an unsplit build.
        if glue.contains("__wasm_split") {
            return Err(format!(
                "{glue_name} refers to the split parts, but not as `import * as … from \"./{LINK_MODULE}\"` (a new wasm-bindgen, or a build that skipped xtask's wasm-bindgen?)"
            ));
        }
        return Ok(None);
    }
    let kept = parts_dir(workspace, &glue_bytes);
    let manifest = read_file(&kept.join(MANIFEST)).map_err(|error| {
        format!("{error}\n(the glue imports the split parts, but xtask's wasm-bindgen did not keep them: was the build made through `cargo xtask`?)")
    })?;
    let manifest: serde_json::Value =
        serde_json::from_str(&manifest).map_err(|error| format!("{MANIFEST}: {error}"))?;
    let splits = manifest["splits"]
        .as_object()
        .ok_or_else(|| format!("{MANIFEST} lists no splits"))?;
    let mut names = BTreeMap::new();
    for file in splits
        .values()
        .filter_map(serde_json::Value::as_array)
        .flatten()
        .filter_map(serde_json::Value::as_str)
    {
        if names.contains_key(file) {
            continue;
        }
        let shipped = ship_part(workspace, &kept, build, file, release)?;
        names.insert(file.to_string(), shipped);
    }
    let link = read_file(&kept.join(LINK_MODULE))?;
    let link = inline_link_module(&link, &names)?;
    let glue = with_link_module(&glue, &link)?;
    write_file(&glue_path, &glue)?;
    Ok(Some(Shipped {
        files: names.into_values().map(|part| part.name).collect(),
    }))
}

/// A part file as it ships: its name and its Subresource Integrity value.
struct ShippedPart {
    name: String,
    integrity: String,
}

/// Copies one part (`split_guide`, `chunk_5`) into the build, optimised in a release build as
/// Trunk optimises the main wasm, and names it for its bytes.
fn ship_part(
    workspace: &Workspace,
    kept: &Path,
    build: &Path,
    file: &str,
    release: bool,
) -> Result<ShippedPart> {
    let source = kept.join(format!("{file}.wasm"));
    let staged = build.join(format!("{file}.wasm"));
    fs::copy(&source, &staged)
        .map_err(|error| format!("cannot copy {}: {error}", source.display()))?;
    if release {
        process::run(
            workspace
                .command(workspace.npm_bin().join("wasm-opt"))
                .arg("-Oz")
                // Two custom sections no browser reads (who made the file, the features it
                // was built with): about 200 bytes in each of some fifteen files.
                .args(["--strip-producers", "--strip-target-features"])
                .arg(format!("--output={}", staged.display()))
                .arg(&staged),
        )?;
    }
    let bytes = read_bytes(&staged)?;
    let name = format!(
        "partnership-readiness-{}-{}_bg.wasm",
        part_label(file),
        content_hash(&bytes)
    );
    fs::rename(&staged, build.join(&name))
        .map_err(|error| format!("cannot name {name}: {error}"))?;
    let integrity = subresource_integrity(&bytes);
    Ok(ShippedPart { name, integrity })
}

/// `split_results` ships as `results`, a shared `chunk_9` as `common9`.
fn part_label(file: &str) -> String {
    match (file.strip_prefix("split_"), file.strip_prefix("chunk_")) {
        (Some(split), _) => split.to_string(),
        (None, Some(number)) => format!("common{number}"),
        (None, None) => file.to_string(),
    }
}

/// The link module as a block of the glue: its loaders in a constant `__prc_parts`, each part
/// fetched under its shipped name with its integrity value and a time limit.
fn inline_link_module(link: &str, names: &BTreeMap<String, ShippedPart>) -> Result<String> {
    let body = link.replacen(GLUE_IMPORT, "", 1);
    if body.len() == link.len() {
        return Err(format!(
            "{LINK_MODULE}: no `{GLUE_IMPORT}` (a new splitter?)"
        ));
    }
    let mut exports = Vec::new();
    let mut text = String::new();
    for line in body.lines() {
        let line = match line.strip_prefix("export const ") {
            Some(rest) => {
                let name = rest.split(' ').next().unwrap_or_default();
                exports.push(name.to_string());
                format!("const {rest}")
            }
            None => line.to_string(),
        };
        text.push_str(&line);
        text.push('\n');
    }
    if exports.is_empty() {
        return Err(format!("{LINK_MODULE} exports no loader (a new splitter?)"));
    }
    let mut fetches = 0;
    for (file, part) in names {
        let from = format!("{PART_FETCH}{file}{PART_FETCH_END}");
        let to = format!(
            "__prc_fetch_part(\"./{}\", \"{}\")",
            part.name, part.integrity
        );
        fetches += text.matches(&from).count();
        text = text.replace(&from, &to);
    }
    if fetches != names.len() || text.contains(PART_FETCH) {
        return Err(format!(
            "{LINK_MODULE}: {fetches} of {} parts' fetches found, or one left unnamed (a new splitter?)",
            names.len()
        ));
    }
    let compiles = text.matches(PART_INSTANTIATE).count();
    if compiles != names.len() {
        return Err(format!(
            "{LINK_MODULE}: {compiles} of {} parts' `{PART_INSTANTIATE}` found (a new splitter?)",
            names.len()
        ));
    }
    let text = text.replace(PART_INSTANTIATE, "__prc_instantiate(src, imports)");
    Ok(format!(
        "// The lazily loaded parts' loaders (wasm_split_cli_support's link module, put here by
// cargo xtask post-build: xtask/src/parts.rs).
const __prc_parts = (() => {{
function __prc_fetch_part(name, integrity) {{
    const controller = new AbortController();
    setTimeout(() => controller.abort(), {PART_TIME_LIMIT_MS});
    return fetch(new URL(name, import.meta.url), {{ integrity, signal: controller.signal }});
}}
async function __prc_instantiate(pending, imports) {{
    const response = await pending;
    if (!response.ok) throw new Error(response.status + ' for ' + response.url);
    const type = (response.headers.get('Content-Type') || '').split(';')[0].trim();
    if (type === 'application/wasm') return WebAssembly.instantiateStreaming(response, imports);
    return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}}
{text}return {{ {} }};
}})();
",
        exports.join(", ")
    ))
}

/// The glue with the link module's imports replaced by `link` (the glue's namespaces for it
/// all become the one `__prc_parts`) and its duplicate import keys dropped.
fn with_link_module(glue: &str, link: &str) -> Result<String> {
    let mut out = String::with_capacity(glue.len() + link.len());
    out.push_str(link);
    let mut namespaces = Vec::new();
    let mut key_written = false;
    for line in glue.lines() {
        let trimmed = line.trim().trim_end_matches(';');
        let import = trimmed
            .strip_prefix(LINK_IMPORT_PREFIX)
            .and_then(|rest| rest.strip_suffix(LINK_IMPORT_SUFFIX));
        if let Some(namespace) = import {
            namespaces.push(namespace.to_string());
            out.push_str(&format!("const {namespace} = __prc_parts;\n"));
            continue;
        }
        // `imports` lists the link module once per namespace, under the same key.
        if trimmed.starts_with("\"./__wasm_split.js\":") {
            if key_written {
                continue;
            }
            key_written = true;
        }
        out.push_str(line);
        out.push('\n');
    }
    if namespaces.is_empty() || !key_written {
        return Err("the glue's imports of the link module are not where expected".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The link module's shape, as wasm_split_cli_support 0.2.4 writes it for a release build.
    const LINK: &str = r#"import { initSync } from "./main.js";

let sharedImports = undefined;
/* compare, guide */
const __chunk_5 = makeLoad(() => {
    const src = fetch(new URL("./chunk_5.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
export const __wasm_split_load_guide = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_guide.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [__chunk_5]));
"#;

    fn names() -> BTreeMap<String, ShippedPart> {
        ["chunk_5", "split_guide"]
            .into_iter()
            .map(|file| {
                let part = ShippedPart {
                    name: format!("p-{}-0123_bg.wasm", part_label(file)),
                    integrity: "sha384-x".into(),
                };
                (file.to_string(), part)
            })
            .collect()
    }

    #[test]
    fn the_link_module_becomes_a_constant_fetching_each_part_by_its_shipped_name() {
        let block = inline_link_module(LINK, &names()).unwrap();
        assert!(!block.contains("import "), "{block}");
        assert!(!block.contains("export "), "{block}");
        assert!(block.contains(r#"__prc_fetch_part("./p-common5-0123_bg.wasm", "sha384-x")"#));
        assert!(block.contains(r#"__prc_fetch_part("./p-guide-0123_bg.wasm", "sha384-x")"#));
        assert!(block.contains("return { __wasm_split_load_guide };"));
        assert!(!block.contains("instantiateStreaming(src"), "{block}");
        assert_eq!(block.matches("__prc_instantiate(src, imports)").count(), 2);
    }

    #[test]
    fn a_link_module_of_another_shape_is_refused() {
        let unnamed: BTreeMap<_, _> = names().into_iter().take(1).collect();
        assert!(inline_link_module(LINK, &unnamed).is_err());
        let other = LINK.replace(GLUE_IMPORT, "import { initSync } from \"./x.js\";");
        assert!(inline_link_module(&other, &names()).is_err());
    }

    #[test]
    fn the_glue_takes_the_block_in_place_of_its_imports() {
        let glue = "import * as import1 from \"./__wasm_split.js\"\nimport * as import2 from \"./__wasm_split.js\"\nfunction imports() {\n    return {\n        \"./__wasm_split.js\": import1,\n        \"./__wasm_split.js\": import2,\n    };\n}\n";
        let out = with_link_module(glue, "const __prc_parts = {};\n").unwrap();
        assert!(out.starts_with("const __prc_parts = {};\n"));
        assert!(out.contains("const import1 = __prc_parts;\nconst import2 = __prc_parts;\n"));
        assert_eq!(out.matches("\"./__wasm_split.js\":").count(), 1);
        assert!(!out.contains("import * as"));
        assert!(with_link_module("function imports() {}\n", "").is_err());
    }

    #[test]
    fn parts_are_labelled_by_their_split_or_as_common_code() {
        assert_eq!(part_label("split_results"), "results");
        assert_eq!(part_label("chunk_12"), "common12");
    }
}

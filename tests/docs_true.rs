//! The texts organisations act on and publish stay true to the build:
//!
//! - every file a release build puts in `dist/` is on the upload list in docs/hosting.md
//!   ("What is in `dist/`"), and every line of that list names something the build makes, so a web
//!   team that uploads only the listed files never leaves one out (a CMS that took only the files
//!   the old guide named lost the `lang/` folder, and with it Welsh);
//! - every local-storage key the widget writes is in the privacy notice's table of what is stored,
//!   in English and in Welsh, and the table names no key the widget does not write: organisations
//!   publish that table as their cookies page.
//!
//! The upload list is read from the guide itself, placeholders and all, so the test checks the
//! list exactly as a reader sees it.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The lines of `text` from the heading whose text starts with `heading` up to the next heading of
/// the same or a higher level.
fn section<'a>(text: &'a str, heading: &str) -> Vec<&'a str> {
    let mut lines = text.lines();
    let level = loop {
        let line = lines
            .next()
            .unwrap_or_else(|| panic!("no heading starting {heading:?}"));
        let hashes = line.chars().take_while(|c| *c == '#').count();
        if hashes > 0 && line[hashes..].trim_start().starts_with(heading) {
            break hashes;
        }
    };
    lines
        .take_while(|line| {
            let hashes = line.chars().take_while(|c| *c == '#').count();
            hashes == 0 || hashes > level || !line[hashes..].starts_with(' ')
        })
        .collect()
}

/// The `code spans` in the first cell of each row of the first table in `lines` (the header and
/// the `|---|` row skipped).
fn first_column_code(lines: &[&str]) -> Vec<String> {
    let rows: Vec<&str> = lines
        .iter()
        .map(|line| line.trim())
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .collect();
    assert!(rows.len() > 2, "no table in:\n{}", lines.join("\n"));
    rows[2..]
        .iter()
        .flat_map(|row| {
            let cell = row.trim_start_matches('|').split('|').next().unwrap_or("");
            cell.split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The upload list

/// docs/hosting.md's list of what is in `dist/`, one pattern per code span in the first column.
fn upload_list() -> Vec<String> {
    let guide = read(&root().join("docs/hosting.md"));
    let patterns = first_column_code(&section(&guide, "What is in `dist/`"));
    assert!(
        patterns.iter().any(|p| p == "index.html"),
        "the upload list was not found: {patterns:?}"
    );
    patterns
}

/// Whether `name` (a path inside `dist/`, with `/`) is what `pattern` describes. The
/// placeholders are the ones the guide explains under its list: `<hash>` and `<fingerprint>` a
/// run of lower-case hex digits, `<code>` a language code (lower-case letters), `<file>` any
/// other file on the list (the precompressed copies: `<file>.br`, `<file>.gz`). Everything else
/// is literal.
fn matches(pattern: &str, name: &str, list: &[String]) -> bool {
    if let Some(placeholder_at) = pattern.find('<') {
        let (literal, rest) = pattern.split_at(placeholder_at);
        let Some(name_rest) = name.strip_prefix(literal) else {
            return false;
        };
        let close = rest
            .find('>')
            .unwrap_or_else(|| panic!("unclosed placeholder in {pattern:?}"));
        let (placeholder, after) = (&rest[1..close], &rest[close + 1..]);
        let fits: fn(char) -> bool = match placeholder {
            "hash" | "fingerprint" => |c| c.is_ascii_digit() || ('a'..='f').contains(&c),
            "code" => |c| c.is_ascii_lowercase(),
            "part" => |c| c.is_ascii_lowercase() || c.is_ascii_digit(),
            "file" => |c| c != '\0',
            other => panic!("the guide's upload list uses an unexplained placeholder <{other}>"),
        };
        // Every way of splitting: the placeholder takes one or more characters it allows.
        return name_rest
            .char_indices()
            .skip(1)
            .map(|(at, _)| at)
            .chain([name_rest.len()])
            .filter(|end| *end > 0 && name_rest[..*end].chars().all(fits))
            .any(|end| {
                let taken = &name_rest[..end];
                let whole_file_ok = placeholder != "file"
                    || list
                        .iter()
                        .filter(|other| !other.contains("<file>"))
                        .any(|other| matches(other, taken, list));
                whole_file_ok && matches(after, &name_rest[end..], list)
            });
    }
    pattern == name
}

/// Every regular file under `dir`, as a path relative to it with `/` separators.
fn files_under(dir: &Path, base: &Path, out: &mut Vec<String>) {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            files_under(&path, base, out);
        } else {
            let relative = path.strip_prefix(base).expect("below the base");
            out.push(
                relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
                    .join("/"),
            );
        }
    }
}

/// The release build under test. `cargo xtask test` always passes it, as it does to the
/// end-to-end tests, so a missing one is a broken setup, not a reason to skip.
fn built_files() -> Vec<String> {
    let dir = std::env::var_os("PRC_DIST_DIR").map(PathBuf::from).expect(
        "PRC_DIST_DIR is not set: `cargo xtask test` sets it to the release build; by hand, run \
         `trunk build --release` and then PRC_DIST_DIR=$PWD/dist cargo test --test docs_true",
    );
    assert!(
        dir.join("index.html").is_file(),
        "no release build at {} (PRC_DIST_DIR)",
        dir.display()
    );
    let mut files = Vec::new();
    files_under(&dir, &dir, &mut files);
    files.sort();
    files
}

#[test]
fn every_file_of_the_build_is_on_the_guides_upload_list() {
    let list = upload_list();
    let missing: Vec<String> = built_files()
        .into_iter()
        .filter(|file| !list.iter().any(|pattern| matches(pattern, file, &list)))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/hosting.md, \"What is in `dist/`\", does not list {missing:?}: a web team that \
         uploads the listed files would leave them out (the list: {list:?})"
    );
}

#[test]
fn every_line_of_the_upload_list_names_something_the_build_makes() {
    let list = upload_list();
    let files = built_files();
    let stale: Vec<&String> = list
        .iter()
        .filter(|pattern| !files.iter().any(|file| matches(pattern, file, &list)))
        .collect();
    assert!(
        stale.is_empty(),
        "docs/hosting.md, \"What is in `dist/`\", lists {stale:?}, which the build does not make \
         (it made {files:?})"
    );
}

#[test]
fn the_upload_lists_placeholders_match_only_what_they_say() {
    let list: Vec<String> = [
        "partnership-readiness-<hash>_bg.wasm",
        "lang/<code>.<fingerprint>.json",
        "<file>.br",
    ]
    .map(String::from)
    .to_vec();
    let m = |name: &str| list.iter().any(|pattern| matches(pattern, name, &list));
    assert!(m("partnership-readiness-0123456789abcdef_bg.wasm"));
    assert!(m("lang/cy.0123456789abcdef.json"));
    assert!(m("lang/cy.0123456789abcdef.json.br"));
    assert!(m("partnership-readiness-0a_bg.wasm.br"));
    // The old names and anything not on the list do not slip through.
    assert!(!m("lang/cy.json"));
    assert!(!m("lang/CY.0123456789abcdef.json"));
    assert!(!m("partnership-readiness-xyz_bg.wasm"));
    assert!(!m("partnership-readiness-_bg.wasm"));
    assert!(!m("notes.txt.br"));
    assert!(!m("lang/cy.0123456789abcdef.json.br.br"));
}

// ---------------------------------------------------------------------------------------------
// Storage keys

const KEY_PREFIX: &str = "partnership-readiness:";

/// Every source file of the widget and its scripts, without test modules (which run against
/// their own storage) and without comment lines.
fn widget_sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src/ is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("rs" | "js" | "html")
            ) && !matches!(
                // A module's tests kept beside it, like its inline test module, are left out.
                path.file_name().and_then(|n| n.to_str()),
                Some("tests.rs" | "properties.rs")
            ) {
                out.push(path);
            }
        }
    }
    let mut paths = Vec::new();
    walk(&root().join("src"), &mut paths);
    // The core crate names stored documents too.
    walk(&root().join("core/src"), &mut paths);
    paths.push(root().join("index.html"));
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = read(&path);
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            let code: Vec<&str> = code
                .lines()
                .filter(|line| {
                    let line = line.trim_start();
                    !(line.starts_with("//") || line.starts_with('*') || line.starts_with("/*"))
                })
                .collect();
            (path, code.join("\n"))
        })
        .collect()
}

/// The string literals in `code` that start with `prefix` (up to the closing quote, or to a
/// `{` of a format string: what follows it is made at run time).
fn literals_starting(code: &str, prefix: &str) -> Vec<String> {
    code.split(&format!("\"{prefix}"))
        .skip(1)
        .map(|rest| {
            let end = rest.find(['"', '{']).unwrap_or(rest.len());
            format!("{prefix}{}", &rest[..end])
        })
        .collect()
}

/// The names of the messages the widget posts to its host page (src/ui/embed.rs `*_MESSAGE`):
/// they share the prefix but are never stored.
fn message_names() -> BTreeSet<String> {
    let embed = read(&root().join("src/ui/embed.rs"));
    let names: BTreeSet<String> = embed
        .lines()
        .filter(|line| line.contains("_MESSAGE: &str"))
        .flat_map(|line| literals_starting(line, KEY_PREFIX))
        .collect();
    assert!(
        names.len() >= 2,
        "the host messages were not found: {names:?}"
    );
    names
}

/// Every key (or key prefix, ending in `:`) the widget's code names, and the kinds of kept
/// copies it makes (`keep_aside(…, "<kind>", …)` / `kept_copy_key("<kind>", …)`, and each stored
/// document's own kind, `const KIND: &'static str = "<kind>";`).
fn keys_in_code() -> (BTreeSet<String>, BTreeSet<String>) {
    let messages = message_names();
    let mut keys = BTreeSet::new();
    let mut kinds = BTreeSet::new();
    for (_, code) in widget_sources() {
        for literal in literals_starting(&code, KEY_PREFIX) {
            if !messages.contains(&literal) {
                keys.insert(literal);
            }
        }
        for call in [
            "keep_aside(",
            "kept_copy_key(",
            "const KIND: &'static str =",
        ] {
            for after in code.split(call).skip(1) {
                // Up to the end of the statement or the block it opens: a call's kind is a plain
                // literal there, and a definition (`fn kept_copy_key(kind: &str, …) {`) has none.
                let arguments = after.split([';', '{']).next().unwrap_or("");
                if let Some(kind) = arguments.split('"').nth(1) {
                    kinds.insert(kind.to_string());
                }
            }
        }
    }
    assert!(
        keys.contains("partnership-readiness:session") && kinds.contains("session"),
        "the widget's keys were not found: {keys:?} {kinds:?}"
    );
    (keys, kinds)
}

/// The keys in the table of part (b) ("For your cookies page") of a privacy notice.
fn keys_in_notice(path: &str) -> Vec<String> {
    let notice = read(&root().join(path));
    let keys = first_column_code(&section(&notice, "(b)"));
    assert!(!keys.is_empty(), "{path}: no keys in part (b)'s table");
    keys
}

const NOTICES: [&str; 2] = [
    "docs/hosting/privacy-notice.md",
    "docs/hosting/cy/privacy-notice.md",
];

#[test]
fn every_key_the_widget_writes_is_in_the_privacy_notice_in_both_languages() {
    let (keys, kinds) = keys_in_code();
    for path in NOTICES {
        let listed = keys_in_notice(path);
        for key in &keys {
            // A prefix (the kept copies') is covered by the keys listed under it.
            let covered = if key.ends_with(':') {
                listed
                    .iter()
                    .any(|l| l.starts_with(key.as_str()) && l.len() > key.len())
            } else {
                listed.contains(key)
            };
            assert!(
                covered,
                "{path} does not list the key {key:?}, which the widget writes (listed: {listed:?})"
            );
        }
        for kind in &kinds {
            let key = format!("{KEY_PREFIX}backup:{kind}:");
            assert!(
                listed.iter().any(|l| l.starts_with(&key)),
                "{path} does not list the kept copies {key}…, which the widget makes (listed: \
                 {listed:?})"
            );
        }
    }
}

#[test]
fn the_privacy_notice_lists_no_key_the_widget_does_not_write() {
    let (keys, kinds) = keys_in_code();
    for path in NOTICES {
        for listed in keys_in_notice(path) {
            let known = keys.contains(&listed)
                || kinds
                    .iter()
                    .any(|kind| listed.starts_with(&format!("{KEY_PREFIX}backup:{kind}:")));
            assert!(
                known,
                "{path} lists {listed:?}, which the widget does not write (it writes {keys:?}, \
                 kept copies of {kinds:?})"
            );
        }
    }
}

#[test]
fn both_privacy_notices_list_the_same_keys_in_the_same_order() {
    // The keys themselves; a placeholder for the variable part (`<time>`, `<amser>`) is in the
    // notice's own language.
    let fixed = |path| -> Vec<String> {
        keys_in_notice(path)
            .into_iter()
            .map(|key| key.split('<').next().unwrap_or("").to_string())
            .collect()
    };
    assert_eq!(fixed(NOTICES[0]), fixed(NOTICES[1]));
}

/// Every Rust module of the core, the widget's UI and the language compiler is in
/// ARCHITECTURE.md's code map: by file name, or for a component, by its name in the list.
#[test]
fn every_module_is_in_the_architecture_code_map() {
    let map = read(&root().join("ARCHITECTURE.md"));
    let words: BTreeSet<&str> = map
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .collect();
    let mut missing = Vec::new();
    for dir in ["core/src", "src/ui", "lang-compiler/src"] {
        let mut files = Vec::new();
        files_under(&root().join(dir), &root().join(dir), &mut files);
        for file in files.iter().filter(|f| f.ends_with(".rs")) {
            let name = file.rsplit('/').next().unwrap_or(file);
            let stem = name.trim_end_matches(".rs");
            // A module's tests kept beside it (`<module>/tests.rs`) are part of that module.
            let listed = matches!(name, "mod.rs" | "tests.rs" | "properties.rs")
                || map.contains(name)
                || ((file.contains("components/") || file.contains("views/"))
                    && words.contains(stem));
            if !listed {
                missing.push(format!("{dir}/{file}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not in ARCHITECTURE.md's code map: {missing:?}"
    );
}

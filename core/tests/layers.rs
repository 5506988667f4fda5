//! The core's layers depend one way (ARCHITECTURE.md, Invariants): `util`, `text`,
//! `questions`, `assess`, `formats`, `words`, each using only those before it; `host` only
//! `util` and `text`, and nothing uses `host`. Read from the source as text: every
//! `crate::<layer>::<module>` outside a file's test module. None is allowed (the restructuring of
//! issue 21 took out the last known crossing).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const ORDER: [&str; 6] = ["util", "text", "questions", "assess", "formats", "words"];
const HOST: &str = "host";

/// A file's code without its test module (tests may build fixtures from any layer).
fn production(text: &str) -> &str {
    [
        "#[cfg(test)]\nmod tests",
        "#[cfg(test)]\npub(crate) mod tests",
    ]
    .iter()
    .filter_map(|marker| text.find(marker))
    .min()
    .map_or(text, |end| &text[..end])
}

/// Every `layer::module` a file's code names through `crate::`, outside comments.
fn imports(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for line in production(text).lines() {
        let code = line.split("//").next().unwrap_or_default();
        for (at, _) in code.match_indices("crate::") {
            let path: Vec<&str> = code[at + "crate::".len()..]
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                .next()
                .unwrap_or_default()
                .split("::")
                .take(2)
                .collect();
            if path.len() == 2 && !path[1].is_empty() {
                found.insert(format!("{}::{}", path[0], path[1]));
            }
        }
    }
    found
}

fn rank(layer: &str) -> Option<usize> {
    ORDER.iter().position(|l| *l == layer)
}

/// Whether code in layer `from` may use layer `to`.
fn allowed(from: &str, to: &str) -> bool {
    if from == to {
        return true;
    }
    if from == HOST {
        return to == "util" || to == "text";
    }
    match (rank(from), rank(to)) {
        (Some(from), Some(to)) => to < from,
        _ => false,
    }
}

/// Every import that crosses a layer the wrong way: (file, `layer::module`).
fn crossings(files: &[(String, String)]) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for (file, text) in files {
        let Some((layer, _)) = file.split_once('/') else {
            continue; // lib.rs and the tests-only fixtures module sit above the layers
        };
        for import in imports(text) {
            let to = import.split("::").next().unwrap_or_default();
            if !allowed(layer, to) {
                found.push((file.clone(), import));
            }
        }
    }
    found
}

/// Module-level edges (`layer/module` -> `layer/module`).
fn edges(files: &[(String, String)]) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph = BTreeMap::new();
    for (file, text) in files {
        let Some(from) = file.strip_suffix(".rs") else {
            continue;
        };
        let targets: BTreeSet<String> = imports(text)
            .into_iter()
            .map(|import| import.replace("::", "/"))
            .filter(|to| to != from)
            .collect();
        graph.insert(from.to_string(), targets);
    }
    graph
}

/// A cycle in `graph`, as the modules around it, if there is one.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|n| n == node) {
            let mut found = path[start..].to_vec();
            found.push(node.to_string());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

/// Every .rs file below core/src, as (path below src with `/`, text).
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).expect("core/src reads") {
            let path = entry.expect("an entry reads").path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs")
                && !matches!(
                    path.file_name().and_then(|n| n.to_str()),
                    Some("tests.rs" | "properties.rs")
                )
            {
                // A module's tests (its `tests.rs` beside it) may build fixtures from any layer.
                let name = path.strip_prefix(root).expect("below src");
                let name = name.to_string_lossy().replace('\\', "/");
                out.push((
                    name,
                    std::fs::read_to_string(&path).expect("a source reads"),
                ));
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    walk(&root, &root, &mut out);
    out.sort();
    out
}

fn message(file: &str, import: &str) -> String {
    let from = file.split('/').next().unwrap_or_default();
    let to = import.split("::").next().unwrap_or_default();
    format!("core/src/{file} imports crate::{import}: `{from}` may not use `{to}`")
}

#[test]
fn layers_depend_one_way() {
    let files = sources();
    assert!(files.len() > 20, "the core's sources were found");
    let found: Vec<String> = crossings(&files)
        .iter()
        .map(|(file, import)| message(file, import))
        .collect();
    assert!(
        found.is_empty(),
        "imports against the layers:\n{}",
        found.join("\n")
    );
}

#[test]
fn a_forbidden_import_is_named_with_its_file_and_import() {
    let fixture = |file: &str, text: &str| vec![(file.to_string(), text.to_string())];
    // Upwards: a util module using wording.
    let found = crossings(&fixture(
        "util/order.rs",
        "use crate::words::report::chart;\nuse crate::util::order::x;\n",
    ));
    assert_eq!(
        found,
        [("util/order.rs".to_string(), "words::report".to_string())]
    );
    assert_eq!(
        message(&found[0].0, &found[0].1),
        "core/src/util/order.rs imports crate::words::report: `util` may not use `words`"
    );
    // host may use util and text only, and nothing may use host.
    assert_eq!(
        crossings(&fixture(
            "host/theme.rs",
            "fn f() { crate::formats::snapshot::x(); }"
        ))
        .len(),
        1
    );
    assert!(crossings(&fixture(
        "host/theme.rs",
        "use crate::text::messages::Messages;"
    ))
    .is_empty());
    assert_eq!(
        crossings(&fixture("words/radar.rs", "use crate::host::theme::Theme;")).len(),
        1
    );
    // Imports in comments and in the test module do not count.
    assert!(crossings(&fixture(
        "util/order.rs",
        "// see crate::words::report\n#[cfg(test)]\nmod tests {\n    use crate::words::report;\n}\n",
    ))
    .is_empty());
}

#[test]
fn no_cycles_between_core_modules() {
    let files = sources();
    assert_eq!(cycle(&edges(&files)), None);
    // And a cycle is found when there is one.
    let looped = vec![
        (
            "assess/a.rs".to_string(),
            "use crate::assess::b;".to_string(),
        ),
        (
            "assess/b.rs".to_string(),
            "use crate::assess::a;".to_string(),
        ),
    ];
    assert_eq!(
        cycle(&edges(&looped)),
        Some(vec![
            "assess/a".into(),
            "assess/b".into(),
            "assess/a".into()
        ])
    );
}

/// The types a file's production code derives serde for: (type name, file).
fn serde_types(files: &[(String, String)]) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for (file, text) in files {
        let mut deriving = false;
        for line in production(text).lines() {
            let line = line.trim_start();
            if line.starts_with("#[derive(")
                && (line.contains("Serialize") || line.contains("Deserialize"))
            {
                deriving = true;
            } else if deriving && !line.starts_with("#[") && !line.starts_with("///") {
                let name = line
                    .split_whitespace()
                    .skip_while(|word| !matches!(*word, "struct" | "enum"))
                    .nth(1)
                    .unwrap_or_default()
                    .trim_end_matches(['{', '(', ';']);
                found.push((name.to_string(), file.clone()));
                deriving = false;
            }
        }
    }
    found
}

/// Whether a type may carry serde: it is a format (everything in `formats`, the compiled
/// catalogues: `text::messages`, `questions::content`'s `Catalogue`), or the private form a domain value is read from (`…Document`).
fn may_derive_serde(name: &str, file: &str) -> bool {
    file.starts_with("formats/")
        || matches!(file, "text/messages.rs" | "questions/content.rs")
        || name.ends_with("Document")
}

/// Serde derives sit on the format types, not on domain values (the set, the session, answers,
/// stages), which convert to and from them.
#[test]
fn only_format_types_derive_serde() {
    let files = sources();
    let found = serde_types(&files);
    assert!(
        found.iter().any(|(name, _)| name == "SetDocument"),
        "the serde types were not found: {found:?}"
    );
    let misplaced: Vec<_> = found
        .iter()
        .filter(|(name, file)| !may_derive_serde(name, file))
        .collect();
    assert!(misplaced.is_empty(), "serde on domain types: {misplaced:?}");
    // The check can fail: a domain value deriving serde is named.
    let planted = vec![(
        "assess/session.rs".to_string(),
        "#[derive(Debug, Serialize)]\npub enum Position {}\n".to_string(),
    )];
    assert_eq!(
        serde_types(&planted)
            .into_iter()
            .filter(|(name, file)| !may_derive_serde(name, file))
            .collect::<Vec<_>>(),
        [("Position".to_string(), "assess/session.rs".to_string())]
    );
}

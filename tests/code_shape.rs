//! The shape ARCHITECTURE.md promises, checked on the source as text: components below the
//! shell (`ui::app`, `ui::root`) get narrow callbacks, never the whole dispatcher; and no
//! production source file grows past about 600 lines (a module's tests live beside it).

use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source folder reads") {
        let path = entry.expect("an entry reads").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            // A module's tests kept beside it are tests, like an inline test module.
            && !matches!(
                path.file_name().and_then(|n| n.to_str()),
                Some("tests.rs" | "properties.rs")
            )
        {
            out.push(path);
        }
    }
}

/// The code of a file up to its test module, without comment lines.
fn production(text: &str) -> Vec<&str> {
    text.split("#[cfg(test)]")
        .next()
        .unwrap_or_default()
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect()
}

/// Files of `text` naming `Callback<Action>` in their code.
fn takes_the_dispatcher(files: &[(String, String)]) -> Vec<String> {
    files
        .iter()
        .filter(|(_, text)| {
            production(text)
                .iter()
                .any(|l| l.contains("Callback<Action>"))
        })
        .map(|(name, _)| name.clone())
        .collect()
}

#[test]
fn components_below_the_shell_get_narrow_callbacks() {
    let mut paths = Vec::new();
    rust_files(&root().join("src/ui/components"), &mut paths);
    rust_files(&root().join("src/ui/views"), &mut paths);
    let files: Vec<(String, String)> = paths
        .iter()
        .map(|p| {
            (
                p.strip_prefix(root()).unwrap().display().to_string(),
                std::fs::read_to_string(p).unwrap(),
            )
        })
        .collect();
    assert!(files.len() > 15, "the components were found");
    assert_eq!(takes_the_dispatcher(&files), Vec::<String>::new());
    // And the check finds one when there is one (a comment does not count).
    let planted = vec![
        (
            "a.rs".to_string(),
            "pub struct P { pub dispatch: Callback<Action> }".to_string(),
        ),
        (
            "b.rs".to_string(),
            "// not Callback<Action>\nfn f() {}".to_string(),
        ),
    ];
    assert_eq!(takes_the_dispatcher(&planted), ["a.rs"]);
}

/// Production lines allowed in one file ("about 600").
const MAX_LINES: usize = 650;

#[test]
fn no_production_source_file_is_over_about_600_lines() {
    let mut paths = Vec::new();
    for dir in ["src", "core/src", "lang-compiler/src"] {
        rust_files(&root().join(dir), &mut paths);
    }
    let mut long = Vec::new();
    for path in &paths {
        let name = path.strip_prefix(root()).unwrap().display().to_string();
        let lines = production(&std::fs::read_to_string(path).unwrap()).len();
        if lines > MAX_LINES {
            long.push(name);
        }
    }
    long.sort();
    assert_eq!(
        long,
        Vec::<String>::new(),
        "files over {MAX_LINES} lines of code"
    );
}

/// The question set is a value: only `ui::question_set` (where `Boot` takes it from) names the
/// built-in set; the app state holds it, views get it from Root, formats and scoring receive
/// it as a parameter.
#[test]
fn only_the_question_set_module_names_the_built_in_set() {
    let mut paths = Vec::new();
    rust_files(&root().join("src"), &mut paths);
    let mut naming: Vec<String> = paths
        .iter()
        .filter(|p| {
            production(&std::fs::read_to_string(p).unwrap())
                .iter()
                .any(|line| line.contains("built_in_set()"))
        })
        .map(|p| p.strip_prefix(root()).unwrap().display().to_string())
        .collect();
    naming.sort();
    assert_eq!(naming, ["src/ui/question_set.rs"]);
}

/// The `partnership-readiness:` names quoted in a script: from an opening quote (single or
/// double) to the same quote.
fn quoted_names(script: &str) -> Vec<String> {
    const NAME: &str = "partnership-readiness:";
    let mut names = Vec::new();
    for (at, _) in script.match_indices(NAME) {
        let Some(quote) = script[..at].chars().next_back() else {
            continue;
        };
        if quote != '"' && quote != '\'' {
            continue;
        }
        if let Some(length) = script[at..].find(quote) {
            names.push(script[at..at + length].to_string());
        }
    }
    names
}

/// Every `partnership-readiness:` name the host scripts use is either a message type the widget
/// exchanges with them or a storage key "Delete my answers" knows (the key registry): a script
/// that stored something under a new key would otherwise leave it behind after a delete.
#[test]
fn every_name_in_the_host_scripts_is_a_registered_key_or_a_message() {
    use partnership_readiness::core::formats::stored::keys::{
        KeyRegistry, LANGUAGE_KEY, NAMESPACE,
    };
    use partnership_readiness::ui::embed::{
        HEIGHT_MESSAGE, HELLO_MESSAGE, READY_MESSAGE, TOP_MESSAGE,
    };
    let registry = KeyRegistry::widget();
    let messages = [HEIGHT_MESSAGE, TOP_MESSAGE, HELLO_MESSAGE, READY_MESSAGE];
    let mut strays = Vec::new();
    let mut seen = Vec::new();
    for entry in std::fs::read_dir(root().join("src/host")).expect("src/host reads") {
        let path = entry.expect("an entry reads").path();
        if path.extension().is_none_or(|e| e != "js") {
            continue;
        }
        let script = std::fs::read_to_string(&path).expect("a script reads");
        for name in quoted_names(&script) {
            // The namespace itself: boot.js looks for any key starting with it.
            let namespace = name == NAMESPACE;
            if !namespace && !messages.contains(&name.as_str()) && !registry.holds(&name) {
                strays.push(format!("{}: {name}", path.display()));
            }
            seen.push(name);
        }
    }
    assert!(
        seen.iter().any(|name| name == LANGUAGE_KEY),
        "the loader's language key was not found: {seen:?}"
    );
    assert!(
        strays.is_empty(),
        "names in host scripts that are neither a registered storage key nor a message: {strays:?}"
    );
    // The check can fail: a script storing under an unregistered key is caught.
    let planted = "localStorage.setItem('partnership-readiness:draft', x);";
    assert!(quoted_names(planted)
        .iter()
        .any(|name| !registry.holds(name)));
}
